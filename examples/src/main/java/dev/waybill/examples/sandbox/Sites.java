package dev.waybill.examples.sandbox;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Where and when a recorded event happened, as a carrier would print it. */
final class Sites {

    private static final Set<EventCode> ORIGIN_SIDE = EnumSet.of(EventCode.LABEL_CREATED, EventCode.PICKED_UP,
            EventCode.EXPORT_HELD, EventCode.EXPORT_CLEARED, EventCode.DEPARTED_ORIGIN);
    private static final Set<EventCode> DESTINATION_SIDE = EnumSet.of(EventCode.ARRIVED_DESTINATION,
            EventCode.IMPORT_HELD, EventCode.IMPORT_CLEARED, EventCode.OUT_FOR_DELIVERY, EventCode.DELIVERY_FAILED,
            EventCode.AVAILABLE_FOR_PICKUP, EventCode.DELIVERED);

    private Sites() {
    }

    /**
     * The country of event {@code index}: its own, else the side of the border its code belongs to,
     * else (a code that does not move the parcel) the side the parcel was last seen on; null between
     * departure and arrival.
     */
    static CountryCode country(Shipment shipment, int index) {
        TrackingEvent event = shipment.events().get(index);
        if (event.country().isPresent()) {
            return event.country().get();
        }
        if (ORIGIN_SIDE.contains(event.code())) {
            return shipment.origin();
        }
        if (DESTINATION_SIDE.contains(event.code())) {
            return shipment.destination();
        }
        CountryCode seen = shipment.origin();
        for (int i = 0; i < index; i++) {
            EventCode code = shipment.events().get(i).code();
            if (DESTINATION_SIDE.contains(code)) {
                seen = shipment.destination();
            } else if (code == EventCode.DEPARTED_ORIGIN) {
                seen = null;
            }
        }
        return seen;
    }

    /** ISO 3166-1 alpha-3, as AfterShip prints countries. */
    static String alpha3(CountryCode country) {
        return country == null ? null : new Locale("", country.value()).getISO3Country();
    }

    /** The time as ISO-8601 with the offset it was recorded with. */
    static String time(TrackingEvent event) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.at());
    }
}
