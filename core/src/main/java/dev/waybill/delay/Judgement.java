package dev.waybill.delay;

import dev.waybill.liability.Evidence;
import dev.waybill.liability.Party;
import dev.waybill.liability.StageLiability;
import dev.waybill.shipment.CustomerReport;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.ReportType;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TextReading;
import dev.waybill.shipment.TrackingEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One application of the verdict rules to one shipment at one moment. The rules, in order of
 * precedence: a carrier's loss declaration; return to sender; delivery (with what the buyer
 * reported afterwards); a label never picked up; silence past the loss threshold; damage; a
 * customs hold; a failed delivery or a parcel waiting at a pickup point; a stall. Then the status
 * from the promise (or the lane's normal window), the ETA, the cause and the actions. Each rule
 * that fires adds a line to the explanation.
 */
final class Judgement {

    /** Actions in order of urgency: a verdict lists its actions in this order. */
    private static final Action[] URGENCY = {Action.ESCALATE_TO_AGENT, Action.NOTIFY_CUSTOMER,
            Action.CONFIRM_ADDRESS, Action.REQUEST_DOCUMENTS, Action.RESHIP_OR_REFUND, Action.OPEN_CARRIER_TRACE,
            Action.FILE_CLAIM, Action.OFFER_COMPENSATION, Action.SHARE_TRACKING, Action.FOLLOW_UP};

    private final Shipment shipment;
    private final TransitProfile profile;
    private final int escalateAfterReports;
    private final Instant now;
    private final Days days;
    /** Today, an epoch day. */
    private final long today;
    private final Journey journey;
    private final Schedule schedule;
    private final List<Schedule.Impact> impacts;
    private final int silentDays;
    /** The explanation so far: each line captures the values it is written from, never this judgement. */
    private final List<Supplier<String>> why = new ArrayList<>();

    private Status status;
    private ExceptionType exception = ExceptionType.NONE;
    private Cause cause = Cause.NONE;
    private Party recoverFrom = Party.NONE;
    private final List<Evidence> evidence = new ArrayList<>();
    private final Set<Action> actions = EnumSet.noneOf(Action.class);
    private Eta eta;
    private int daysLate;

    Judgement(Shipment shipment, TransitProfile profile, PeakCalendar peaks, List<Disruption> disruptions,
              int escalateAfterReports, Instant now, ZoneId zone) {
        this.shipment = shipment;
        this.profile = profile;
        this.escalateAfterReports = escalateAfterReports;
        this.now = now;
        this.days = Days.in(zone);
        this.today = days.of(now);
        this.journey = Journey.of(shipment, now);
        this.schedule = Schedule.of(profile, journey, now, days);
        this.impacts = schedule.impacts(shipment.lane(), peaks, disruptions);
        this.silentDays = silentDays();
    }

    Verdict verdict() {
        String profileId = profile.id();
        Basis basis = profile.basis();
        Lane lane = shipment.lane();
        why.add(() -> "judged against transit profile " + profileId + " (" + basis.name().toLowerCase(Locale.ROOT)
                + (basis == Basis.LEARNED ? ": " + profile.source() : "") + ") for lane " + lane);
        Journey.Visit visit = journey.current();
        int silent = silentDays;
        why.add(() -> "stage " + visit.stage() + (visit.openedBy() == null ? "" : " since "
                + visit.openedBy().localDate() + " (" + described(visit.openedBy()) + ")")
                + "; " + silent + (silent == 1 ? " whole day" : " whole days") + " since the latest event");
        Journey.Reconciliation reconciliation = journey.reconciliation;
        if (reconciliation != null && reconciliation.why() != null) {
            why.add(reconciliation::why);
        }
        if (!shipment.crossesCustoms() && shipment.isInternational()) {
            why.add(() -> "origin and destination share a customs territory: no customs stages");
        }
        for (Schedule.Impact impact : impacts) {
            why.add(impact::explained);
        }
        if (!terminal()) {
            judgeInTransit();
        }
        if (shipment.reports().size() >= escalateAfterReports) {
            actions.add(Action.ESCALATE_TO_AGENT);
            int reports = shipment.reports().size();
            why.add(() -> "the buyer reported " + reports + " times: hand over to a person");
        }
        List<Action> ordered = new ArrayList<>(actions.size());
        for (Action action : URGENCY) {
            if (actions.contains(action)) {
                ordered.add(action);
            }
        }
        return new Verdict(shipment.id(), status, journey.stage(), exception, cause, daysLate, eta, silentDays,
                recoverFrom, evidence, ordered, profile.id(), new Explanation(why));
    }

    /** The rules after which nothing is in transit any more: lost, returning, delivered. */
    private boolean terminal() {
        if (journey.lostDeclaration != null) {
            TrackingEvent lost = journey.lostDeclaration;
            lost(lost.reason() == null ? Cause.CARRIER : causeOf(lost.reason()), false);
            why.add(() -> "the carrier declared the parcel lost on " + lost.localDate() + ": LOST");
            return true;
        }
        Stage stage = journey.stage();
        if (stage == Stage.RETURN) {
            status = Status.RETURNING;
            exception = ExceptionType.RETURN_TO_SENDER;
            TrackingEvent back = journey.current().openedBy();
            Reason reason = reasonBefore(back.instant());
            cause = reason == null ? Cause.UNKNOWN : causeOf(reason);
            act(Action.NOTIFY_CUSTOMER, Action.RESHIP_OR_REFUND);
            if (cause == Cause.ADDRESS) {
                actions.add(Action.CONFIRM_ADDRESS);
            }
            if (journey.damage != null) {
                recoverDamage(journey.stageAt(journey.damage.instant()));
            }
            daysLate = daysPastPromise(today);
            Cause returnCause = cause;
            why.add(() -> "returning to the sender since " + back.localDate() + ", cause " + returnCause
                    + ": RETURNING");
            return true;
        }
        if (stage == Stage.DELIVERED) {
            delivered(journey.current().openedBy());
            return true;
        }
        if (journey.reconciliation != null && journey.reconciliation.expired()) {
            // a parcel the carrier never scanned was never shown to be in its hands: it stays with the seller
            lost(Cause.CARRIER, true, stage);
            why.add(() -> "the carrier stopped tracking a parcel still on its way: LOST");
            return true;
        }
        if (notPickedUp()) {
            Instant label = labelSince();
            long waited = Days.between(label, now);
            int threshold = profile.loss().afterSilentDays();
            if (waited > threshold) {
                lost(Cause.CARRIER, true, Stage.LABEL_CREATED);
                why.add(() -> "only a label for " + waited + " days since " + Days.date(days.of(label))
                        + ", beyond the loss threshold of " + threshold + ": LOST");
                return true;
            }
            return false;
        }
        Supplier<String> lossRule = lossRule();
        if (lossRule != null) {
            boolean bySilence = silentDays > profile.loss().afterSilentDays();
            Stage timedStage = timed(stage);
            lost(bySilence ? silenceCause(journey.latest.instant(), timedStage,
                    profile.timing(timedStage).maxSilentDays())
                    : lateCause(), true);
            why.add(() -> lossRule.get() + ": LOST");
            return true;
        }
        return false;
    }

    /** A lost parcel; {@code trace} when the carrier has not yet said so and must look for it. */
    private void lost(Cause lostCause, boolean trace) {
        lost(lostCause, trace, liableStage(journey.stage()));
    }

    /** A lost parcel, recovered from the party of {@code liable}. */
    private void lost(Cause lostCause, boolean trace, Stage liable) {
        status = Status.LOST;
        exception = ExceptionType.LOST;
        cause = lostCause;
        StageLiability liability = StageLiability.of(liable);
        recoverFrom = liability.party();
        evidence.addAll(liability.evidence());
        act(Action.NOTIFY_CUSTOMER, Action.RESHIP_OR_REFUND, Action.FILE_CLAIM);
        if (trace) {
            actions.add(Action.OPEN_CARRIER_TRACE);
        }
        daysLate = daysPastPromise(today);
        Stage lastSeen = journey.stage();
        Party from = recoverFrom;
        why.add(() -> "last seen in " + lastSeen + ": recover from " + from);
    }

    /** A loss before the pickup scan that the carrier still knew of happened in its first mile. */
    private static Stage liableStage(Stage stage) {
        return stage == Stage.LABEL_CREATED ? Stage.FIRST_MILE : stage;
    }

    /** The loss presumption the parcel meets, as its line of the explanation; null if none. */
    private Supplier<String> lossRule() {
        Stage stage = journey.stage();
        LossRule loss = profile.loss();
        LocalDate promised = shipment.promisedBy();
        int silent = silentDays;
        if (journey.latest == null) {
            return null;
        }
        if (silent > loss.afterSilentDays()) {
            return () -> "silent " + silent + " days in " + stage + ", beyond the loss threshold of "
                    + loss.afterSilentDays() + " (" + loss.source() + ")";
        }
        if (promised != null && loss.promiseThreshold().isPresent()
                && today - promised.toEpochDay() > loss.afterPromiseDays()) {
            return () -> "more than " + loss.afterPromiseDays() + " days past the promised " + promised + " ("
                    + loss.source() + ")";
        }
        if (promised == null && loss.startThreshold().isPresent() && journey.start != null
                && Days.between(journey.start, now) > loss.afterStartDays()) {
            return () -> "more than " + loss.afterStartDays() + " days since takeover without a promised date ("
                    + loss.source() + ")";
        }
        return null;
    }

    private void delivered(TrackingEvent deliveryScan) {
        LocalDate deliveredOn = deliveryScan.localDate();
        daysLate = shipment.promisedBy() == null ? 0
                : (int) Math.max(0, deliveredOn.toEpochDay() - shipment.promisedBy().toEpochDay());
        status = daysLate > 0 ? Status.DELIVERED_LATE : Status.DELIVERED;
        LocalDate promised = shipment.promisedBy();
        int late = daysLate;
        Status delivery = status;
        why.add(() -> "delivered on " + deliveredOn + (promised == null ? ", no promised date"
                : ", promised by " + promised + ": " + late + " days late") + ": " + delivery);
        Set<ReportType> reportedAfter = reportsSince(deliveryScan.instant());
        if (reportedAfter.contains(ReportType.NOT_RECEIVED)) {
            exception = ExceptionType.NOT_RECEIVED;
            cause = Cause.CARRIER;
            StageLiability liability = StageLiability.of(Stage.DELIVERED);
            recoverFrom = liability.party();
            evidence.addAll(liability.evidence());
            act(Action.NOTIFY_CUSTOMER, Action.OPEN_CARRIER_TRACE, Action.RESHIP_OR_REFUND);
            why.add(() -> "the buyer reports non-receipt after the delivery scan: NOT_RECEIVED");
        } else if (journey.damage != null || reportedAfter.contains(ReportType.DAMAGED)) {
            exception = ExceptionType.DAMAGED;
            cause = journey.damage != null && journey.damage.reason() != null ? causeOf(journey.damage.reason())
                    : Cause.CARRIER;
            recoverDamage(journey.damage != null ? journey.stageAt(journey.damage.instant()) : Stage.LAST_MILE);
            act(Action.NOTIFY_CUSTOMER, Action.RESHIP_OR_REFUND, Action.FILE_CLAIM);
            String reporter = journey.damage != null ? "the carrier reported damage" : "the buyer reports damage";
            why.add(() -> reporter + ": DAMAGED");
        } else if (reportedAfter.contains(ReportType.WRONG_ITEM) || reportedAfter.contains(ReportType.MISSING_ITEM)) {
            cause = Cause.UNKNOWN;
            recoverFrom = Party.SELLER;
            evidence.addAll(List.of(Evidence.WAREHOUSE_RECORDS, Evidence.PACKING_PHOTOS));
            act(Action.NOTIFY_CUSTOMER, Action.RESHIP_OR_REFUND);
            why.add(() -> "the buyer reports a wrong or missing item: a packing matter for the seller");
        } else if (status == Status.DELIVERED_LATE) {
            cause = lateCause();
            actions.add(Action.FOLLOW_UP);
        }
    }

    private void recoverDamage(Stage stage) {
        StageLiability liability = StageLiability.of(liableStage(stage == Stage.DELIVERED ? Stage.LAST_MILE : stage));
        recoverFrom = liability.party();
        evidence.add(Evidence.PACKING_PHOTOS);
        evidence.addAll(liability.evidence());
    }

    private boolean notPickedUp() {
        if (journey.stage() != Stage.LABEL_CREATED) {
            return false;
        }
        boolean onlyData = journey.labelOnly || (journey.latest == null && shipment.shippedAt() != null);
        Instant since = labelSince();
        if (!onlyData || since == null) {
            return false;
        }
        long waited = Days.between(since, now);
        if (waited <= profile.pickupAllowanceDays()) {
            return false;
        }
        exception = ExceptionType.NOT_PICKED_UP;
        cause = silenceCause(since, Stage.FIRST_MILE, profile.pickupAllowanceDays());
        act(Action.NOTIFY_CUSTOMER, Action.OPEN_CARRIER_TRACE);
        int allowance = profile.pickupAllowanceDays();
        why.add(() -> "only a label for " + waited + " days, beyond the pickup allowance of " + allowance
                + ": NOT_PICKED_UP");
        return true;
    }

    /** When the label was made: the label event, else the hand-over the shop recorded; null without either. */
    private Instant labelSince() {
        return journey.labelAt != null ? journey.labelAt
                : shipment.shippedAt() == null ? null : shipment.shippedAt().toInstant();
    }

    /** An event's code, and how it was read where it came from the carrier's text. */
    private static String described(TrackingEvent event) {
        TextReading reading = event.reading();
        return reading == null ? event.code().name() : event.code() + ", read from the carrier's text by rule "
                + reading.rule() + ", certainty " + reading.certainty();
    }

    private void judgeInTransit() {
        if (exception == ExceptionType.NONE) {
            openException();
        }
        int extraAhead = 0;
        int extra = 0;
        for (Schedule.Impact impact : impacts) {
            extra += impact.extraDays();
            extraAhead += impact.ahead() ? impact.extraDays() : 0;
        }
        Eta window = schedule.eta(extraAhead);
        eta = window;
        int expected = extraAhead;
        why.add(() -> "ETA " + window.earliest() + " / " + window.likely() + " / " + window.latest()
                + " from the remaining stages"
                + (expected == 0 ? "" : " plus " + expected + " days expected for peak seasons and disruptions"));
        LocalDate promised = shipment.promisedBy();
        daysLate = promised == null ? 0 : (int) Math.max(0, window.likely().toEpochDay() - promised.toEpochDay());
        LocalDate normalEnd = promised == null ? normalEnd() : null;
        if (promised != null && today > promised.toEpochDay()) {
            status = Status.DELAYED;
            why.add(() -> "not delivered and the promise of " + promised + " has passed: DELAYED");
        } else if (promised == null && normalEnd != null && today > normalEnd.toEpochDay() + extra) {
            status = Status.DELAYED;
            why.add(() -> "no promised date, and past the lane's normal window ending " + normalEnd + ": DELAYED");
        } else if (exception != ExceptionType.NONE) {
            status = Status.AT_RISK;
            why.add(() -> "an exception is open: AT_RISK");
        } else if (lateLikely(normalEnd)) {
            status = Status.AT_RISK;
            why.add(() -> "likely arrival " + window.likely() + " is after "
                    + (promised != null ? "the promised " + promised
                    : "the lane's normal window ending " + normalEnd) + ": AT_RISK");
        } else if (disruptionAhead()) {
            status = Status.AT_RISK;
            why.add(() -> "a registered disruption lies on the way: AT_RISK");
        } else {
            status = Status.ON_TRACK;
        }
        if (status != Status.ON_TRACK && exception == ExceptionType.NONE) {
            cause = lateCause();
            act(Action.NOTIFY_CUSTOMER, Action.SHARE_TRACKING);
        }
        if (status == Status.DELAYED) {
            actions.add(Action.OFFER_COMPENSATION);
        }
    }

    private boolean lateLikely(LocalDate normalEnd) {
        if (shipment.promisedBy() != null) {
            return eta.likely().isAfter(shipment.promisedBy());
        }
        return normalEnd != null && eta.likely().isAfter(normalEnd);
    }

    /** The last day of the lane's normal window: the start plus the route's 90th percentiles; null without a start. */
    private LocalDate normalEnd() {
        if (journey.start == null) {
            return null;
        }
        double p90 = 0;
        for (Stage stage : journey.route) {
            p90 += profile.timing(stage).p90();
        }
        return Days.date(days.of(journey.start) + (long) Math.ceil(p90));
    }

    /** The exception of a parcel still on its way, from the latest events and the silence. */
    private void openException() {
        Stage stage = journey.stage();
        if (journey.damage != null) {
            exception = ExceptionType.DAMAGED;
            cause = journey.damage.reason() == null ? Cause.CARRIER : causeOf(journey.damage.reason());
            recoverDamage(journey.stageAt(journey.damage.instant()));
            act(Action.NOTIFY_CUSTOMER, Action.RESHIP_OR_REFUND, Action.FILE_CLAIM);
            TrackingEvent damage = journey.damage;
            why.add(() -> "the carrier reported damage on " + damage.localDate() + ": DAMAGED");
        } else if (stage == Stage.EXPORT_CUSTOMS && held(journey.lastExportCustoms, EventCode.EXPORT_HELD)) {
            hold(ExceptionType.EXPORT_HOLD, journey.lastExportCustoms);
        } else if (stage == Stage.IMPORT_CUSTOMS && held(journey.lastImportCustoms, EventCode.IMPORT_HELD)) {
            hold(ExceptionType.CUSTOMS_HOLD, journey.lastImportCustoms);
        } else if (stage == Stage.LAST_MILE && held(journey.lastDeliveryStep, EventCode.DELIVERY_FAILED)) {
            TrackingEvent failed = journey.lastDeliveryStep;
            exception = ExceptionType.DELIVERY_FAILED;
            cause = failed.reason() != null ? causeOf(failed.reason())
                    : disruptionAhead() ? Cause.DISRUPTION : Cause.UNKNOWN;
            act(Action.NOTIFY_CUSTOMER, Action.SHARE_TRACKING);
            if (failed.reason() == Reason.ADDRESS) {
                actions.add(Action.CONFIRM_ADDRESS);
            }
            why.add(() -> "a delivery attempt failed on " + failed.localDate()
                    + (failed.reason() == null ? "" : " (" + failed.reason() + ")") + ": DELIVERY_FAILED");
        } else if (stage == Stage.LAST_MILE && held(journey.lastDeliveryStep, EventCode.AVAILABLE_FOR_PICKUP)) {
            TrackingEvent waiting = journey.lastDeliveryStep;
            exception = ExceptionType.AWAITING_PICKUP;
            cause = waiting.reason() == null ? Cause.RECIPIENT : causeOf(waiting.reason());
            act(Action.NOTIFY_CUSTOMER, Action.SHARE_TRACKING);
            why.add(() -> "waiting at a pickup point since " + waiting.localDate()
                    + (waiting.location() == null ? "" : " (" + waiting.location() + ")") + ": AWAITING_PICKUP");
        } else if (journey.latest != null && silentDays > profile.timing(schedule.current()).maxSilentDays()) {
            Stage timedStage = schedule.current();
            int normal = profile.timing(timedStage).maxSilentDays();
            int silent = silentDays;
            exception = ExceptionType.STALLED;
            cause = silenceCause(journey.latest.instant(), timedStage, normal);
            act(Action.NOTIFY_CUSTOMER, Action.SHARE_TRACKING, Action.OPEN_CARRIER_TRACE);
            why.add(() -> "silent " + silent + " days in " + timedStage + ", longer than its normal " + normal
                    + ": STALLED");
        }
    }

    private static boolean held(TrackingEvent latest, EventCode code) {
        return latest != null && latest.code() == code;
    }

    private void hold(ExceptionType type, TrackingEvent held) {
        exception = type;
        cause = Cause.CUSTOMS;
        act(Action.NOTIFY_CUSTOMER, Action.SHARE_TRACKING);
        if (held.reason() == Reason.DOCUMENTS) {
            actions.add(Action.REQUEST_DOCUMENTS);
        }
        why.add(() -> (type == ExceptionType.EXPORT_HOLD ? "origin" : "destination") + " customs hold since "
                + held.localDate() + (held.reason() == null ? "" : " (" + held.reason() + ")") + ": " + type);
    }

    /**
     * The cause of lateness or silence without an exception of its own: an explicit event reason,
     * then a registered disruption, then a peak season, then the carrier when the record shows
     * unexplained silence, else unknown.
     */
    private Cause lateCause() {
        if (journey.lastWithReason != null) {
            return causeOf(journey.lastWithReason.reason());
        }
        if (touchedBy(Cause.DISRUPTION)) {
            return Cause.DISRUPTION;
        }
        if (touchedBy(Cause.PEAK_SEASON)) {
            return Cause.PEAK_SEASON;
        }
        return unexplainedSilence() ? Cause.CARRIER : Cause.UNKNOWN;
    }

    /**
     * The cause of a silence that began at {@code since} in {@code stage}: the reason the last event
     * gave, else a disruption or peak season that slowed the stage while the silence was still
     * normal ({@code allowance} days), else the carrier. A season that began after the parcel was
     * already overdue does not explain it.
     */
    private Cause silenceCause(Instant since, Stage stage, int allowance) {
        if (journey.latest != null && journey.latest.reason() != null) {
            return causeOf(journey.latest.reason());
        }
        long from = days.of(since);
        if (slowedBy(Cause.DISRUPTION, stage, from, from + allowance)) {
            return Cause.DISRUPTION;
        }
        if (slowedBy(Cause.PEAK_SEASON, stage, from, from + allowance)) {
            return Cause.PEAK_SEASON;
        }
        return Cause.CARRIER;
    }

    /** True when some gap in the record, or the silence now, is longer than its stage allows. */
    private boolean unexplainedSilence() {
        List<TrackingEvent> events = shipment.events();
        if (events.isEmpty()) {
            return shipment.shippedAt() != null;
        }
        Instant previous = events.get(0).instant();
        for (int i = 1; i < events.size(); i++) {
            Instant next = events.get(i).instant();
            long gap = Days.between(previous, next);
            Stage stage = timed(journey.stageAt(previous));
            if (stage.isInTransit() && gap > profile.timing(stage).maxSilentDays()) {
                return true;
            }
            previous = next;
        }
        Stage current = timed(journey.stage());
        return current.isInTransit() && silentDays > profile.timing(current).maxSilentDays();
    }

    private static Stage timed(Stage stage) {
        return stage == Stage.LABEL_CREATED ? Stage.FIRST_MILE : stage;
    }

    private Cause causeOf(Reason reason) {
        return switch (reason) {
            case INSPECTION, DOCUMENTS, DUTIES -> Cause.CUSTOMS;
            case ADDRESS -> Cause.ADDRESS;
            case RECIPIENT_ABSENT, REFUSED, NO_ACCESS -> Cause.RECIPIENT;
            case WEATHER, CONGESTION -> Cause.DISRUPTION;
            case CAPACITY -> touchedBy(Cause.PEAK_SEASON) ? Cause.PEAK_SEASON : Cause.CARRIER;
        };
    }

    /** The most recent reason given at or before {@code instant}; null if none. */
    private Reason reasonBefore(Instant instant) {
        Reason found = null;
        for (TrackingEvent event : shipment.events()) {
            if (!event.instant().isAfter(instant) && event.reason() != null) {
                found = event.reason();
            }
        }
        return found;
    }

    /** The kinds of report the buyer made at or after {@code instant}. */
    private Set<ReportType> reportsSince(Instant instant) {
        Set<ReportType> types = EnumSet.noneOf(ReportType.class);
        for (CustomerReport report : shipment.reports()) {
            if (!report.at().isBefore(instant)) {
                types.add(report.type());
            }
        }
        return types;
    }

    /** True when a peak season or disruption of {@code kind} touches the journey. */
    private boolean touchedBy(Cause kind) {
        for (Schedule.Impact impact : impacts) {
            if (impact.cause() == kind) {
                return true;
            }
        }
        return false;
    }

    /** True when a registered disruption lies on the way ahead. */
    private boolean disruptionAhead() {
        for (Schedule.Impact impact : impacts) {
            if (impact.ahead() && impact.cause() == Cause.DISRUPTION) {
                return true;
            }
        }
        return false;
    }

    /** True when a peak season or disruption of {@code kind} slows {@code stage} on some day of {@code first..last}. */
    private boolean slowedBy(Cause kind, Stage stage, long first, long last) {
        for (Schedule.Impact impact : impacts) {
            if (impact.cause() == kind && impact.covers(stage, first, last)) {
                return true;
            }
        }
        return false;
    }

    /** Adds {@code todo} to the actions. */
    private void act(Action... todo) {
        for (Action action : todo) {
            actions.add(action);
        }
    }

    private int daysPastPromise(long day) {
        return shipment.promisedBy() == null ? 0 : (int) Math.max(0, day - shipment.promisedBy().toEpochDay());
    }

    private int silentDays() {
        Instant last = journey.latest != null ? journey.latest.instant()
                : shipment.shippedAt() != null ? shipment.shippedAt().toInstant() : null;
        return last == null ? 0 : (int) Math.max(0, Days.between(last, now));
    }
}
