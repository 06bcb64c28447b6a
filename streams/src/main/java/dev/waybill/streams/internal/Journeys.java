package dev.waybill.streams.internal;

import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.CustomerReport;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges a shipment record into the journey already kept, as {@code waybill ingest} merges into its
 * store (and what a webhook pushed, as the watcher's intake merges it): the events and buyer reports of both (an event seen again is a duplicate, whatever order they
 * came in), the lane of the new record with the carrier kept where it names none, and the other fields
 * the new values where the new record gives them. Of two carrier statuses the later one wins, so that
 * records arriving out of order give the same journey.
 */
public final class Journeys {

    private Journeys() {
    }

    /** {@code incoming} merged into {@code stored}; {@code incoming} alone when nothing is stored. */
    public static Shipment merge(Shipment stored, Shipment incoming) {
        if (stored == null) {
            return incoming;
        }
        List<TrackingEvent> events = new ArrayList<>(stored.events());
        events.addAll(incoming.events());
        Set<CustomerReport> reports = new LinkedHashSet<>(stored.reports());
        reports.addAll(incoming.reports());
        return Shipment.builder(incoming.id(), incoming.lane().carrier().isEmpty()
                        ? incoming.lane().withCarrier(stored.lane().carrier().orElse(null)) : incoming.lane())
                .trackingNumber(either(incoming.trackingNumber().orElse(null), stored.trackingNumber().orElse(null)))
                .shippedAt(either(incoming.shippedAt().orElse(null), stored.shippedAt().orElse(null)))
                .promisedBy(either(incoming.promisedBy().orElse(null), stored.promisedBy().orElse(null)))
                .value(either(incoming.value().orElse(null), stored.value().orElse(null)))
                .weightKg(either(incoming.weightKg().orElse(null), stored.weightKg().orElse(null)))
                .language(either(incoming.language().orElse(null), stored.language().orElse(null)))
                .events(events)
                .reports(reports)
                .carrierStatus(later(stored.carrierStatus().orElse(null), incoming.carrierStatus().orElse(null)))
                .build();
    }

    /**
     * What a carrier pushed ({@code pushed}, read from a verified webhook) added to the journey kept: its
     * events (a duplicate changes nothing) and its carrier status where it is the later one. The shop's
     * own fields (lane, promise, value, language) stay as the shop gave them.
     */
    public static Shipment pushed(Shipment stored, Shipment pushed) {
        return stored.plusEvents(pushed.events()).toBuilder()
                .carrierStatus(later(stored.carrierStatus().orElse(null), pushed.carrierStatus().orElse(null))).build();
    }

    /** True when {@code merged} holds an event or a report that {@code stored} did not. */
    public static boolean grew(Shipment stored, Shipment merged) {
        return stored == null || merged.events().size() > stored.events().size()
                || merged.reports().size() > stored.reports().size();
    }

    private static <T> T either(T fresh, T kept) {
        return fresh != null ? fresh : kept;
    }

    private static CarrierStatus later(CarrierStatus kept, CarrierStatus fresh) {
        if (kept == null || fresh == null) {
            return either(fresh, kept);
        }
        if (kept.at().isPresent() && fresh.at().isPresent() && kept.at().get().toInstant().isAfter(fresh.at().get().toInstant())) {
            return kept;
        }
        return fresh;
    }
}
