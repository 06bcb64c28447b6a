package dev.waybill.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.json.WaybillJson;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import dev.waybill.streams.internal.StoreNames;
import dev.waybill.watch.rules.NoticePolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What makes the topology safe to replay: events out of order and repeated give the verdict of the
 * events in order, a record seen again decides nothing, a store restored (its entries put back, as its
 * changelog restores them on another instance) remembers what was decided, a tombstone forgets a
 * shipment, and a bad record is set aside with its reason while the good ones go on.
 */
class ReplayAndStateTest {

    private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");
    private static final List<TrackingEvent> EVENTS = List.of(Journeys.pickedUp(), Journeys.departed(),
            Journeys.arrived(), Journeys.held("2026-11-12T11:00:00+01:00"),
            Journeys.event("2026-11-13T10:00:00+01:00", EventCode.IMPORT_CLEARED, "Frankfurt"),
            Journeys.event("2026-11-14T09:00:00+01:00", EventCode.DELIVERY_FAILED, "Berlin"));

    @TempDir
    Path first;
    @TempDir
    Path second;
    @TempDir
    Path third;

    private static Shipment with(List<TrackingEvent> events) {
        return Journeys.order("o-1").events(events).build();
    }

    @Test
    void eventsOutOfOrderAndRepeatedGiveTheVerdictOfTheEventsInOrder() {
        JsonNode inOrder;
        try (Driver d = new Driver(NoticePolicy.defaults(), NOW, first)) {
            for (int i = 1; i <= EVENTS.size(); i++) {
                d.pipe(with(EVENTS.subList(0, i)));
            }
            inOrder = d.latestVerdict();
        }
        try (Driver d = new Driver(NoticePolicy.defaults(), NOW, second)) {
            // one event per record, latest first, each of them twice
            for (int i = EVENTS.size() - 1; i >= 0; i--) {
                d.pipe(with(List.of(EVENTS.get(i))));
                d.pipe(with(List.of(EVENTS.get(i))));
            }
            assertThat(d.latestVerdict()).isEqualTo(inOrder);
        }
        assertThat(inOrder.get("exception").asText()).isEqualTo("DELIVERY_FAILED");
    }

    @Test
    void aRestoredStoreRemembersWhatWasDecidedAndTold() {
        StoreNames names = StoreNames.defaults();
        List<String> stores = List.of(names.watched(), names.due(), names.held());
        Map<String, Map<Object, Object>> saved = new LinkedHashMap<>();
        JsonNode before;
        try (Driver d = new Driver(NoticePolicy.defaults(), NOW, first)) {
            d.pipe(with(EVENTS));
            assertThat(d.transitions()).isNotEmpty();
            before = d.latestVerdict();
            stores.forEach(store -> saved.put(store, d.store(store)));
        }
        assertThat(saved.get(names.watched())).containsKey("o-1");

        try (Driver fresh = new Driver(NoticePolicy.defaults(), NOW, second)) {
            fresh.pipe(with(EVENTS));
            assertThat(fresh.transitions()).as("without the restored store the look starts over").isNotEmpty();
            assertThat(fresh.latestVerdict()).isEqualTo(before);
        }
        try (Driver restored = new Driver(NoticePolicy.defaults(), NOW, third)) {
            saved.forEach(restored::restore);
            restored.pipe(with(EVENTS));
            assertThat(restored.transitions()).isEmpty();
            assertThat(restored.notices()).isEmpty();
            assertThat(restored.verdicts()).as("the verdict on the compacted topic is still the latest").isEmpty();
            restored.pipe(with(List.of(Journeys.event("2026-11-15T09:00:00+01:00", EventCode.DELIVERED, "Berlin"))));
            assertThat(restored.latestVerdict().get("status").asText()).isEqualTo("DELIVERED");
        }
    }

