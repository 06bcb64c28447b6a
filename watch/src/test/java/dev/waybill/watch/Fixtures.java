package dev.waybill.watch;

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

/** Realistic shipments for the store and watcher tests: Shenzhen to Berlin by air. */
final class Fixtures {

    static final Lane CN_DE = new Lane(CountryCode.of("CN"), CountryCode.of("DE"), Mode.AIR, "cainiao");

    private Fixtures() {
    }

    static TrackingEvent event(String at, EventCode code) {
        return TrackingEvent.of(OffsetDateTime.parse(at), code);
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

    static Shipment pickedUp(String id) {
        return order(id).event(event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP, "Shenzhen")).build();
    }
}
