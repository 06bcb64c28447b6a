package dev.waybill.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.Waybill;
import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import dev.waybill.watch.rules.Field;
import dev.waybill.watch.rules.NoticeKind;
import dev.waybill.watch.rules.PollSchedule;
import dev.waybill.watch.rules.Transition;
import dev.waybill.watch.rules.Trigger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookIntakeTest {

    /** A carrier whose pushes name a number and one event code, signed by a header equal to the secret. */
    static final CarrierAdapter PUSHING = new CarrierAdapter() {
        @Override
        public String name() {
            return "cainiao";
        }

        @Override
        public int batchLimit() {
            return 40;
        }

        @Override
        public List<TrackingResult> track(List<String> numbers) {
            return List.of();
        }

        @Override
        public List<Shipment> parse(byte[] body) {
            String[] parts = new String(body, StandardCharsets.UTF_8).strip().split(" ");
            return List.of(Fixtures.order("CN-" + parts[0]).trackingNumber(parts[0])
                    .event(Fixtures.event(parts[2], EventCode.valueOf(parts[1]), "Berlin")).build());
        }

        @Override
        public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
            if (!headers.first("X-Signature").map(secret::equals).orElse(false)) {
                throw new WebhookSignatureException("cainiao", "signature does not match");
            }
        }
    };

    static final Waybill WAYBILL = DefaultPolicies.waybill().carrier(PUSHING).build();

    @TempDir
    Path dir;

    private static WebhookHeaders signed(String signature) {
        return WebhookHeaders.of(Map.of("X-Signature", List.of(signature)));
    }

    @Test
    void aSignedPushIsMergedRecomputedAndItsNoticesSent() {
        try (ShipmentStore store = ShipmentStores.open(dir.resolve("shop").toString())) {
            store.merge(Fixtures.order("o-1")
                    .event(Fixtures.event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP, "Shenzhen")).build(),
                    Instant.parse("2026-11-07T00:00:00Z"));
            List<StoredNotice> received = new ArrayList<>();
            Watcher watcher = Watcher.builder(store, WAYBILL).sink(received::add).build();
            watcher.tick(Instant.parse("2026-11-08T10:00:00Z"));

            Watcher.Accepted accepted = watcher.accept("cainiao", signed("s3cret"),
                    "LP00123456789CN DELIVERED 2026-11-20T10:00:00+01:00".getBytes(StandardCharsets.UTF_8), "s3cret",
                    Instant.parse("2026-11-20T10:05:00Z"));

            assertThat(accepted.shipments()).containsExactly("o-1");
            assertThat(store.transitions("o-1")).filteredOn(t -> t.field() == Field.STATUS).last()
                    .satisfies(t -> {
                        assertThat(t.cause()).isEqualTo(Trigger.WEBHOOK);
                        assertThat(t.to()).hasValue("DELIVERED_LATE");
                    });
            assertThat(accepted.sent()).extracting(StoredNotice::kind).contains(NoticeKind.DELIVERED_LATE);
            assertThat(received).containsAll(accepted.sent());
        }
    }

    @Test
    void aPushWithABadSignatureStoresNothing() {
        try (ShipmentStore store = ShipmentStores.open(dir.resolve("shop").toString())) {
            store.merge(Fixtures.pickedUp("o-1"), Instant.parse("2026-11-07T00:00:00Z"));
            Watcher watcher = Watcher.builder(store, WAYBILL).build();
            assertThatThrownBy(() -> watcher.accept("cainiao", signed("forged"),
                    "LP00123456789CN DELIVERED 2026-11-20T10:00:00+01:00".getBytes(StandardCharsets.UTF_8), "s3cret",
                    Instant.parse("2026-11-20T10:05:00Z"))).isInstanceOf(WebhookSignatureException.class);
            assertThat(store.find("o-1").orElseThrow().shipment().events()).hasSize(1);
            assertThat(store.transitions("o-1")).extracting(Transition::cause).doesNotContain(Trigger.WEBHOOK);
        }
    }

    @Test
    void aPushForAnUnknownNumberIsReportedAndNotStored() {
        try (ShipmentStore store = ShipmentStores.open(dir.resolve("shop").toString())) {
            Watcher watcher = Watcher.builder(store, WAYBILL).build();
            Watcher.Accepted accepted = watcher.accept("cainiao", signed("s3cret"),
                    "RR999999999CN DELIVERED 2026-11-20T10:00:00+01:00".getBytes(StandardCharsets.UTF_8), "s3cret",
                    Instant.parse("2026-11-20T10:05:00Z"));
            assertThat(accepted.shipments()).isEmpty();
            assertThat(accepted.unknown()).containsExactly("RR999999999CN");
            assertThat(store.find("CN-RR999999999CN")).isEmpty();
        }
    }

    @Test
    void aShipmentWhoseCarrierPushesIsPolledOnlyAsASlowFallback() {
        try (ShipmentStore store = ShipmentStores.open(dir.resolve("shop").toString())) {
            store.merge(Fixtures.order("o-1")
                    .event(Fixtures.event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP, "Shenzhen")).build(),
                    Instant.parse("2026-11-07T00:00:00Z"));
            Watcher watcher = Watcher.builder(store, WAYBILL).build();
            Instant at = Instant.parse("2026-11-08T10:00:00Z");
            watcher.accept("cainiao", signed("s3cret"),
                    "LP00123456789CN DEPARTED_ORIGIN 2026-11-08T09:00:00+08:00".getBytes(StandardCharsets.UTF_8),
                    "s3cret", at);
            assertThat(store.lastWebhook("o-1")).contains(at);
            // on the linehaul a polled parcel is looked at within hours; a pushed one once a day
            assertThat(store.leaseDue(at.plus(Duration.ofHours(23)), "w", Duration.ofMinutes(1), 10)).isEmpty();
            assertThat(store.leaseDue(at.plus(PollSchedule.WEBHOOK_FALLBACK), "w", Duration.ofMinutes(1), 10))
                    .containsExactly("o-1");
        }
    }
}