    @Test
    void aRecordSeenAgainDecidesNothingNew() {
        try (Driver d = new Driver(NoticePolicy.defaults(), NOW, first)) {
            d.pipe(with(EVENTS));
            int transitions = d.transitions().size();
            int notices = d.notices().size();
            assertThat(transitions).isPositive();
            d.pipe(with(EVENTS));
            d.pipe(with(EVENTS.subList(0, 2)));
            assertThat(d.transitions()).hasSize(transitions);
            assertThat(d.notices()).hasSize(notices);
            assertThat(d.verdicts()).as("the same verdict is not written again").hasSize(1);
        }
    }

    @Test
    void aVerdictIsWrittenOnlyWhenItChanges() {
        try (Driver d = new Driver(NoticePolicy.defaults(), NOW, first)) {
            d.pipe(with(EVENTS));
            String dueBefore = d.store(StoreNames.defaults().watched()).get("o-1").toString();
            d.advance(Duration.ofHours(3), Duration.ofMinutes(30));   // due looks, the same day
            assertThat(d.store(StoreNames.defaults().watched()).get("o-1").toString())
                    .as("the punctuation looked again").isNotEqualTo(dueBefore);
            assertThat(d.verdicts()).as("nothing changed: one line").hasSize(1);
            d.advance(Duration.ofDays(2), Duration.ofHours(1));
            List<JsonNode> lines = d.verdicts();
            assertThat(lines).as("a whole day more of silence changes the line").hasSizeGreaterThan(1);
            for (int i = 1; i < lines.size(); i++) {
                assertThat(lines.get(i)).as("line " + i).isNotEqualTo(lines.get(i - 1));
            }
            assertThat(lines.get(lines.size() - 1).get("silentDays").asInt())
                    .isGreaterThan(lines.get(0).get("silentDays").asInt());
        }
    }

    @Test
    void aBadRecordIsSetAsideNamingTheFieldAndTheGoodOnesGoOn() {
        try (Driver d = new Driver(NoticePolicy.defaults(), NOW, first)) {
            d.pipe("o-2", "{\"id\":\"o-2\",\"origin\":\"CN\",\"destination\":\"DE\",\"mode\":\"AIR\","
                    + "\"events\":[{\"at\":\"2026-11-12T10:00:00\",\"code\":\"PICKED_UP\"}]}");
            d.pipe("o-3", "{not json");
            d.pipe("o-4", "{}");
            d.pipe("other-key", WaybillJson.writeShipment(with(EVENTS)).toString());
            d.pipe(with(EVENTS));
            assertThat(d.rejected()).hasSize(4);
            assertThat(d.rejected().get(0).get("error").asText()).startsWith("events[0].at");
            assertThat(d.rejected().get(0).get("id").asText()).isEqualTo("o-2");
            assertThat(d.rejected().get(0).get("topic").asText()).isEqualTo("waybill.shipments");
            assertThat(d.rejected().get(0).get("offset").asLong()).isZero();
            assertThat(d.rejected().get(1).get("error").asText()).startsWith("not JSON");
            assertThat(d.rejected().get(2).get("error").asText()).startsWith("id");
            assertThat(d.rejected().get(3).get("error").asText())
                    .isEqualTo("key: 'other-key' is not the shipment's id 'o-1'");
            assertThat(d.verdictKeys()).containsExactly("o-1");
        }
    }

    @Test
    void aTombstoneForgetsTheShipmentAndClearsItsVerdict() {
        try (Driver d = new Driver(NoticePolicy.defaults(), NOW, first)) {
            d.pipe(with(EVENTS));
            long ingested = d.transitions().stream().filter(t -> t.get("cause").asText().equals("INGEST")).count();
            assertThat(ingested).isPositive();
            d.pipe("o-1", null);
            assertThat(d.verdicts()).hasSize(2).last().isNull();
            d.pipe(with(EVENTS));                                     // known no more: a first look again
            assertThat(d.transitions().stream().filter(t -> t.get("cause").asText().equals("INGEST")).count())
                    .isEqualTo(2 * ingested);
        }
    }
}
