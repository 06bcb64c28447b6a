package dev.waybill.delay;

import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TrackingEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A parcel's journey laid out in days against its transit profile: the stages it went through,
 * the one it is in, and the remaining stages projected forward at their medians. From it come the
 * ETA window and the peak seasons and disruptions the journey runs into.
 */
final class Schedule {

    /**
     * Days a parcel spent, spends or is expected to spend in one stage.
     *
     * @param stage the stage
     * @param days  the days
     */
    record Span(Stage stage, DateRange days) {
    }

    /**
     * A peak season or disruption that touches the journey.
     *
     * @param description what it is and when, for the explanation
     * @param extraDays   the days it adds
     * @param cause       {@link Cause#PEAK_SEASON} or {@link Cause#DISRUPTION}
     * @param ahead       true when it touches today or a stage still ahead, so it moves the ETA
     * @param window      the days it lasts
     * @param stages      the stages of this lane it slows
     */
    record Impact(String description, int extraDays, Cause cause, boolean ahead, DateRange window,
                  Set<Stage> stages) {

        /** True when it slows {@code stage} at some point of {@code days}. */
        boolean covers(Stage stage, DateRange days) {
            return stages.contains(stage) && window.overlaps(days);
        }
    }

    private static final double MINUTES_PER_DAY = 24 * 60;
    private static final int SEASON_HORIZON_YEARS = 2;

    private final TransitProfile profile;
    private final LocalDate today;
    private final Stage current;
    private final double elapsed;
    private final List<Span> spans;
    private final double remainingEarliest;
    private final double remainingLikely;
    private final double remainingLatest;

    private Schedule(TransitProfile profile, LocalDate today, Stage current, double elapsed, List<Span> spans,
                     double remainingEarliest, double remainingLikely, double remainingLatest) {
        this.profile = profile;
        this.today = today;
        this.current = current;
        this.elapsed = elapsed;
        this.spans = spans;
        this.remainingEarliest = remainingEarliest;
        this.remainingLikely = remainingLikely;
        this.remainingLatest = remainingLatest;
    }

    static Schedule of(TransitProfile profile, Journey journey, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Span> spans = new ArrayList<>();
        List<Journey.Visit> visits = journey.visits;
        for (int i = 0; i + 1 < visits.size(); i++) {
            Journey.Visit visit = visits.get(i);
            if (visit.from() != null) {
                LocalDate from = LocalDate.ofInstant(visit.from(), zone);
                LocalDate to = LocalDate.ofInstant(visits.get(i + 1).from(), zone);
                spans.add(new Span(timed(visit.stage()), DateRange.of(from, to.isBefore(from) ? from : to)));
            }
        }
        Stage stage = journey.stage();
        if (!stage.isInTransit() && stage != Stage.LABEL_CREATED) {
            return new Schedule(profile, today, stage, 0, List.copyOf(spans), 0, 0, 0);
        }
        Stage current = timed(stage);
        Instant entered = journey.current().from();
        double elapsed = entered == null ? 0 : Math.max(0, Duration.between(entered, now).toMinutes() / MINUTES_PER_DAY);
        StageTiming timing = profile.timing(current);
        double[] remaining = remaining(timing, elapsed, journey.latest);
        LocalDate from = entered == null ? today : min(LocalDate.ofInstant(entered, zone), today);
        LocalDate end = today.plusDays((long) Math.ceil(remaining[1]));
        spans.add(new Span(current, DateRange.of(from, end)));
        List<Stage> route = profile.route();
        for (int i = route.indexOf(current) + 1; i < route.size(); i++) {
            LocalDate next = end.plusDays((long) Math.ceil(profile.timing(route.get(i)).p50()));
            spans.add(new Span(route.get(i), DateRange.of(end, next)));
            end = next;
        }
        return new Schedule(profile, today, current, elapsed, List.copyOf(spans),
                remaining[0], remaining[1], remaining[2]);
    }

