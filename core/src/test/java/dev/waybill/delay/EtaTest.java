package dev.waybill.delay;

import static dev.waybill.delay.Lanes.parcel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ETA window: ordered, never before today, from the remaining stages, null once it no longer applies. */
class EtaTest {

    private static final List<Shipment> IN_TRANSIT = List.of(
            parcel().event("2026-11-19T02:00:00Z", EventCode.LABEL_CREATED).build(),
            parcel().event("2026-11-19T02:00:00Z", EventCode.PICKED_UP).build(),
            parcel().event("2026-11-10T02:00:00Z", EventCode.EXPORT_HELD).build(),
            parcel().event("2026-11-19T02:00:00Z", EventCode.DEPARTED_ORIGIN).build(),
            parcel().event("2026-11-16T02:00:00Z", EventCode.IMPORT_HELD).build(),
            parcel().event("2026-11-20T02:00:00Z", EventCode.OUT_FOR_DELIVERY).build(),
            parcel().event("2026-11-20T02:00:00Z", EventCode.DELIVERY_FAILED).build(),
            parcel().event("2026-11-12T02:00:00Z", EventCode.AVAILABLE_FOR_PICKUP).build());

    @Test
    void theWindowIsOrderedAndNeverBeforeToday() {
        for (Shipment shipment : IN_TRANSIT) {
            for (Instant now : List.of(Instant.parse("2026-11-20T00:30:00Z"), Instant.parse("2026-11-20T23:30:00Z"),
                    Instant.parse("2026-11-29T12:00:00Z"))) {
                Eta eta = Lanes.engine().assess(shipment, now, ZoneOffset.UTC).eta().orElseThrow();
                LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);

                assertThat(eta).as(shipment.events().toString()).isNotNull();
                assertThat(eta.earliest()).isAfterOrEqualTo(today);
                assertThat(eta.likely()).isAfterOrEqualTo(eta.earliest());
                assertThat(eta.latest()).isAfterOrEqualTo(eta.likely());
            }
        }
    }

    @Test
    void anEarlierStageMeansALaterEta() {
        Eta label = Lanes.assess(IN_TRANSIT.get(0)).eta().orElseThrow();
        Eta linehaul = Lanes.assess(IN_TRANSIT.get(3)).eta().orElseThrow();

        assertThat(label.likely()).isAfter(linehaul.likely());
    }

    @Test
    void outForDeliveryIsExpectedToday() {
        Eta eta = Lanes.assess(IN_TRANSIT.get(5)).eta().orElseThrow();

        assertThat(eta.earliest()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(eta.likely()).isEqualTo(LocalDate.parse("2026-11-20"));
    }

    @Test
    void afterAFailedAttemptTheNextIsExpectedTomorrow() {
        assertThat(Lanes.assess(IN_TRANSIT.get(6)).eta().orElseThrow().likely()).isEqualTo(LocalDate.parse("2026-11-21"));
    }

    @Test
    void todayIsCountedInTheZoneOfTheClock() {
        Shipment shipment = IN_TRANSIT.get(5);
        Instant lateEvening = Instant.parse("2026-11-20T23:30:00Z");

        Eta utc = Lanes.engine().assess(shipment, lateEvening, ZoneOffset.UTC).eta().orElseThrow();
        Eta tokyo = Lanes.engine().assess(shipment, lateEvening, ZoneId.of("Asia/Tokyo")).eta().orElseThrow();

        assertThat(utc.likely()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(tokyo.likely()).isEqualTo(LocalDate.parse("2026-11-21"));
    }
}
