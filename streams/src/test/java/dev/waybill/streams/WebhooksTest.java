package dev.waybill.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.Waybill;
import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carrier.Carriers;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import dev.waybill.streams.internal.RoutingJson;
import dev.waybill.watch.rules.NoticePolicy;
import dev.waybill.watch.rules.QuietHours;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhooks topic: a real EasyPost delivery ({@code webhooks/SOURCES.md}), signed as EasyPost signs
 * it, verified by the adapter, routed by its tracking number to the watched shipment and looked at as
 * a poll bringing the same events would be; a delivery that fails is on the rejected topic with its
 * reason and changes nothing.
 *
 * <p>What the delivery says (read by hand from the body): FedEx parcel {@code 1}, label on 31 July
 * 15:00Z, picked up in Orlando 19:27Z, last seen arriving at Edison, NJ on 2 August 18:50Z, in transit;
 * seven events. The shop's order under that number knew only the label, and was promised by 3 August.
 */
class WebhooksTest {

    private static final Waybill WAYBILL = DefaultPolicies.waybill()
            .carriers(Carriers.load(WebhooksTest.class.getClassLoader(),
                    name -> CarrierConfig.fromEnvironment(name, Map.of())))
            .build();
    private static final String SECRET = "sécret";
    private static final Function<String, Optional<String>> SECRETS =
            carrier -> carrier.equals("easypost") ? Optional.of(SECRET) : Optional.empty();
    /** EasyPost's signature of the body with {@link #SECRET}, computed outside Waybill (see SOURCES.md). */
    private static final String SIGNATURE =
            "hmac-sha256-hex=09bf1a4a1b1de710ad012a08cf03337f7ca6040740b749259fe02a1979e791dd";
    private static final byte[] BODY = resource("webhooks/easypost-event-body.json");
    private static final NoticePolicy AWAKE = NoticePolicy.defaults()
            .withQuietHours(new QuietHours(LocalTime.NOON, LocalTime.NOON));
    private static final Instant LABEL_KNOWN = Instant.parse("2024-07-31T16:00:00Z");
    /** From the label to the delivery: the punctuation (every seven days here) looks at nothing meanwhile. */
    private static final Duration UNTIL_PUSHED = Duration.between(LABEL_KNOWN, Instant.parse("2024-08-02T20:00:00Z"));

    @TempDir
    Path first;
    @TempDir
    Path second;

    private static Shipment.Builder order(String id, String trackingNumber) {
        return Shipment.builder(id, new Lane(CountryCode.of("US"), CountryCode.of("US"), Mode.AIR, "fedex"))
                .trackingNumber(trackingNumber).promisedBy(LocalDate.parse("2024-08-03"))
                .value(Money.of("USD", "40.00")).language(Locale.ENGLISH)
                .event(TrackingEvent.of(OffsetDateTime.parse("2024-07-31T15:00:00Z"), EventCode.LABEL_CREATED));
    }

    private static Driver driver(Path state) {
        return new Driver(WatchTopology.builder(WAYBILL).policy(AWAKE).webhooks(SECRETS).punctuate(Duration.ofDays(7)),
                LABEL_KNOWN, state);
    }

    private static Map<String, String> signed(String signature) {
        return Map.of("X-Hmac-Signature", signature);
    }

    @Test
    void theSignatureOfThisTestIsEasyPostsScheme() {
        // the helper that signs the bodies below gives the value computed outside Waybill for the real body
        assertThat(sign(BODY)).isEqualTo(SIGNATURE);
    }

