/**
 * Carrier adapters over OkHttp, Jackson and resilience4j: each carrier's package (its
 * {@code XxxTracking} and {@code XxxSettings}), found by {@link java.util.ServiceLoader} through
 * {@link dev.waybill.carrier.CarrierAdapterProvider}. {@code adapter} and {@code mapping} are the SPI
 * for adapter authors, {@code http} what an adapter hands the HTTP layer, {@code webhook} the shared
 * webhook signature checks; {@code dev.waybill.carriers.internal} (the HTTP layer itself) is not
 * exported. Jackson binds the carriers' bodies into package-private records, so each package that
 * holds them is open to Jackson alone.
 */
module dev.waybill.carriers {
    requires transitive dev.waybill.core;
    requires transitive okhttp3;
    requires okio;
    requires transitive com.fasterxml.jackson.databind;
    requires io.github.resilience4j.core;
    requires io.github.resilience4j.retry;
    requires org.slf4j;

    exports dev.waybill.carriers.adapter;
    exports dev.waybill.carriers.aftership;
    exports dev.waybill.carriers.cainiao;
    exports dev.waybill.carriers.dhl;
    exports dev.waybill.carriers.easypost;
    exports dev.waybill.carriers.fedex;
    exports dev.waybill.carriers.fourpx;
    exports dev.waybill.carriers.http;
    exports dev.waybill.carriers.mapping;
    exports dev.waybill.carriers.postnl;
    exports dev.waybill.carriers.seventeentrack;
    exports dev.waybill.carriers.ups;
    exports dev.waybill.carriers.usps;
    exports dev.waybill.carriers.webhook;
    exports dev.waybill.carriers.yanwen;
    exports dev.waybill.carriers.yunexpress;

    opens dev.waybill.carriers.aftership to com.fasterxml.jackson.databind;
    opens dev.waybill.carriers.cainiao to com.fasterxml.jackson.databind;
    opens dev.waybill.carriers.dhl to com.fasterxml.jackson.databind;
    opens dev.waybill.carriers.easypost to com.fasterxml.jackson.databind;
    opens dev.waybill.carriers.fedex to com.fasterxml.jackson.databind;
    opens dev.waybill.carriers.fourpx to com.fasterxml.jackson.databind;
    opens dev.waybill.carriers.internal to com.fasterxml.jackson.databind;
    opens dev.waybill.carriers.mapping to com.fasterxml.jackson.databind;
    opens dev.waybill.carriers.postnl to com.fasterxml.jackson.databind;
    opens dev.waybill.carriers.seventeentrack to com.fasterxml.jackson.databind;
    opens dev.waybill.carriers.ups to com.fasterxml.jackson.databind;
    opens dev.waybill.carriers.usps to com.fasterxml.jackson.databind;
    opens dev.waybill.carriers.yanwen to com.fasterxml.jackson.databind;
    opens dev.waybill.carriers.yunexpress to com.fasterxml.jackson.databind;

    provides dev.waybill.carrier.CarrierAdapterProvider with
            dev.waybill.carriers.dhl.DhlProvider,
            dev.waybill.carriers.aftership.AfterShipProvider,
            dev.waybill.carriers.seventeentrack.SeventeenTrackProvider,
            dev.waybill.carriers.easypost.EasyPostProvider,
            dev.waybill.carriers.ups.UpsProvider,
            dev.waybill.carriers.fedex.FedexProvider,
            dev.waybill.carriers.cainiao.CainiaoProvider,
            dev.waybill.carriers.fourpx.FourPxProvider,
            dev.waybill.carriers.usps.UspsProvider,
            dev.waybill.carriers.postnl.PostNlProvider,
            dev.waybill.carriers.yanwen.YanwenProvider,
            dev.waybill.carriers.yunexpress.YunExpressProvider;
}
