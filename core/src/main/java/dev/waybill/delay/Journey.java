package dev.waybill.delay;

import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TrackingEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /** Codes of a physical scan: the carrier has the parcel, whether or not a pickup was recorded. */
    private static final Set<EventCode> PHYSICAL = EnumSet.complementOf(
            EnumSet.of(EventCode.LABEL_CREATED, EventCode.LOST, EventCode.UNKNOWN));

    /** Scans that say where the parcel is without moving the stage: in the destination country they mean it arrived. */
    private static final Set<EventCode> PLACE_SCANS = EnumSet.of(EventCode.PICKED_UP, EventCode.HUB_SCAN,
            EventCode.IN_TRANSIT);

    private static final Set<EventCode> DELIVERY_STEPS = EnumSet.of(EventCode.OUT_FOR_DELIVERY,
            EventCode.DELIVERY_FAILED, EventCode.AVAILABLE_FOR_PICKUP, EventCode.DELIVERED);

    /** The stage each code moves a parcel to on a lane that crosses customs ({@link EventCode#stage}), null if none. */
    private static final Map<EventCode, Stage> CUSTOMS_STAGES = stages(true);
    /** The same on a lane that crosses no customs border. */
    private static final Map<EventCode, Stage> FREE_STAGES = stages(false);

    final List<Visit> visits;
    /** The in-transit stages of this lane, in order: without customs when it crosses no customs border. */
    final List<Stage> route;
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
    /** How the carrier's shipment-level status was weighed against the events; null without one. */
    final Reconciliation reconciliation;

    /**
     * How a carrier's shipment-level status was weighed against its events.
     *
     * @param status  the status
     * @param adopted the event the status stood for on the timeline, where it was further along; else null
     * @param expired true when the status says the carrier stopped tracking a parcel still on its way
     * @param why     the line of the explanation
     */
    record Reconciliation(CarrierStatus status, TrackingEvent adopted, boolean expired, String why) {
    }

    private Journey(List<Visit> visits, List<Stage> route, Instant start, TrackingEvent latest,
                    TrackingEvent lostDeclaration, TrackingEvent damage, TrackingEvent lastExportCustoms,
                    TrackingEvent lastImportCustoms, TrackingEvent lastDeliveryStep, TrackingEvent lastWithReason,
                    Instant labelAt, boolean labelOnly, Reconciliation reconciliation) {
        this.visits = visits;
        this.route = route;
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
        this.reconciliation = reconciliation;
    }

    /**
     * The journey of {@code shipment}; a carrier status without a date, on a shipment without events,
     * is taken as said at {@code now}, the moment the body is judged.
     */
    static Journey of(Shipment shipment, Instant now) {
        Journey byEvents = read(shipment, shipment.events(), null);
        CarrierStatus status = shipment.carrierStatus().orElse(null);
        if (status == null) {
            return byEvents;
        }
        Reconciliation reconciliation = byEvents.reconcile(status, shipment, now);
        if (reconciliation.adopted() == null) {
            return new Journey(byEvents.visits, byEvents.route, byEvents.start, byEvents.latest,
                    byEvents.lostDeclaration, byEvents.damage, byEvents.lastExportCustoms, byEvents.lastImportCustoms,
                    byEvents.lastDeliveryStep, byEvents.lastWithReason, byEvents.labelAt, byEvents.labelOnly,
                    reconciliation);
        }
        List<TrackingEvent> events = new ArrayList<>(shipment.events());
        events.add(reconciliation.adopted());
        events.sort(TrackingEvent.TIMELINE_ORDER);
        return read(shipment, events, reconciliation);
    }

    private static Journey read(Shipment shipment, List<TrackingEvent> events, Reconciliation reconciliation) {
        boolean customs = shipment.crossesCustoms();
        Map<EventCode, Stage> stageOf = customs ? CUSTOMS_STAGES : FREE_STAGES;
        Stage arrived = stageOf.get(EventCode.ARRIVED_DESTINATION);
        boolean international = shipment.isInternational();
        List<Visit> visits = new ArrayList<>();
        Stage stage = Stage.LABEL_CREATED;
        Instant start = shipment.shippedAt().map(OffsetDateTime::toInstant)
                .orElse(events.isEmpty() ? null : events.get(0).instant());
        visits.add(new Visit(Stage.LABEL_CREATED, start, null));
        TrackingEvent lost = null;
        TrackingEvent damage = null;
        TrackingEvent lastExport = null;
        TrackingEvent lastImport = null;
        TrackingEvent lastDeliveryStep = null;
        TrackingEvent lastWithReason = null;
        Instant labelAt = null;
        boolean labelOnly = !events.isEmpty();
        for (TrackingEvent event : events) {
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
            if (event.reason().isPresent()) {
                lastWithReason = event;
            }
            Stage next = stageOf.get(code);
            if (next == null && international && PLACE_SCANS.contains(code) && event.country().isPresent()) {
                next = scannedIn(event.country().get(), shipment, arrived);
            } else if (next == null && PHYSICAL.contains(code)) {
                next = Stage.FIRST_MILE;
            }
            if (next != null && moves(stage, next)) {
                stage = next;
                visits.add(new Visit(next, event.instant(), event));
            }
        }
        TrackingEvent latest = events.isEmpty() ? null : events.get(events.size() - 1);
        return new Journey(Collections.unmodifiableList(visits), TransitProfile.route(!customs), start, latest, lost,
                damage, lastExport, lastImport, lastDeliveryStep, lastWithReason, labelAt, labelOnly, reconciliation);
    }

    /**
     * Where a scan in {@code country} puts an international parcel: arrived ({@code arrived}) in the
     * destination or its customs territory (Leipzig clears for all of the EU), on the linehaul in a
     * third country on the way, picked up in the origin.
     */
    private static Stage scannedIn(CountryCode country, Shipment shipment, Stage arrived) {
        CountryCode destination = shipment.destination();
        if (country.equals(destination) || (shipment.crossesCustoms() && country.sharesCustomsTerritoryWith(destination)
                && !country.sharesCustomsTerritoryWith(shipment.origin()))) {
            return arrived;
        }
        return country.sharesCustomsTerritoryWith(shipment.origin()) ? Stage.FIRST_MILE : Stage.LINEHAUL;
    }

    /**
     * Weighs {@code status} against this journey, read from the events alone: the status stands on
     * the timeline where it is further along (a terminal state the events have not reached, or an
     * exception no newer event has overtaken); otherwise the events win.
     */
    private Reconciliation reconcile(CarrierStatus status, Shipment shipment, Instant now) {
        Stage stage = stage();
        boolean ended = stage == Stage.DELIVERED || stage == Stage.RETURN;
        boolean stale = status.at().isPresent() && latest != null
                && status.at().get().toInstant().isBefore(latest.instant());
        String said = status.said();
        String events = latest == null ? "no events"
                : "latest event " + latest.code() + " on " + latest.localDate() + ", stage " + stage;
        EventCode code = status.progress().code().orElse(null);
        boolean further = switch (status.progress()) {
            case DELIVERED -> !ended;
            case RETURNING -> stage != Stage.RETURN;
            case LOST -> !ended && lostDeclaration == null;
            case DAMAGED -> damage == null;
            case OUT_FOR_DELIVERY, DELIVERY_FAILED, AVAILABLE_FOR_PICKUP -> !ended && !stale
                    && (lastDeliveryStep == null || lastDeliveryStep.code() != code);
            case CUSTOMS_HOLD -> shipment.crossesCustoms() && !stale && stage.ordinal() <= Stage.IMPORT_CUSTOMS.ordinal()
                    && !held(stage);
            case PRE_TRANSIT -> labelAt == null && stage == Stage.LABEL_CREATED;
            case IN_TRANSIT -> stage == Stage.LABEL_CREATED && !stale;
            case EXPIRED -> false;
        };
        if (status.progress() == CarrierStatus.Progress.EXPIRED) {
            return ended || lostDeclaration != null
                    ? new Reconciliation(status, null, false, "the carrier's shipment status (" + said
                            + ") says tracking expired; the events (" + events + ") show the journey ended")
                    : new Reconciliation(status, null, true, "the carrier's shipment status (" + said
                            + ") says it stopped tracking the parcel, " + events);
        }
        if (!further) {
            String why = status.progress() == CarrierStatus.Progress.IN_TRANSIT ? null
                    : agrees(status.progress(), stage) ? "the carrier's shipment status (" + said
                    + ") agrees with its events (" + events + ")"
                    : "the carrier's shipment status (" + said + ") is not further along than its events ("
                    + events + (stale ? ", newer than the status" : "") + "): the events win";
            return new Reconciliation(status, null, false, why);
        }
        OffsetDateTime at = status.at().isEmpty() || stale
                ? (latest == null ? now.atOffset(ZoneOffset.UTC) : latest.at()) : status.at().get();
        if (code == null) {
            code = EventCode.IN_TRANSIT;
        } else if (code == EventCode.IMPORT_HELD && stage.ordinal() < Stage.LINEHAUL.ordinal()) {
            code = EventCode.EXPORT_HELD;
        }
        TrackingEvent adopted = TrackingEvent.builder(at, code).reason(status.reason().orElse(null))
                .detail("shipment status: " + said).build();
        return new Reconciliation(status, adopted, false, "the carrier's shipment status (" + said
                + ") is further along than its events (" + events + "): taken as " + code + " on "
                + adopted.localDate() + (status.at().isEmpty() ? " (the status is undated)" : ""));
    }

    /** True when the events already show what {@code progress} says. */
    private boolean agrees(CarrierStatus.Progress progress, Stage stage) {
        return switch (progress) {
            case DELIVERED -> stage == Stage.DELIVERED;
            case RETURNING -> stage == Stage.RETURN;
            case LOST -> lostDeclaration != null;
            case DAMAGED -> damage != null;
            case PRE_TRANSIT -> stage == Stage.LABEL_CREATED;
            case CUSTOMS_HOLD -> held(stage);
            case OUT_FOR_DELIVERY, DELIVERY_FAILED, AVAILABLE_FOR_PICKUP -> lastDeliveryStep != null
                    && lastDeliveryStep.code() == progress.code().orElseThrow();
            case IN_TRANSIT, EXPIRED -> false;
        };
    }

    private boolean held(Stage stage) {
        TrackingEvent last = stage == Stage.IMPORT_CUSTOMS ? lastImportCustoms : lastExportCustoms;
        return last != null && (last.code() == EventCode.IMPORT_HELD || last.code() == EventCode.EXPORT_HELD);
    }

    private static Map<EventCode, Stage> stages(boolean customs) {
        Map<EventCode, Stage> stages = new EnumMap<>(EventCode.class);
        for (EventCode code : EventCode.values()) {
            code.stage(customs).ifPresent(stage -> stages.put(code, stage));
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