    @Test
    void aSignedDeliveryMovesItsShipmentExactlyAsAPollWithItsEventsWould() {
        JsonNode verdict;
        List<JsonNode> transitions;
        List<JsonNode> notices;
        try (Driver d = driver(first)) {
            d.pipe(order("order-77", "1").build());
            assertThat(d.latestVerdict().get("stage").asText()).isEqualTo("LABEL_CREATED");
            assertThat(d.latestVerdict().get("status").asText()).isEqualTo("ON_TRACK");
            int ingested = d.transitions().size();
            d.advance(UNTIL_PUSHED, UNTIL_PUSHED);
            d.webhook("easypost", BODY, signed(SIGNATURE));

            assertThat(d.rejected()).isEmpty();
            assertThat(d.verdictKeys()).containsExactly("order-77", "order-77");
            verdict = d.latestVerdict();
            assertThat(verdict.get("stage").asText()).isEqualTo("FIRST_MILE");
            assertThat(verdict.get("status").asText()).isEqualTo("AT_RISK");
            assertThat(verdict.get("eta").get("likely").asText()).isEqualTo("2024-08-05");
            transitions = d.transitions().subList(ingested, d.transitions().size());
            assertThat(transitions).allSatisfy(t -> assertThat(t.get("cause").asText()).isEqualTo("WEBHOOK"))
                    .extracting(t -> t.get("field").asText() + ":" + t.get("from").asText() + "->" + t.get("to").asText())
                    .contains("STAGE:LABEL_CREATED->FIRST_MILE", "STATUS:ON_TRACK->AT_RISK");
            notices = d.notices();
            assertThat(notices).singleElement().satisfies(n -> {
                assertThat(n.get("shipment").asText()).isEqualTo("order-77");
                assertThat(n.get("kind").asText()).isEqualTo("ETA_CHANGED");
                assertThat(n.get("audience").asText()).isEqualTo("BUYER");
                assertThat(n.get("at").asText()).isEqualTo("2024-08-02T20:00:00Z");
            });
            assertThat(d.store("waybill-watched").get("order-77").toString()).contains("Edison".toUpperCase(Locale.ROOT));
        }
        try (Driver poll = driver(second)) {
            // the same events brought by the shop's own record: a poll of the carrier, as `ingest --carrier` reads it
            Shipment read = WAYBILL.carriers().get("easypost").parse(BODY).get(0);
            poll.pipe(order("order-77", "1").build());
            int ingested = poll.transitions().size();
            poll.advance(UNTIL_PUSHED, UNTIL_PUSHED);
            poll.pipe(order("order-77", "1").events(read.events()).carrierStatus(read.carrierStatus().orElse(null)).build());
            assertThat(poll.latestVerdict()).isEqualTo(verdict);
            assertThat(poll.transitions().subList(ingested, poll.transitions().size()))
                    .allSatisfy(t -> assertThat(t.get("cause").asText()).isEqualTo("POLL"))
                    .extracting(t -> t.get("field").asText() + ":" + t.get("from") + "->" + t.get("to"))
                    .containsExactlyElementsOf(transitions.stream()
                            .map(t -> t.get("field").asText() + ":" + t.get("from") + "->" + t.get("to")).toList());
            assertThat(poll.notices()).isEqualTo(notices);
        }
    }

    @Test
    void theSameDeliveryAgainTellsNothingTwice() {
        try (Driver d = driver(first)) {
            d.pipe(order("order-77", "1").build());
            d.advance(UNTIL_PUSHED, UNTIL_PUSHED);
            d.webhook("easypost", BODY, signed(SIGNATURE));
            int verdicts = d.verdicts().size();
            int transitions = d.transitions().size();
            assertThat(d.notices()).hasSize(1);
            d.advance(Duration.ofMinutes(1), Duration.ofMinutes(1));
            d.webhook("easypost", BODY, signed(SIGNATURE));     // the carrier retried, or the topic was replayed
            assertThat(d.notices()).hasSize(1);
            assertThat(d.transitions()).hasSize(transitions);
            assertThat(d.verdicts()).as("the verdict did not change: nothing written").hasSize(verdicts);
            assertThat(d.rejected()).isEmpty();
        }
    }

