package dev.waybill.delay;

import dev.waybill.shipment.CustomerReport;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.ReportType;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TrackingEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What every verdict rule reads about one shipment at one moment, computed once: the journey, the
 * schedule, the peak seasons and disruptions that touch it, and the silence. The questions rules
 * share (the cause of a reason, of lateness, of a silence) are answered here from these facts alone.
 *
 * <p>Immutable.
 *
 * @param shipment             the shipment judged
 * @param profile              its lane's transit profile
 * @param escalateAfterReports how many buyer reports hand the case to a person
 * @param now                  the moment of judgement
 * @param days                 calendar days in the zone of judgement
 * @param today                today, an epoch day
 * @param journey              what the timeline says
 * @param schedule             the stages ahead and their timings
 * @param impacts              the peak seasons and disruptions that touch the journey
 * @param silentDays           whole days since the latest event (or the hand-over)
 */
record Facts(Shipment shipment, TransitProfile profile, int escalateAfterReports, Instant now, Days days, long today,
             Journey journey, Schedule schedule, List<Schedule.Impact> impacts, int silentDays) {

    /** The facts of {@code shipment} judged against {@code profile} at {@code now}, days counted in {@code zone}. */
    static Facts of(Shipment shipment, TransitProfile profile, PeakCalendar peaks, List<Disruption> disruptions,
                    int escalateAfterReports, Instant now, ZoneId zone) {
        Days days = Days.in(zone);
        Journey journey = Journey.of(shipment, now);
        Schedule schedule = Schedule.of(profile, journey, now, days);
        List<Schedule.Impact> impacts = schedule.impacts(shipment.lane(), peaks, disruptions);
        return new Facts(shipment, profile, escalateAfterReports, now, days, days.of(now), journey, schedule, impacts,
                silentDays(shipment, journey, now));
    }

    private static int silentDays(Shipment shipment, Journey journey, Instant now) {
        Instant last = journey.latest != null ? journey.latest.instant()
                : shipment.shippedAt().map(OffsetDateTime::toInstant).orElse(null);
        return last == null ? 0 : (int) Math.max(0, Days.between(last, now));
    }

    /** The stage where the parcel is now, or was last seen. */
    Stage stage() {
        return journey.stage();
    }

    /** A loss before the pickup scan that the carrier still knew of happened in its first mile. */
    static Stage liableStage(Stage stage) {
        return stage == Stage.LABEL_CREATED ? Stage.FIRST_MILE : stage;
    }

    /** The stage whose timing applies: a parcel with only a label is timed as in its first mile. */
    static Stage timed(Stage stage) {
        return stage == Stage.LABEL_CREATED ? Stage.FIRST_MILE : stage;
    }

    /** When the label was made: the label event, else the hand-over the shop recorded; null without either. */
    Instant labelSince() {
        return journey.labelAt != null ? journey.labelAt
                : shipment.shippedAt().map(OffsetDateTime::toInstant).orElse(null);
    }

    /** Days from the promised date to {@code day}, never negative; 0 without a promise. */
    int daysPastPromise(long day) {
        return shipment.promisedBy().map(promised -> (int) Math.max(0, day - promised.toEpochDay())).orElse(0);
    }

    /** The last day of the lane's normal window: the start plus the route's 90th percentiles; null without a start. */
    LocalDate normalEnd() {
        if (journey.start == null) {
            return null;
        }
        double p90 = 0;
        for (Stage stage : journey.route) {
            p90 += profile.timing(stage).p90();
        }
        return Days.date(days.of(journey.start) + (long) Math.ceil(p90));
    }

    /**
     * The cause of lateness or silence without an exception of its own: an explicit event reason,
     * then a registered disruption, then a peak season, then the carrier when the record shows
     * unexplained silence, else unknown.
     */
    Cause lateCause() {
        if (journey.lastWithReason != null) {
            return causeOf(journey.lastWithReason.reason().orElseThrow());
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
    Cause silenceCause(Instant since, Stage stage, int allowance) {
        if (journey.latest != null && journey.latest.reason().isPresent()) {
            return causeOf(journey.latest.reason().get());
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
    boolean unexplainedSilence() {
        List<TrackingEvent> events = shipment.events();
        if (events.isEmpty()) {
            return shipment.shippedAt().isPresent();
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

    /** The cause an event's reason points to. */
    Cause causeOf(Reason reason) {
        return switch (reason) {
            case INSPECTION, DOCUMENTS, DUTIES -> Cause.CUSTOMS;
            case ADDRESS -> Cause.ADDRESS;
            case RECIPIENT_ABSENT, REFUSED, NO_ACCESS -> Cause.RECIPIENT;
            case WEATHER, CONGESTION -> Cause.DISRUPTION;
            case CAPACITY -> touchedBy(Cause.PEAK_SEASON) ? Cause.PEAK_SEASON : Cause.CARRIER;
        };
    }

    /** The most recent reason given at or before {@code instant}; null if none. */
    Reason reasonBefore(Instant instant) {
        Reason found = null;
        for (TrackingEvent event : shipment.events()) {
            if (!event.instant().isAfter(instant) && event.reason().isPresent()) {
                found = event.reason().get();
            }
        }
        return found;
    }

    /** The kinds of report the buyer made at or after {@code instant}. */
    Set<ReportType> reportsSince(Instant instant) {
        Set<ReportType> types = EnumSet.noneOf(ReportType.class);
        for (CustomerReport report : shipment.reports()) {
            if (!report.at().isBefore(instant)) {
                types.add(report.type());
            }
        }
        return types;
    }

    /** True when a peak season or disruption of {@code kind} touches the journey. */
    boolean touchedBy(Cause kind) {
        for (Schedule.Impact impact : impacts) {
            if (impact.cause() == kind) {
                return true;
            }
        }
        return false;
    }

    /** True when a registered disruption lies on the way ahead. */
    boolean disruptionAhead() {
        for (Schedule.Impact impact : impacts) {
            if (impact.ahead() && impact.cause() == Cause.DISRUPTION) {
                return true;
            }
        }
        return false;
    }

    /** True when a peak season or disruption of {@code kind} slows {@code stage} on some day of {@code first..last}. */
    boolean slowedBy(Cause kind, Stage stage, long first, long last) {
        for (Schedule.Impact impact : impacts) {
            if (impact.cause() == kind && impact.covers(stage, first, last)) {
                return true;
            }
        }
        return false;
    }
}
