package dev.waybill.delay;

import dev.waybill.liability.Evidence;
import dev.waybill.liability.Party;
import dev.waybill.liability.StageLiability;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.ReportType;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TextReading;
import dev.waybill.shipment.TrackingEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The verdict rules, in order of precedence. Each reads the shared {@link Facts} and, when it
 * fires, writes what it decides into the {@link Findings} with its line of the explanation.
 *
 * <p>A rule that settles the status (lost, returning, delivered) ends the parcel's time in
 * transit: the rules after it run only if they apply to every parcel ({@link #always}). The
 * exception rules ({@link #DAMAGED} to {@link #STALLED}) open at most one exception between them,
 * the first that fires.
 */
enum VerdictRule {

    /** What the verdict is judged against and where the parcel stands: always the first lines. */
    CONTEXT(true) {
        @Override
        boolean apply(Facts facts, Findings findings) {
            TransitProfile profile = facts.profile();
            String profileId = profile.id();
            Basis basis = profile.basis();
            Lane lane = facts.shipment().lane();
            findings.explain(() -> "judged against transit profile " + profileId + " ("
                    + basis.name().toLowerCase(Locale.ROOT) + (basis == Basis.LEARNED ? ": " + profile.source() : "")
                    + ") for lane " + lane);
            Journey.Visit visit = facts.journey().current();
            int silent = facts.silentDays();
            findings.explain(() -> "stage " + visit.stage() + (visit.openedBy() == null ? "" : " since "
                    + visit.openedBy().localDate() + " (" + described(visit.openedBy()) + ")")
                    + "; " + silent + (silent == 1 ? " whole day" : " whole days") + " since the latest event");
            Journey.Reconciliation reconciliation = facts.journey().reconciliation;
            if (reconciliation != null && reconciliation.why() != null) {
                findings.explain(reconciliation::why);
            }
            if (!facts.shipment().crossesCustoms() && facts.shipment().isInternational()) {
                findings.explain(() -> "origin and destination share a customs territory: no customs stages");
            }
            for (Schedule.Impact impact : facts.impacts()) {
                findings.explain(impact::explained);
            }
            return true;
        }
    },

    /** The carrier declared the parcel lost: LOST. */
    LOSS_DECLARED(false) {
        @Override
        boolean apply(Facts facts, Findings findings) {
            TrackingEvent lost = facts.journey().lostDeclaration;
            if (lost == null) {
                return false;
            }
            findings.lost(facts, lost.reason().isEmpty() ? Cause.CARRIER : facts.causeOf(lost.reason().get()), false);
            findings.explain(() -> "the carrier declared the parcel lost on " + lost.localDate() + ": LOST");
            return true;
        }
    },

    /** The parcel is on its way back to the sender: RETURNING, with the cause the events gave before. */
    RETURN_TO_SENDER(false) {
        @Override
        boolean apply(Facts facts, Findings findings) {
            Journey journey = facts.journey();
            if (journey.stage() != Stage.RETURN) {
                return false;
            }
            findings.status = Status.RETURNING;
            findings.exception = ExceptionType.RETURN_TO_SENDER;
            TrackingEvent back = journey.current().openedBy();
            Reason reason = facts.reasonBefore(back.instant());
            Cause returnCause = reason == null ? Cause.UNKNOWN : facts.causeOf(reason);
            findings.cause = returnCause;
            findings.act(Action.NOTIFY_CUSTOMER, Action.RESHIP_OR_REFUND);
            if (returnCause == Cause.ADDRESS) {
                findings.actions.add(Action.CONFIRM_ADDRESS);
            }
            if (journey.damage != null) {
                findings.recoverDamage(journey.stageAt(journey.damage.instant()));
            }
            findings.daysLate = facts.daysPastPromise(facts.today());
            findings.explain(() -> "returning to the sender since " + back.localDate() + ", cause " + returnCause
                    + ": RETURNING");
            return true;
        }
    },

    /**
     * The carrier delivered: DELIVERED or DELIVERED_LATE, then what the buyer reported after the
     * scan (non-receipt, damage, a wrong or missing item).
     */
    DELIVERED(false) {
        @Override
        boolean apply(Facts facts, Findings findings) {
            Journey journey = facts.journey();
            if (journey.stage() != Stage.DELIVERED) {
                return false;
            }
            TrackingEvent deliveryScan = journey.current().openedBy();
            LocalDate deliveredOn = deliveryScan.localDate();
            LocalDate promised = facts.shipment().promisedBy().orElse(null);
            int late = promised == null ? 0 : (int) Math.max(0, deliveredOn.toEpochDay() - promised.toEpochDay());
            Status delivery = late > 0 ? Status.DELIVERED_LATE : Status.DELIVERED;
            findings.daysLate = late;
            findings.status = delivery;
            findings.explain(() -> "delivered on " + deliveredOn + (promised == null ? ", no promised date"
                    : ", promised by " + promised + ": " + late + " days late") + ": " + delivery);
            Set<ReportType> reportedAfter = facts.reportsSince(deliveryScan.instant());
            TrackingEvent damage = journey.damage;
            if (reportedAfter.contains(ReportType.NOT_RECEIVED)) {
                findings.exception = ExceptionType.NOT_RECEIVED;
                findings.cause = Cause.CARRIER;
                StageLiability liability = StageLiability.of(Stage.DELIVERED);
                findings.recoverFrom = liability.party();
                findings.evidence.addAll(liability.evidence());
                findings.act(Action.NOTIFY_CUSTOMER, Action.OPEN_CARRIER_TRACE, Action.RESHIP_OR_REFUND);
                findings.explain(() -> "the buyer reports non-receipt after the delivery scan: NOT_RECEIVED");
            } else if (damage != null || reportedAfter.contains(ReportType.DAMAGED)) {
                findings.exception = ExceptionType.DAMAGED;
                findings.cause = damage != null && damage.reason().isPresent() ? facts.causeOf(damage.reason().get())
                        : Cause.CARRIER;
                findings.recoverDamage(damage != null ? journey.stageAt(damage.instant()) : Stage.LAST_MILE);
                findings.act(Action.NOTIFY_CUSTOMER, Action.RESHIP_OR_REFUND, Action.FILE_CLAIM);
                String reporter = damage != null ? "the carrier reported damage" : "the buyer reports damage";
                findings.explain(() -> reporter + ": DAMAGED");
            } else if (reportedAfter.contains(ReportType.WRONG_ITEM)
                    || reportedAfter.contains(ReportType.MISSING_ITEM)) {
                findings.cause = Cause.UNKNOWN;
                findings.recoverFrom = Party.SELLER;
                findings.evidence.addAll(List.of(Evidence.WAREHOUSE_RECORDS, Evidence.PACKING_PHOTOS));
                findings.act(Action.NOTIFY_CUSTOMER, Action.RESHIP_OR_REFUND);
                findings.explain(() -> "the buyer reports a wrong or missing item: a packing matter for the seller");
            } else if (delivery == Status.DELIVERED_LATE) {
                findings.cause = facts.lateCause();
                findings.actions.add(Action.FOLLOW_UP);
            }
            return true;
        }
    },

    /**
     * The carrier stopped tracking a parcel still on its way: LOST. One the carrier never scanned
     * was never shown to be in its hands, so it stays with the seller.
     */
    TRACKING_EXPIRED(false) {
        @Override
        boolean apply(Facts facts, Findings findings) {
            Journey.Reconciliation reconciliation = facts.journey().reconciliation;
            if (reconciliation == null || !reconciliation.expired()) {
                return false;
            }
            findings.lost(facts, Cause.CARRIER, true, facts.stage());
            findings.explain(() -> "the carrier stopped tracking a parcel still on its way: LOST");
            return true;
        }
    },

    /** Only a label, for longer than the pickup allowance: NOT_PICKED_UP (the status is decided later). */
    NOT_PICKED_UP(false) {
        @Override
        boolean apply(Facts facts, Findings findings) {
            Journey journey = facts.journey();
            if (journey.stage() != Stage.LABEL_CREATED) {
                return false;
            }
            boolean onlyData = journey.labelOnly || (journey.latest == null && facts.shipment().shippedAt().isPresent());
            Instant since = facts.labelSince();
            if (!onlyData || since == null) {
                return false;
            }
            long waited = Days.between(since, facts.now());
            int allowance = facts.profile().pickupAllowanceDays();
            if (waited <= allowance) {
                return false;
            }
            findings.exception = ExceptionType.NOT_PICKED_UP;
            findings.cause = facts.silenceCause(since, Stage.FIRST_MILE, allowance);
            findings.act(Action.NOTIFY_CUSTOMER, Action.OPEN_CARRIER_TRACE);
            findings.explain(() -> "only a label for " + waited + " days, beyond the pickup allowance of " + allowance
                    + ": NOT_PICKED_UP");
            return true;
        }
    },

    /** A label never picked up, waiting beyond the loss threshold: LOST, recovered from the first mile. */
    LABEL_LOST(false) {
        @Override
        boolean apply(Facts facts, Findings findings) {
            if (findings.exception != ExceptionType.NOT_PICKED_UP) {
                return false;
            }
            Instant label = facts.labelSince();
            long waited = Days.between(label, facts.now());
            int threshold = facts.profile().loss().afterSilentDays();
            if (waited <= threshold) {
                return false;
            }
            findings.lost(facts, Cause.CARRIER, true, Stage.LABEL_CREATED);
            Days days = facts.days();
            findings.explain(() -> "only a label for " + waited + " days since " + Days.date(days.of(label))
                    + ", beyond the loss threshold of " + threshold + ": LOST");
            return true;
        }
    },

    /**
     * A loss presumed by the lane's rule: silent beyond the loss threshold, or too long past the
     * promise (or since takeover without one): LOST. Not for a label still waiting for pickup.
     */
    LOSS_PRESUMED(false) {
        @Override
        boolean apply(Facts facts, Findings findings) {
            if (findings.exception != ExceptionType.NONE) {
                return false;
            }
            Supplier<String> lossRule = presumption(facts);
            if (lossRule == null) {
                return false;
            }
            boolean bySilence = facts.silentDays() > facts.profile().loss().afterSilentDays();
            Stage timedStage = Facts.timed(facts.stage());
            findings.lost(facts, bySilence ? facts.silenceCause(facts.journey().latest.instant(), timedStage,
                    facts.profile().timing(timedStage).maxSilentDays())
                    : facts.lateCause(), true);
            findings.explain(() -> lossRule.get() + ": LOST");
            return true;
        }
    },

    /** The carrier reported damage on the way: DAMAGED. */
    DAMAGED(false) {
        @Override
        boolean apply(Facts facts, Findings findings) {
            TrackingEvent damage = facts.journey().damage;
            if (findings.exception != ExceptionType.NONE || damage == null) {
                return false;
            }
            findings.exception = ExceptionType.DAMAGED;
            findings.cause = damage.reason().isEmpty() ? Cause.CARRIER : facts.causeOf(damage.reason().get());
            findings.recoverDamage(facts.journey().stageAt(damage.instant()));
            findings.act(Action.NOTIFY_CUSTOMER, Action.RESHIP_OR_REFUND, Action.FILE_CLAIM);
            findings.explain(() -> "the carrier reported damage on " + damage.localDate() + ": DAMAGED");
            return true;
        }
    },

    /** Held by export customs (EXPORT_HOLD) or by the destination's (CUSTOMS_HOLD). */
    CUSTOMS_HOLD(false) {
        @Override
        boolean apply(Facts facts, Findings findings) {
            if (findings.exception != ExceptionType.NONE) {
                return false;
            }
            Journey journey = facts.journey();
            Stage stage = journey.stage();
            if (stage == Stage.EXPORT_CUSTOMS && held(journey.lastExportCustoms, EventCode.EXPORT_HELD)) {
                hold(findings, ExceptionType.EXPORT_HOLD, journey.lastExportCustoms);
                return true;
            }
            if (stage == Stage.IMPORT_CUSTOMS && held(journey.lastImportCustoms, EventCode.IMPORT_HELD)) {
                hold(findings, ExceptionType.CUSTOMS_HOLD, journey.lastImportCustoms);
                return true;
            }
            return false;
        }
    },

    /** The latest delivery attempt failed: DELIVERY_FAILED. */
    DELIVERY_FAILED(false) {
        @Override
        boolean apply(Facts facts, Findings findings) {
            Journey journey = facts.journey();
            if (findings.exception != ExceptionType.NONE || journey.stage() != Stage.LAST_MILE
                    || !held(journey.lastDeliveryStep, EventCode.DELIVERY_FAILED)) {
                return false;
            }
            TrackingEvent failed = journey.lastDeliveryStep;
            findings.exception = ExceptionType.DELIVERY_FAILED;
            findings.cause = failed.reason().isPresent() ? facts.causeOf(failed.reason().get())
                    : facts.disruptionAhead() ? Cause.DISRUPTION : Cause.UNKNOWN;
            findings.act(Action.NOTIFY_CUSTOMER, Action.SHARE_TRACKING);
            if (failed.reason().orElse(null) == Reason.ADDRESS) {
                findings.actions.add(Action.CONFIRM_ADDRESS);
            }
            findings.explain(() -> "a delivery attempt failed on " + failed.localDate()
                    + failed.reason().map(reason -> " (" + reason + ")").orElse("") + ": DELIVERY_FAILED");
            return true;
        }
    },

    /** The parcel waits at a pickup point: AWAITING_PICKUP. */
    AWAITING_PICKUP(false) {
        @Override
        boolean apply(Facts facts, Findings findings) {
            Journey journey = facts.journey();
            if (findings.exception != ExceptionType.NONE || journey.stage() != Stage.LAST_MILE
                    || !held(journey.lastDeliveryStep, EventCode.AVAILABLE_FOR_PICKUP)) {
                return false;
            }
            TrackingEvent waiting = journey.lastDeliveryStep;
            findings.exception = ExceptionType.AWAITING_PICKUP;
            findings.cause = waiting.reason().isEmpty() ? Cause.RECIPIENT : facts.causeOf(waiting.reason().get());
            findings.act(Action.NOTIFY_CUSTOMER, Action.SHARE_TRACKING);
            findings.explain(() -> "waiting at a pickup point since " + waiting.localDate()
                    + waiting.location().map(place -> " (" + place + ")").orElse("") + ": AWAITING_PICKUP");
            return true;
        }
    },

    /** Silent longer than the current stage normally is: STALLED. */
    STALLED(false) {
        @Override
        boolean apply(Facts facts, Findings findings) {
            if (findings.exception != ExceptionType.NONE || facts.journey().latest == null) {
                return false;
            }
            Stage timedStage = facts.schedule().current();
            int normal = facts.profile().timing(timedStage).maxSilentDays();
            int silent = facts.silentDays();
            if (silent <= normal) {
                return false;
            }
            findings.exception = ExceptionType.STALLED;
            findings.cause = facts.silenceCause(facts.journey().latest.instant(), timedStage, normal);
            findings.act(Action.NOTIFY_CUSTOMER, Action.SHARE_TRACKING, Action.OPEN_CARRIER_TRACE);
            findings.explain(() -> "silent " + silent + " days in " + timedStage + ", longer than its normal " + normal
                    + ": STALLED");
            return true;
        }
    },

    /** The ETA window from the remaining stages, plus the days peak seasons and disruptions ahead add. */
    ETA(false) {
        @Override
        boolean apply(Facts facts, Findings findings) {
            int extraAhead = 0;
            for (Schedule.Impact impact : facts.impacts()) {
                extraAhead += impact.ahead() ? impact.extraDays() : 0;
            }
            Eta window = facts.schedule().eta(extraAhead);
            findings.eta = window;
            int expected = extraAhead;
            findings.explain(() -> "ETA " + window.earliest() + " / " + window.likely() + " / " + window.latest()
                    + " from the remaining stages"
                    + (expected == 0 ? "" : " plus " + expected + " days expected for peak seasons and disruptions"));
            LocalDate promised = facts.shipment().promisedBy().orElse(null);
            findings.daysLate = promised == null ? 0
                    : (int) Math.max(0, window.likely().toEpochDay() - promised.toEpochDay());
            return true;
        }
    },

    /**
     * The status of a parcel on its way, from the promise (or the lane's normal window), the open
     * exception, the ETA the {@link #ETA} rule wrote and the disruptions ahead; then its cause and
     * actions.
     */
    STATUS(false) {
        @Override
        boolean apply(Facts facts, Findings findings) {
            int extra = 0;
            for (Schedule.Impact impact : facts.impacts()) {
                extra += impact.extraDays();
            }
            Eta window = findings.eta;
            LocalDate promised = facts.shipment().promisedBy().orElse(null);
            LocalDate normalEnd = promised == null ? facts.normalEnd() : null;
            long today = facts.today();
            Status status;
            if (promised != null && today > promised.toEpochDay()) {
                status = Status.DELAYED;
                findings.explain(() -> "not delivered and the promise of " + promised + " has passed: DELAYED");
            } else if (promised == null && normalEnd != null && today > normalEnd.toEpochDay() + extra) {
                status = Status.DELAYED;
                findings.explain(() -> "no promised date, and past the lane's normal window ending " + normalEnd
                        + ": DELAYED");
            } else if (findings.exception != ExceptionType.NONE) {
                status = Status.AT_RISK;
                findings.explain(() -> "an exception is open: AT_RISK");
            } else if (promised != null ? window.likely().isAfter(promised)
                    : normalEnd != null && window.likely().isAfter(normalEnd)) {
                status = Status.AT_RISK;
                findings.explain(() -> "likely arrival " + window.likely() + " is after "
                        + (promised != null ? "the promised " + promised
                        : "the lane's normal window ending " + normalEnd) + ": AT_RISK");
            } else if (facts.disruptionAhead()) {
                status = Status.AT_RISK;
                findings.explain(() -> "a registered disruption lies on the way: AT_RISK");
            } else {
                status = Status.ON_TRACK;
            }
            findings.status = status;
            if (status != Status.ON_TRACK && findings.exception == ExceptionType.NONE) {
                findings.cause = facts.lateCause();
                findings.act(Action.NOTIFY_CUSTOMER, Action.SHARE_TRACKING);
            }
            if (status == Status.DELAYED) {
                findings.actions.add(Action.OFFER_COMPENSATION);
            }
            return true;
        }
    },

    /** A buyer who reported a problem often enough is handed to a person, whatever the status. */
    ESCALATION(true) {
        @Override
        boolean apply(Facts facts, Findings findings) {
            int reports = facts.shipment().reports().size();
            if (reports < facts.escalateAfterReports()) {
                return false;
            }
            findings.actions.add(Action.ESCALATE_TO_AGENT);
            findings.explain(() -> "the buyer reported " + reports + " times: hand over to a person");
            return true;
        }
    };

    /** The rules in order of precedence, shared so that judging allocates no copy of {@code values()}. */
    static final List<VerdictRule> IN_ORDER = List.of(values());

    /** True for a rule that applies whatever the status; the others only while no rule has settled it. */
    final boolean always;

    VerdictRule(boolean always) {
        this.always = always;
    }

    /**
     * Applies this rule: when it fires, writes its decision and its line of the explanation into
     * {@code findings}.
     *
     * @return true when the rule fired
     */
    abstract boolean apply(Facts facts, Findings findings);

    /** The loss presumption the parcel meets, as its line of the explanation; null if none. */
    private static Supplier<String> presumption(Facts facts) {
        Stage stage = facts.stage();
        LossRule loss = facts.profile().loss();
        LocalDate promised = facts.shipment().promisedBy().orElse(null);
        int silent = facts.silentDays();
        Journey journey = facts.journey();
        if (journey.latest == null) {
            return null;
        }
        if (silent > loss.afterSilentDays()) {
            return () -> "silent " + silent + " days in " + stage + ", beyond the loss threshold of "
                    + loss.afterSilentDays() + " (" + loss.source() + ")";
        }
        if (promised != null && loss.promiseThreshold().isPresent()
                && facts.today() - promised.toEpochDay() > loss.afterPromiseDays()) {
            return () -> "more than " + loss.afterPromiseDays() + " days past the promised " + promised + " ("
                    + loss.source() + ")";
        }
        if (promised == null && loss.startThreshold().isPresent() && journey.start != null
                && Days.between(journey.start, facts.now()) > loss.afterStartDays()) {
            return () -> "more than " + loss.afterStartDays() + " days since takeover without a promised date ("
                    + loss.source() + ")";
        }
        return null;
    }

    /** An event's code, and how it was read where it came from the carrier's text. */
    private static String described(TrackingEvent event) {
        TextReading reading = event.reading().orElse(null);
        return reading == null ? event.code().name() : event.code() + ", read from the carrier's text by rule "
                + reading.rule() + ", certainty " + reading.certainty();
    }

    private static boolean held(TrackingEvent latest, EventCode code) {
        return latest != null && latest.code() == code;
    }

    private static void hold(Findings findings, ExceptionType type, TrackingEvent held) {
        findings.exception = type;
        findings.cause = Cause.CUSTOMS;
        findings.act(Action.NOTIFY_CUSTOMER, Action.SHARE_TRACKING);
        if (held.reason().orElse(null) == Reason.DOCUMENTS) {
            findings.actions.add(Action.REQUEST_DOCUMENTS);
        }
        findings.explain(() -> (type == ExceptionType.EXPORT_HOLD ? "origin" : "destination") + " customs hold since "
                + held.localDate() + held.reason().map(reason -> " (" + reason + ")").orElse("") + ": " + type);
    }
}
