package dev.waybill.delay;

import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TrackingEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
     * @param from  the first day, an epoch day
     * @param to    the last day, an epoch day
     */
    record Span(Stage stage, long from, long to) {

        /** True when it shares a day with {@code first..last}. */
        boolean overlaps(long first, long last) {
            return from <= last && first <= to;
        }
    }

    /**
     * A peak season or disruption that touches the journey.
     *
     * @param season     the peak season, or null for a disruption
     * @param disruption the disruption, or null for a peak season
     * @param window     the days it lasts: the season's occurrence, or the disruption's window
     * @param stages     the stages of this lane it slows
     * @param ahead      true when it touches today or a stage still ahead, so it moves the ETA
     * @param extraDays  the days it adds: the season's or disruption's, or the lane's learned peak days
     *                   (counted on one season of the journey, 0 on the others)
     * @param learned    the learned peak days it counts, or null where the calendar's days apply
     */
    record Impact(PeakSeason season, Disruption disruption, DateRange window, Set<Stage> stages, boolean ahead,
                  int extraDays, PeakDays learned) {

        /** {@link Cause#PEAK_SEASON} or {@link Cause#DISRUPTION}. */
        Cause cause() {
            return season != null ? Cause.PEAK_SEASON : Cause.DISRUPTION;
        }

        /** True when it slows {@code stage} on some day of {@code first..last} (epoch days). */
        boolean covers(Stage stage, long first, long last) {
            return stages.contains(stage) && window.from().toEpochDay() <= last && first <= window.to().toEpochDay();
        }

        /** Its line of the explanation. */
        String explained() {
            String what = season != null ? "peak season " + season.name() + " (" + window + ")"
                    : disruption.kind().name().toLowerCase(Locale.ROOT) + " disruption '" + disruption.id() + "' ("
                    + disruption.description() + ", " + window + ")";
            String days = learned == null ? "+" + extraDays + " days expected"
                    : extraDays == 0 ? "counted in the lane's learned peak days"
                    : "+" + extraDays + " days expected (learned peak days: " + learned.source() + ")";
            return what + " touches the journey: " + days + (ahead ? "" : " (already past)");
        }
    }

    private static final double MINUTES_PER_DAY = 24 * 60;
    private static final int SEASON_HORIZON_YEARS = 2;

    private final TransitProfile profile;
    private final List<Stage> route;
    private final long today;
    private final Stage current;
    private final double elapsed;
    private final List<Span> spans;
    private final double remainingEarliest;
    private final double remainingLikely;
    private final double remainingLatest;

    private Schedule(TransitProfile profile, List<Stage> route, long today, Stage current, double elapsed,
                     List<Span> spans, double remainingEarliest, double remainingLikely, double remainingLatest) {
        this.profile = profile;
        this.route = route;
        this.today = today;
        this.current = current;
        this.elapsed = elapsed;
        this.spans = spans;
        this.remainingEarliest = remainingEarliest;
        this.remainingLikely = remainingLikely;
        this.remainingLatest = remainingLatest;
    }

    static Schedule of(TransitProfile profile, Journey journey, Instant now, Days days) {
        long today = days.of(now);
        List<Span> spans = new ArrayList<>(journey.visits.size() + journey.route.size());
        List<Journey.Visit> visits = journey.visits;
        for (int i = 0; i + 1 < visits.size(); i++) {
            Journey.Visit visit = visits.get(i);
            if (visit.from() != null) {
                long from = days.of(visit.from());
                long to = days.of(visits.get(i + 1).from());
                spans.add(new Span(timed(visit.stage()), from, Math.max(from, to)));
            }
        }
        Stage stage = journey.stage();
        if (!stage.isInTransit() && stage != Stage.LABEL_CREATED) {
            return new Schedule(profile, journey.route, today, stage, 0, spans, 0, 0, 0);
        }
        Stage current = timed(stage);
        Instant entered = journey.current().from();
        double elapsed = entered == null ? 0 : Math.max(0, Duration.between(entered, now).toMinutes() / MINUTES_PER_DAY);
        StageTiming timing = profile.timing(current);
        double[] remaining = remaining(timing, elapsed, journey.latest);
        long from = entered == null ? today : Math.min(days.of(entered), today);
        long end = today + (long) Math.ceil(remaining[1]);
        spans.add(new Span(current, from, end));
        List<Stage> route = journey.route;
        for (int i = route.indexOf(current) + 1; i < route.size(); i++) {
            long next = end + (long) Math.ceil(profile.timing(route.get(i)).p50());
            spans.add(new Span(route.get(i), end, next));
            end = next;
        }
        return new Schedule(profile, route, today, current, elapsed, spans, remaining[0], remaining[1], remaining[2]);
    }

    /** Before pickup the parcel is timed as first mile. */
    private static Stage timed(Stage stage) {
        return stage == Stage.LABEL_CREATED ? Stage.FIRST_MILE : stage;
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
            Set<Stage> stages = EnumSet.noneOf(Stage.class);
            for (Stage stage : disruption.stages()) {
                if (disruption.affects(lane, stage)) {
                    stages.add(stage);
                }
            }
            Boolean ahead = touches(disruption.window(), stages);
            if (ahead != null) {
                impacts.add(new Impact(null, disruption, disruption.window(), stages, ahead, disruption.extraDays(),
                        null));
            }
        }
        if (spans.isEmpty()) {
            return impacts;
        }
        // Events dated after today leave the spans out of calendar order: take the outer days.
        // Only seasons within a few years of today can matter; a mistyped year must not make this loop long.
        long earliest = spans.get(0).from();
        long latest = spans.get(0).to();
        for (Span span : spans) {
            earliest = Math.min(earliest, span.from());
            latest = Math.max(latest, span.to());
        }
        LocalDate todayDate = Days.date(today);
        long first = Math.max(earliest, todayDate.minusYears(SEASON_HORIZON_YEARS).toEpochDay());
        long last = Math.min(latest, todayDate.plusYears(SEASON_HORIZON_YEARS).toEpochDay());
        if (last < first) {
            return impacts;
        }
        LocalDate firstDate = Days.date(first);
        LocalDate lastDate = Days.date(last);
        PeakDays learned = profile.peakDays().orElse(null);
        Set<Stage> everyStage = EnumSet.copyOf(route);
        List<Impact> peakImpacts = new ArrayList<>();
        List<PeakSeason> seasons = peaks.seasons();
        for (int s = 0; s < seasons.size(); s++) {
            PeakSeason season = seasons.get(s);
            if (!season.appliesTo(lane)) {
                continue;
            }
            // Learned peak days were measured on whole transits that overlapped a season: any stage counts.
            Set<Stage> slowed = learned == null ? season.stages() : everyStage;
            List<DateRange> occurrences = peaks.occurrences(s, firstDate, lastDate);
            for (int i = 0; i < occurrences.size(); i++) {
                DateRange occurrence = occurrences.get(i);
                Boolean ahead = touches(occurrence, slowed);
                if (ahead != null) {
                    peakImpacts.add(new Impact(season, null, occurrence, slowed, ahead,
                            learned == null ? season.extraDays() : 0, learned));
                }
            }
        }
        if (learned != null && !peakImpacts.isEmpty()) {
            int counted = 0;
            for (int i = 0; i < peakImpacts.size(); i++) {
                if (peakImpacts.get(i).ahead()) {
                    counted = i;
                    break;
                }
            }
            Impact once = peakImpacts.get(counted);
            peakImpacts.set(counted, new Impact(once.season(), null, once.window(), once.stages(), once.ahead(),
                    learned.wholeDays(), learned));
        }
        impacts.addAll(peakImpacts);
        return impacts;
    }

    /**
     * Whether {@code window} overlaps a span of one of {@code stages}: null if not at all, true if the
     * overlap is today or later, false if it lies wholly in the past.
     */
    private Boolean touches(DateRange window, Set<Stage> stages) {
        long first = window.from().toEpochDay();
        long last = window.to().toEpochDay();
        Boolean touched = null;
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            if (stages.contains(span.stage()) && span.overlaps(first, last)) {
                boolean ahead = last >= today && span.to() >= today;
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
        for (int i = route.indexOf(current) + 1; i < route.size(); i++) {
            StageTiming timing = profile.timing(route.get(i));
            earliest += timing.p10();
            likely += timing.p50();
            latest += timing.p90();
        }
        return Eta.of(Days.date(today + (long) Math.ceil(earliest)),
                Days.date(today + (long) Math.ceil(likely) + extraDays),
                Days.date(today + (long) Math.ceil(latest) + extraDays));
    }
}
