package dev.waybill.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CarriersTest {

    /** An adapter that knows nothing, for registry tests. */
    private record Named(String name) implements CarrierAdapter {
        @Override
        public int batchLimit() {
            return 1;
        }

        @Override
        public List<TrackingResult> track(List<String> trackingNumbers) {
            return trackingNumbers.stream().<TrackingResult>map(n -> new TrackingResult.NotYetKnown(n, name)).toList();
        }

        @Override
        public List<Shipment> parse(byte[] body) {
            return List.of();
        }

        @Override
        public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
            throw new WebhookSignatureException(name, "never valid");
        }
    }

    @Test
    void adaptersAreFoundByNameIgnoringCase() {
        Carriers carriers = Carriers.of(new Named("dhl"), new Named("17track"));

        assertThat(carriers.get("DHL").name()).isEqualTo("dhl");
        assertThat(carriers.find("easypost")).isEmpty();
        assertThat(carriers.names()).containsExactly("17track", "dhl");
    }

    @Test
    void trackingDelegatesToTheNamedAdapter() {
        Carriers carriers = Carriers.of(new Named("dhl"));

        assertThat(carriers.track("dhl", List.of("1", "2"))).extracting(TrackingResult::trackingNumber)
                .containsExactly("1", "2");
    }

    @Test
    void theNextLegOfAHandOverIsTrackedByTheAdapterNamedAsItsCarrier() {
        Carriers carriers = Carriers.of(new Named("dhl"));
        Shipment.Builder cainiao = Shipment.builder("o-1", new Lane(CountryCode.of("CN"), CountryCode.of("DE"),
                Mode.AIR, "cainiao"));

        assertThat(carriers.trackHandOver(cainiao.handOver(new HandOver("DHL", "0034", null)).build()))
                .hasValueSatisfying(result -> {
                    assertThat(result.trackingNumber()).isEqualTo("0034");
                    assertThat(((TrackingResult.NotYetKnown) result).detail()).hasValue("dhl");
                });
        assertThat(carriers.trackHandOver(cainiao.handOver(new HandOver("postnl", "3S1", null)).build())).isEmpty();
        assertThat(carriers.trackHandOver(cainiao.handOver(new HandOver(Optional.empty(), "3S1", Optional.empty())).build()))
                .isEmpty();
        assertThat(carriers.trackHandOver(cainiao.handOver(null).build())).isEmpty();
    }

    @Test
    void anUnknownNameIsAnErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> Carriers.of(new Named("dhl")).get("ups"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ups'").hasMessageContaining("dhl");
    }

    @Test
    void twoAdaptersWithOneNameAreRefusedButPlusReplaces() {
        assertThatThrownBy(() -> Carriers.of(new Named("dhl"), new Named("DHL")))
                .isInstanceOf(IllegalArgumentException.class);
        Named replacement = new Named("dhl");
        assertThat(Carriers.of(new Named("dhl")).plus(replacement).get("dhl")).isSameAs(replacement);
    }

    @Test
    void parseWebhookVerifiesBeforeParsing() {
        assertThatThrownBy(() -> new Named("x").parseWebhook(new byte[0], WebhookHeaders.none(), "s"))
                .isInstanceOf(WebhookSignatureException.class);
    }

    @Test
    void exceptionMessagesNameCarrierStatusAndCode() {
        CarrierException error = new CarrierRateLimitException("17track", 429, "-18019907", "too many",
                java.time.Duration.ofSeconds(3));

        assertThat(error).hasMessage("too many (retry after 3 s); carrier: 17track; status: 429; code: -18019907");
        assertThat(error.isRetryable()).isTrue();
        assertThat(new CarrierConnectionException("dhl", "timeout", null).status()).isEmpty();
        assertThat(new CarrierRequestException("dhl", 400, null, "bad", null).isRetryable()).isFalse();
        assertThat(new CarrierAuthenticationException("dhl", 403, null, "no", null).isRetryable()).isFalse();
        assertThat(new CarrierServerException("dhl", 502, null, "down", null).isRetryable()).isTrue();
    }

    @Test
    void webhookHeadersAreCaseInsensitiveAndParsedFromLines() {
        WebhookHeaders headers = WebhookHeaders.parse(List.of("X-Hmac-Signature: hmac-sha256-hex=ab:cd"));

        assertThat(headers.first("x-hmac-signature")).hasValue("hmac-sha256-hex=ab:cd");
        assertThat(WebhookHeaders.of(Map.of("Sign", List.of("a"))).first("SIGN")).hasValue("a");
        assertThat(headers.toString()).doesNotContain("ab:cd");
        assertThatThrownBy(() -> WebhookHeaders.parse(List.of("no colon"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void configComesFromPrefixedEnvironmentVariablesAndHidesValues() {
        CarrierConfig config = CarrierConfig.fromEnvironment("17track",
                Map.of("WAYBILL_17TRACK_API_KEY", "k-123", "WAYBILL_DHL_API_KEY", "d", "OTHER", "x"));

        assertThat(config.value("apiKey")).hasValue("k-123");
        assertThat(config.values()).containsOnlyKeys("apiKey");
        assertThat(config.toString()).doesNotContain("k-123");
        assertThat(CarrierConfig.environmentName("easypost", "defaultOrigin")).isEqualTo("WAYBILL_EASYPOST_DEFAULT_ORIGIN");
    }
}
