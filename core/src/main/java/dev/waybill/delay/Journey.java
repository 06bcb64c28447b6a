package dev.waybill.delay;

import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TrackingEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a shipment's canonical timeline says, read once: the stages it went through and when, and
 * the events the verdict rules look at. Stages only move forward (a late, out-of-order scan never
 * moves a parcel back); a delivered parcel can only move on to {@link Stage#RETURN}, and a returning
 * one stays returning.
 */
final class Journey {

    /**
     * One stage the parcel entered.
     *
     * @param stage    the stage
     * @param from     when it entered
     * @param openedBy the event that moved it there
     */
    record Visit(Stage stage, Instant from, TrackingEvent openedBy) {
    }

    /** Codes that show the parcel moving: after a loss declaration they mean it turned up again. */
    private static final Set<EventCode> MOVEMENT = EnumSet.complementOf(
            EnumSet.of(EventCode.LABEL_CREATED, EventCode.DAMAGED, EventCode.LOST, EventCode.UNKNOWN));

    private static final Set<EventCode> DELIVERY_STEPS = EnumSet.of(EventCode.OUT_FOR_DELIVERY,
            EventCode.DELIVERY_FAILED, EventCode.AVAILABLE_FOR_PICKUP, EventCode.DELIVERED);

    /** The stage each code moves an international parcel to ({@link EventCode#stage}), null if none. */
    private static final Map<EventCode, Stage> INTERNATIONAL_STAGES = stages(true);
    /** The same for a domestic parcel. */
    private static final Map<EventCode, Stage> DOMESTIC_STAGES = stages(false);

    final List<Visit> visits;
    /** When the journey started: the shipment's hand-over, else its first event; null without either. */
    final Instant start;
    final TrackingEvent latest;
    final TrackingEvent lostDeclaration;
    final TrackingEvent damage;
    final TrackingEvent lastExportCustoms;
    final TrackingEvent lastImportCustoms;
    final TrackingEvent lastDeliveryStep;
    final TrackingEvent lastWithReason;
    final Instant labelAt;
    final boolean labelOnly;

    private Journey(List<Visit> visits, Instant start, TrackingEvent latest, TrackingEvent lostDeclaration,
                    TrackingEvent damage, TrackingEvent lastExportCustoms, TrackingEvent lastImportCustoms,
                    TrackingEvent lastDeliveryStep, TrackingEvent lastWithReason, Instant labelAt,
                    boolean labelOnly) {
        this.visits = visits;
        this.start = start;
        this.latest = latest;
        this.lostDeclaration = lostDeclaration;
        this.damage = damage;
        this.lastExportCustoms = lastExportCustoms;
        this.lastImportCustoms = lastImportCustoms;
        this.lastDeliveryStep = lastDeliveryStep;
        this.lastWithReason = lastWithReason;
        this.labelAt = labelAt;
        this.labelOnly = labelOnly;
    }

    static Journey of(Shipment shipment) {
        Map<EventCode, Stage> stageOf = shipment.isInternational() ? INTERNATIONAL_STAGES : DOMESTIC_STAGES;
        List<Visit> visits = new ArrayList<>();
        Stage stage = Stage.LABEL_CREATED;
        Instant start = shipment.startedAt().orElse(null);
        visits.add(new Visit(Stage.LABEL_CREATED, start, null));
        TrackingEvent lost = null;
        TrackingEvent damage = null;
        TrackingEvent lastExport = null;
        TrackingEvent lastImport = null;
        TrackingEvent lastDeliveryStep = null;
        TrackingEvent lastWithReason = null;
        Instant labelAt = null;
        boolean labelOnly = !shipment.events().isEmpty();
        for (TrackingEvent event : shipment.events()) {
            EventCode code = event.code();
            if (code == EventCode.LABEL_CREATED && labelAt == null) {
                labelAt = event.instant();
            }
            labelOnly &= code == EventCode.LABEL_CREATED;
            if (code == EventCode.LOST && stage != Stage.DELIVERED) {
                lost = event;
            } else if (MOVEMENT.contains(code)) {
                lost = null;
            }
            if (code == EventCode.DAMAGED && damage == null) {
                damage = event;
            }
            if (code == EventCode.EXPORT_HELD || code == EventCode.EXPORT_CLEARED) {
                lastExport = event;
            }
            if (code == EventCode.IMPORT_HELD || code == EventCode.IMPORT_CLEARED) {
                lastImport = event;
            }
            if (DELIVERY_STEPS.contains(code)) {
                lastDeliveryStep = event;
            }
            if (event.reason() != null) {
                lastWithReason = event;
            }
            Stage next = stageOf.get(code);
            if (next != null && moves(stage, next)) {
                stage = next;
                visits.add(new Visit(next, event.instant(), event));
            }
        }
        TrackingEvent latest = shipment.events().isEmpty() ? null
                : shipment.events().get(shipment.events().size() - 1);
        return new Journey(Collections.unmodifiableList(visits), start, latest, lost, damage, lastExport, lastImport,
                lastDeliveryStep, lastWithReason, labelAt, labelOnly);
    }

    private static Map<EventCode, Stage> stages(boolean international) {
        Map<EventCode, Stage> stages = new EnumMap<>(EventCode.class);
        for (EventCode code : EventCode.values()) {
            code.stage(international).ifPresent(stage -> stages.put(code, stage));
        }
        return stages;
    }

    private static boolean moves(Stage current, Stage next) {
        if (current == Stage.RETURN) {
            return false;
        }
        if (next == Stage.RETURN) {
            return true;
        }
        return current != Stage.DELIVERED && next.ordinal() > current.ordinal();
    }

    /** The current stage. */
    Stage stage() {
        return current().stage();
    }

    /** The current visit. */
    Visit current() {
        return visits.get(visits.size() - 1);
    }

    /** The visit in which {@code instant} fell. */
    Stage stageAt(Instant instant) {
        Stage found = Stage.LABEL_CREATED;
        for (Visit visit : visits) {
            if (visit.from() != null && !visit.from().isAfter(instant)) {
                found = visit.stage();
            }
        }
        return found;
    }
}
