package dev.waybill.carriers.faults;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carriers.aftership.AfterShipSettings;
import dev.waybill.carriers.aftership.AfterShipTracking;
import dev.waybill.carriers.cainiao.CainiaoSettings;
import dev.waybill.carriers.cainiao.CainiaoTracking;
import dev.waybill.carriers.dhl.DhlSettings;
import dev.waybill.carriers.dhl.DhlTracking;
import dev.waybill.carriers.easypost.EasyPostSettings;
import dev.waybill.carriers.easypost.EasyPostTracking;
import dev.waybill.carriers.fedex.FedexSettings;
import dev.waybill.carriers.fedex.FedexTracking;
import dev.waybill.carriers.fourpx.FourPxSettings;
import dev.waybill.carriers.fourpx.FourPxTracking;
import dev.waybill.carriers.http.HttpSettings;
import dev.waybill.carriers.postnl.PostNlSettings;
import dev.waybill.carriers.postnl.PostNlTracking;
import dev.waybill.carriers.seventeentrack.SeventeenTrackSettings;
import dev.waybill.carriers.seventeentrack.SeventeenTrackTracking;
import dev.waybill.carriers.ups.UpsSettings;
import dev.waybill.carriers.ups.UpsTracking;
import dev.waybill.carriers.usps.UspsSettings;
import dev.waybill.carriers.usps.UspsTracking;
import dev.waybill.carriers.yanwen.YanwenSettings;
import dev.waybill.carriers.yanwen.YanwenTracking;
import dev.waybill.carriers.yunexpress.YunExpressSettings;
import dev.waybill.carriers.yunexpress.YunExpressTracking;
import java.util.List;
import java.util.function.BiFunction;
import okhttp3.HttpUrl;

/**
 * One adapter as {@link CarrierFaultsTest} builds it: against a loopback base URL with the suite's
 * key (or OAuth2 client id and secret; nothing for the keyless consumer endpoints of Cainiao and 4PX; a customer code and secret for YunExpress), the token path for an OAuth2 API, and a number to track.
 * A new adapter joins the fault suite with one line in {@link #all()}.
 *
 * @param name      the adapter's name, for the test's display name
 * @param tokenPath where an OAuth2 API takes its token requests; null for a key in a header
 * @param build     the adapter on a base URL with HTTP settings
 * @param number    a tracking number of the carrier's format
 */
record AdapterUnderTest(String name, String tokenPath, BiFunction<HttpUrl, HttpSettings, CarrierAdapter> build,
                        String number) {

    /** The key (or client id) every adapter is built with; it must reach no host but the base URL's. */
    static final String KEY = "fault-suite-key-3f9a1c";
    /** The client secret of the OAuth2 adapters. */
    static final String SECRET = "fault-suite-secret-7d2e4b";

    /** Every adapter of the module. */
    static List<AdapterUnderTest> all() {
        return List.of(
                new AdapterUnderTest("dhl", null, (url, http) -> DhlTracking.of(
                        DhlSettings.builder().apiKey(KEY).baseUrl(url).http(http).build()), "00340434161094042557"),
                new AdapterUnderTest("aftership", null, (url, http) -> AfterShipTracking.of(
                        AfterShipSettings.builder().apiKey(KEY).baseUrl(url).http(http).build()), "1Z999AA10123456784"),
                new AdapterUnderTest("easypost", null, (url, http) -> EasyPostTracking.of(
                        EasyPostSettings.builder().apiKey(KEY).baseUrl(url).http(http).build()), "EZ1000000001"),
                new AdapterUnderTest("17track", null, (url, http) -> SeventeenTrackTracking.of(
                        SeventeenTrackSettings.builder().apiKey(KEY).baseUrl(url).http(http).build()), "YT2532100123456789"),
                new AdapterUnderTest("ups", "/security/v1/oauth/token", (url, http) -> UpsTracking.of(
                        UpsSettings.builder().clientId(KEY).clientSecret(SECRET).baseUrl(url).http(http).build()),
                        "1Z5338FF0107231059"),
                new AdapterUnderTest("fedex", "/oauth/token", (url, http) -> FedexTracking.of(
                        FedexSettings.builder().clientId(KEY).clientSecret(SECRET).baseUrl(url).http(http).build()),
                        "123456789012"),
                new AdapterUnderTest("cainiao", null, (url, http) -> CainiaoTracking.of(
                        CainiaoSettings.builder().baseUrl(url).http(http).build()), "LP00123456789012"),
                new AdapterUnderTest("4px", null, (url, http) -> FourPxTracking.of(
                        FourPxSettings.builder().baseUrl(url).http(http).build()), "4PX3000123456789CN"),
                new AdapterUnderTest("usps", "/oauth2/v3/token", (url, http) -> UspsTracking.of(
                        UspsSettings.builder().clientId(KEY).clientSecret(SECRET).baseUrl(url).http(http).build()),
                        "9400111899223197428490"),
                new AdapterUnderTest("postnl", null, (url, http) -> PostNlTracking.of(
                        PostNlSettings.builder().apiKey(KEY).baseUrl(url).http(http).build()), "3SDEVC123456789"),
                new AdapterUnderTest("yanwen", null, (url, http) -> YanwenTracking.of(
                        YanwenSettings.builder().apiKey(KEY).baseUrl(url).http(http).build()), "UH123456789YW"),
                new AdapterUnderTest("yunexpress", null, (url, http) -> YunExpressTracking.of(
                        YunExpressSettings.builder().customerCode(KEY).apiSecret(SECRET).baseUrl(url).http(http).build()),
                        "YT2410421266000001"));
    }

    @Override
    public String toString() {
        return name;
    }
}