    @Test
    void aDeliveryWithAWrongOrMissingSignatureIsRejectedAndChangesNothing() {
        try (Driver d = driver(first)) {
            d.pipe(order("order-77", "1").build());
            Object stored = d.store("waybill-watched").get("order-77");
            int verdicts = d.verdicts().size();
            int transitions = d.transitions().size();
            d.advance(UNTIL_PUSHED, UNTIL_PUSHED);
            d.webhook("easypost", BODY, signed(SIGNATURE.substring(0, SIGNATURE.length() - 4) + "aaaa"));
            d.webhook("easypost", BODY, Map.of());
            byte[] changed = new String(BODY, StandardCharsets.UTF_8).replace("EDISON", "EDISOM")
                    .getBytes(StandardCharsets.UTF_8);
            d.webhook("easypost", changed, signed(SIGNATURE));   // a changed byte under the real signature

            assertThat(d.rejected()).hasSize(3).allSatisfy(r -> {
                assertThat(r.get("error").asText()).startsWith("signature: ").doesNotContain(SECRET)
                        .doesNotContain(SIGNATURE.substring("hmac-sha256-hex=".length()));
                assertThat(r.get("topic").asText()).isEqualTo("waybill.webhooks");
                assertThat(r.get("id").isNull()).isTrue();
            }).extracting(r -> r.get("offset").asLong()).containsExactly(0L, 1L, 2L);
            assertThat(d.verdicts()).hasSize(verdicts);
            assertThat(d.transitions()).hasSize(transitions);
            assertThat(d.notices()).isEmpty();
            assertThat(d.store("waybill-watched").get("order-77")).isEqualTo(stored);
        }
    }

    @Test
    void anUnknownCarrierAMissingSecretAnEmptyOrUnreadableBodyAreRejectedAndTheRestGoOn() {
        try (Driver d = driver(first)) {
            d.pipe(order("order-77", "1").build());
            d.advance(UNTIL_PUSHED, UNTIL_PUSHED);
            d.webhook("no-such-carrier", BODY, signed(SIGNATURE));
            d.webhook(null, BODY, signed(SIGNATURE));
            d.webhook("aftership", BODY, Map.of("aftership-hmac-sha256", "anything"));
            d.webhook("easypost", new byte[0], signed(sign(new byte[0])));
            byte[] notJson = "<html>502 Bad Gateway</html>".getBytes(StandardCharsets.UTF_8);
            d.webhook("easypost", notJson, signed(sign(notJson)));     // signed right, but no EasyPost event
            d.webhook("EasyPost", BODY, signed(SIGNATURE));          // a carrier's name in any case

            assertThat(d.rejected()).extracting(r -> r.get("error").asText()).satisfiesExactly(
                    e -> assertThat(e).startsWith("key: no carrier is called 'no-such-carrier' (known: ")
                            .contains("easypost"),
                    e -> assertThat(e).startsWith("key: missing"),
                    e -> assertThat(e).isEqualTo("signature: no webhook secret is configured for aftership"),
                    e -> assertThat(e).isEqualTo("body: empty"),
                    e -> assertThat(e).startsWith("body: "));
            assertThat(d.rejected()).extracting(r -> r.get("offset").asLong()).containsExactly(0L, 1L, 2L, 3L, 4L);
            assertThat(d.noticeKinds()).containsExactly("ETA_CHANGED");
            assertThat(d.latestVerdict().get("stage").asText()).isEqualTo("FIRST_MILE");
        }
    }

    @Test
    void aDeliveryForANumberNoWatchedShipmentHasIsRejectedUntilTheShipmentIsWatched() {
        try (Driver d = driver(first)) {
            d.pipe(order("order-78", "LP00123456789CN").build());
            d.advance(UNTIL_PUSHED, UNTIL_PUSHED);
            d.webhook("easypost", BODY, signed(SIGNATURE));
            assertThat(d.rejected()).singleElement().satisfies(r -> {
                assertThat(r.get("error").asText()).isEqualTo("trackingNumber: no watched shipment has '1'");
                assertThat(r.get("topic").asText()).isEqualTo("waybill.webhooks");
                assertThat(r.get("offset").asLong()).isZero();
            });
            assertThat(d.verdictKeys()).containsExactly("order-78");
            assertThat(d.transitions()).noneSatisfy(t -> assertThat(t.get("cause").asText()).isEqualTo("WEBHOOK"));

            d.pipe(order("order-77", "1").build());            // the shop's record comes: the same delivery again is taken
            d.webhook("easypost", BODY, signed(SIGNATURE));
            assertThat(d.rejected()).hasSize(1);
            assertThat(d.transitions()).filteredOn(t -> t.get("cause").asText().equals("WEBHOOK"))
                    .allSatisfy(t -> assertThat(t.get("shipment").asText()).isEqualTo("order-77")).isNotEmpty();
        }
    }

