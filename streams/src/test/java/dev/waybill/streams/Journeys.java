package dev.waybill.streams;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

/** Shipments of the watcher's tests (Shenzhen to Berlin by air, promised for 18 November), for the topology. */
final class Journeys {

    static final Lane CN_DE = new Lane(CountryCode.of("CN"), CountryCode.of("DE"), Mode.AIR, "cainiao");

    private Journeys() {
    }

    static TrackingEvent event(String at, EventCode code, String location) {
        return TrackingEvent.builder(OffsetDateTime.parse(at), code).location(location).build();
    }

    static TrackingEvent held(String at) {
        return TrackingEvent.builder(OffsetDateTime.parse(at), EventCode.IMPORT_HELD).reason(Reason.DOCUMENTS)
                .location("Frankfurt").build();
    }

    static Shipment.Builder order(String id) {
        return Shipment.builder(id, CN_DE).trackingNumber("LP00123456789CN")
                .promisedBy(LocalDate.parse("2026-11-18")).value(Money.of("EUR", "89.00")).language(Locale.GERMAN);
    }

    static TrackingEvent pickedUp() {
        return event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP, "Shenzhen");
    }

    static TrackingEvent departed() {
        return event("2026-11-07T09:00:00+08:00", EventCode.DEPARTED_ORIGIN, "Shenzhen");
    }

    static TrackingEvent arrived() {
        return event("2026-11-08T09:00:00+01:00", EventCode.ARRIVED_DESTINATION, "Frankfurt");
    }
}
