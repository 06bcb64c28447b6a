package dev.waybill.learn.internal;

import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TrackingEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A shipment's history read for learning: when its label was created, when the carrier took it,
 * when it entered each later stage, and when it was delivered, or why it cannot be learned from.
 * Stages are entered the way the verdict engine reads them ({@link EventCode#stage(boolean)}); any
 * physical scan before a pickup event means the carrier has the parcel.
 *
 * @param label     the label's instant, or null
 * @param pickup    the instant the carrier had the parcel, or null
 * @param entries   the in-transit stages entered, in order, from the first-mile entry at pickup
 * @param delivered the delivery instant, or null
 * @param ended     true when it ended without delivery (returned or lost): not a transit time
 * @param problem   why its dates contradict each other, or null
 */
public record Timeline(Instant label, Instant pickup, List<Entry> entries, Instant delivered, boolean ended,
                       String problem) {

    /** The longest transit believed: anything longer is a data error, not a slow parcel. */
    public static final double MAX_DAYS = 365;

    private static final Set<EventCode> SCANS = Set.of(EventCode.PICKED_UP, EventCode.HUB_SCAN, EventCode.IN_TRANSIT,
            EventCode.EXPORT_HELD, EventCode.EXPORT_CLEARED, EventCode.DEPARTED_ORIGIN, EventCode.ARRIVED_DESTINATION,
            EventCode.IMPORT_HELD, EventCode.IMPORT_CLEARED, EventCode.OUT_FOR_DELIVERY, EventCode.DELIVERY_FAILED,
            EventCode.AVAILABLE_FOR_PICKUP);

    /**
     * A stage entered.
     *
     * @param stage the stage
     * @param at    when
     */
    public record Entry(Stage stage, Instant at) {
    }

    /** Reads {@code shipment}'s canonical timeline. */
    public static Timeline of(Shipment shipment) {
        Instant label = null;
        Instant pickup = null;
        Instant delivered = null;
        boolean ended = false;
        List<Entry> entries = new ArrayList<>();
        boolean customs = shipment.crossesCustoms();
        for (TrackingEvent event : shipment.events()) {
            EventCode code = event.code();
            Instant at = event.instant();
            if (code == EventCode.LABEL_CREATED && label == null) {
                label = at;
            }
            if (code == EventCode.DELIVERED) {
                if (delivered == null) {
                    delivered = at;
                }
                continue;
            }
            if (code == EventCode.RETURN_TO_SENDER || code == EventCode.LOST) {
                ended = delivered == null;
                continue;
            }
            if (!SCANS.contains(code)) {
                continue;
            }
            if (pickup == null) {
                pickup = at;
                entries.add(new Entry(Stage.FIRST_MILE, at));
            }
            if (delivered != null) {
                continue;
            }
            Stage stage = code.stage(customs).orElse(null);
            if (stage != null && stage.isInTransit()
                    && stage.ordinal() > entries.get(entries.size() - 1).stage().ordinal()) {
                entries.add(new Entry(stage, at));
            }
        }
        String problem = null;
        Instant first = pickup != null ? pickup : label;
        if (delivered != null && first != null && delivered.isBefore(first)) {
            problem = "delivered before " + (pickup != null ? "pickup" : "the label");
        } else if (delivered != null && first != null && days(first, delivered) > MAX_DAYS) {
            problem = "transit over " + (int) MAX_DAYS + " days";
        } else if (delivered != null && label != null && delivered.isBefore(label)) {
            problem = "delivered before the label";
        } else if (label != null && pickup != null && days(pickup, label) > 1) {
            problem = "picked up more than a day before the label";
        } else if (label != null && pickup != null && days(label, pickup) > MAX_DAYS) {
            problem = "pickup over " + (int) MAX_DAYS + " days after the label";
        }
        return new Timeline(label, pickup, List.copyOf(entries), delivered, ended, problem);
    }

    /** Days from {@code from} to {@code to}, with fractions. */
    public static double days(Instant from, Instant to) {
        return (to.getEpochSecond() - from.getEpochSecond()) / 86_400.0;
    }

    /** Days since the epoch, with fractions. */
    public static double epochDay(Instant at) {
        return at.getEpochSecond() / 86_400.0;
    }

    /** Pickup to delivery in days, or NaN. */
    public double transitDays() {
        return pickup == null || delivered == null ? Double.NaN : days(pickup, delivered);
    }
}