    @Test
    void aShipmentWhoseNumberChangedOrThatIsForgottenNoLongerTakesItsOldNumbersDeliveries() {
        try (Driver d = driver(first)) {
            d.pipe(order("order-77", "1").build());
            d.pipe(order("order-77", "1Z999").build());         // the shop corrected the number
            d.advance(UNTIL_PUSHED, UNTIL_PUSHED);
            d.webhook("easypost", BODY, signed(SIGNATURE));
            assertThat(d.rejected()).extracting(r -> r.get("error").asText())
                    .containsExactly("trackingNumber: no watched shipment has '1'");

            d.pipe(order("order-79", "1").build());
            d.pipe("order-79", null);                           // a tombstone: no longer watched
            d.webhook("easypost", BODY, signed(SIGNATURE));
            assertThat(d.rejected()).extracting(r -> r.get("error").asText())
                    .containsExactly("trackingNumber: no watched shipment has '1'",
                            "trackingNumber: no watched shipment has '1'");
            assertThat(d.transitions()).noneSatisfy(t -> assertThat(t.get("cause").asText()).isEqualTo("WEBHOOK"));
        }
    }

    @Test
    void anUpdateRoutedToAShipmentForgottenMeanwhileIsRejected() {
        try (Driver d = driver(first)) {
            Shipment read = WAYBILL.carriers().get("easypost").parse(BODY).get(0);
            // in flight on waybill.pushed when the shop's tombstone came first: as the route wrote it
            d.pipe(Topics.defaults().pushed(), "order-81", new RoutingJson(Driver.MAPPER).pushed(
                    new RoutingJson.Pushed("easypost", read, new RoutingJson.Origin("waybill.webhooks", 0, 41))));
            assertThat(d.rejected()).singleElement().satisfies(r -> {
                assertThat(r.get("error").asText())
                        .isEqualTo("trackingNumber: '1' was the number of a shipment no longer watched");
                assertThat(r.get("id").asText()).isEqualTo("order-81");
                assertThat(r.get("offset").asLong()).isEqualTo(41);
            });
            assertThat(d.verdicts()).isEmpty();
            assertThat(d.store("waybill-watched")).isEmpty();
        }
    }

    @Test
    void twoShipmentsWithOneNumberTakeTheDeliveryForTheOneOfItsCarrier() {
        try (Driver d = driver(first)) {
            d.pipe(order("order-77", "1").build());             // FedEx, the carrier EasyPost reports
            d.pipe(Shipment.builder("order-80", new Lane(CountryCode.of("CN"), CountryCode.of("DE"), Mode.AIR, "cainiao"))
                    .trackingNumber("1").build());              // indexed later, another carrier
            d.advance(UNTIL_PUSHED, UNTIL_PUSHED);
            d.webhook("easypost", BODY, signed(SIGNATURE));
            assertThat(d.transitions()).filteredOn(t -> t.get("cause").asText().equals("WEBHOOK"))
                    .isNotEmpty().allSatisfy(t -> assertThat(t.get("shipment").asText()).isEqualTo("order-77"));
        }
    }

    /** EasyPost's scheme: {@code hmac-sha256-hex=} and the hex HMAC-SHA256 of the body, keyed by the NFKD secret. */
    private static String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Normalizer.normalize(SECRET, Normalizer.Form.NFKD)
                    .getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "hmac-sha256-hex=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebhooksTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