    /** Before pickup the parcel is timed as first mile. */
    private static Stage timed(Stage stage) {
        return stage == Stage.LABEL_CREATED ? Stage.FIRST_MILE : stage;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Days left in the current stage: earliest, likely, latest. Before the median the stage runs
     * its course; between median and 90th percentile it is expected halfway to the 90th; past the
     * 90th it is overdue and expected to move within a day. Out for delivery means today; a failed
     * attempt means the next day at the earliest.
     */
    private static double[] remaining(StageTiming timing, double elapsed, TrackingEvent latest) {
        EventCode latestCode = latest == null ? null : latest.code();
        if (latestCode == EventCode.OUT_FOR_DELIVERY) {
            return new double[] {0, 0, 1};
        }
        if (latestCode == EventCode.DELIVERY_FAILED) {
            return new double[] {1, 1, Math.max(2, timing.p90() - timing.p50() + 1)};
        }
        double p10 = timing.p10();
        double p50 = timing.p50();
        double p90 = timing.p90();
        if (elapsed < p50) {
            return new double[] {Math.max(0, p10 - elapsed), p50 - elapsed, p90 - elapsed};
        }
        if (elapsed < p90) {
            return new double[] {0, (p90 - elapsed) / 2, p90 - elapsed};
        }
        return new double[] {0, 1, 1 + (p90 - p50)};
    }

    /** The stage the parcel is timed in (first mile before pickup). */
    Stage current() {
        return current;
    }

    /** Days spent in the current stage so far. */
    double elapsed() {
        return elapsed;
    }

    /** The peak seasons and disruptions that touch the journey, past or ahead. */
    List<Impact> impacts(Lane lane, PeakCalendar peaks, List<Disruption> disruptions) {
        List<Impact> impacts = new ArrayList<>();
        for (Disruption disruption : disruptions) {
            Boolean ahead = touches(span -> disruption.affects(lane, span.stage()), disruption.window());
            if (ahead != null) {
                Set<Stage> stages = EnumSet.noneOf(Stage.class);
                disruption.stages().stream().filter(stage -> disruption.affects(lane, stage)).forEach(stages::add);
                impacts.add(new Impact(disruption.kind().name().toLowerCase(java.util.Locale.ROOT) + " disruption '"
                        + disruption.id() + "' (" + disruption.description() + ", " + disruption.window() + ")",
                        disruption.extraDays(), Cause.DISRUPTION, ahead, disruption.window(), stages));
            }
        }
        if (spans.isEmpty()) {
            return impacts;
        }
        // Events dated after today leave the spans out of calendar order: take the outer days.
        // Only seasons within a few years of today can matter; a mistyped year must not make this loop long.
        LocalDate earliest = spans.get(0).days().from();
        LocalDate latest = spans.get(0).days().to();
        for (Span span : spans) {
            earliest = min(earliest, span.days().from());
            latest = max(latest, span.days().to());
        }
        LocalDate first = max(earliest, today.minusYears(SEASON_HORIZON_YEARS));
        LocalDate last = min(latest, today.plusYears(SEASON_HORIZON_YEARS));
        if (last.isBefore(first)) {
            return impacts;
        }
        for (PeakSeason season : peaks.seasons()) {
            if (!season.appliesTo(lane)) {
                continue;
            }
            for (DateRange occurrence : peaks.occurrences(season, first, last)) {
                Boolean ahead = touches(span -> season.stages().contains(span.stage()), occurrence);
                if (ahead != null) {
                    impacts.add(new Impact("peak season " + season.name() + " (" + occurrence + ")",
                            season.extraDays(), Cause.PEAK_SEASON, ahead, occurrence, season.stages()));
                }
            }
        }
        return impacts;
    }

    /**
     * Whether {@code window} overlaps a span of a matching stage: null if not at all, true if the
     * overlap is today or later, false if it lies wholly in the past.
     */
    private Boolean touches(java.util.function.Predicate<Span> stageMatches, DateRange window) {
        Boolean touched = null;
        for (Span span : spans) {
            if (stageMatches.test(span) && span.days().overlaps(window)) {
                boolean ahead = !window.to().isBefore(today) && !span.days().to().isBefore(today);
                touched = Boolean.TRUE.equals(touched) || ahead;
            }
        }
        return touched;
    }

    /** The ETA window from today: the current stage's remainder plus the stages ahead, plus extra days. */
    Eta eta(int extraDays) {
        double earliest = remainingEarliest;
        double likely = remainingLikely;
        double latest = remainingLatest;
        List<Stage> route = profile.route();
        for (int i = route.indexOf(current) + 1; i < route.size(); i++) {
            StageTiming timing = profile.timing(route.get(i));
            earliest += timing.p10();
            likely += timing.p50();
            latest += timing.p90();
        }
        return Eta.of(today.plusDays((long) Math.ceil(earliest)),
                today.plusDays((long) Math.ceil(likely) + extraDays),
                today.plusDays((long) Math.ceil(latest) + extraDays));
    }
}
