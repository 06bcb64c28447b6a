package dev.waybill.delay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.CustomerReport;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.ReportType;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The same shipment with its events shuffled or duplicated gives the identical verdict: a
 * randomised property test over random journeys, each judged under many permutations.
 */
class ShuffleInvarianceTest {

    private static final EventCode[] JOURNEY = {EventCode.LABEL_CREATED, EventCode.PICKED_UP, EventCode.HUB_SCAN,
            EventCode.EXPORT_HELD, EventCode.EXPORT_CLEARED, EventCode.DEPARTED_ORIGIN, EventCode.IN_TRANSIT,
            EventCode.ARRIVED_DESTINATION, EventCode.IMPORT_HELD, EventCode.IMPORT_CLEARED,
            EventCode.OUT_FOR_DELIVERY, EventCode.DELIVERY_FAILED, EventCode.AVAILABLE_FOR_PICKUP,
            EventCode.DELIVERED};
    private static final EventCode[] SURPRISES = {EventCode.DAMAGED, EventCode.LOST, EventCode.RETURN_TO_SENDER,
            EventCode.UNKNOWN, EventCode.HUB_SCAN};

    @Test
    void shuffledAndDuplicatedEventsGiveTheIdenticalVerdict() {
        Random random = new Random(20261120L);
        VerdictEngine engine = Lanes.engine();
        Instant now = Instant.parse("2026-11-20T12:00:00Z");
        int judged = 0;
        for (int journey = 0; journey < 300; journey++) {
            Shipment original = randomShipment(random);
            Verdict expected = engine.assess(original, now, ZoneOffset.UTC);
            for (int permutation = 0; permutation < 40; permutation++) {
                List<TrackingEvent> events = new ArrayList<>(original.events());
                int duplicates = random.nextInt(4);
                for (int d = 0; d < duplicates && !events.isEmpty(); d++) {
                    events.add(events.get(random.nextInt(events.size())));
                }
                Collections.shuffle(events, random);
                List<CustomerReport> reports = new ArrayList<>(original.reports());
                Collections.shuffle(reports, random);
                Shipment shuffled = original.toBuilder().events(events).reports(reports).build();

                assertThat(engine.assess(shuffled, now, ZoneOffset.UTC)).isEqualTo(expected);
                judged++;
            }
        }
        assertThat(judged).isEqualTo(12_000);
    }

    private static Shipment randomShipment(Random random) {
        CountryCode[] destinations = {CountryCode.of("US"), CountryCode.of("DE"), CountryCode.of("CN")};
        Lane lane = Lane.of(CountryCode.of("CN"), destinations[random.nextInt(destinations.length)],
                Mode.values()[random.nextInt(Mode.values().length)]);
        Shipment.Builder builder = Shipment.builder("p" + random.nextInt(1000), lane);
        OffsetDateTime at = OffsetDateTime.parse("2026-10-25T08:00:00+08:00").plusHours(random.nextInt(24 * 20));
        int length = random.nextInt(JOURNEY.length + 1);
        for (int i = 0; i < length; i++) {
            EventCode code = random.nextInt(8) == 0 ? SURPRISES[random.nextInt(SURPRISES.length)] : JOURNEY[i];
            Reason reason = random.nextInt(4) == 0 ? Reason.values()[random.nextInt(Reason.values().length)] : null;
            // equal instants happen in real feeds: keep some
            at = at.plusHours(random.nextInt(3) == 0 ? 0 : random.nextInt(60));
            builder.event(TrackingEvent.builder(at, code).reason(reason).build());
        }
        if (random.nextBoolean()) {
            builder.promisedBy(LocalDate.parse("2026-11-10").plusDays(random.nextInt(20)));
        }
        for (int r = random.nextInt(3); r > 0; r--) {
            builder.report(CustomerReport.of(at.toInstant().plusSeconds(random.nextInt(86_400 * 3)),
                    ReportType.values()[random.nextInt(ReportType.values().length)]));
        }
        return builder.build();
    }
}
