package dev.waybill.learn;

import dev.waybill.delay.Basis;
import dev.waybill.delay.LaneMatch;
import dev.waybill.delay.LossRule;
import dev.waybill.delay.PeakCalendar;
import dev.waybill.delay.PeakDays;
import dev.waybill.delay.PeakSeason;
import dev.waybill.delay.Place;
import dev.waybill.delay.PromiseBand;
import dev.waybill.delay.StageTiming;
import dev.waybill.delay.TransitProfile;
import dev.waybill.delay.TransitProfiles;
import dev.waybill.learn.internal.PromiseBands;
import dev.waybill.learn.internal.Recency;
import dev.waybill.learn.internal.Shrinkage;
import dev.waybill.learn.internal.SplitConformal;
import dev.waybill.learn.internal.StageSketch;
import dev.waybill.learn.internal.Timeline;
import dev.waybill.policies.transit.TransitPolicies;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.Shipment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Learns transit profiles from a shop's own delivery history, per lane (origin, destination, mode
 * and carrier) and per country pair and mode over all carriers, in the format {@code --profiles}
 * reads, with {@link Basis#LEARNED}.
 *
 * <p>How: each shipment's timeline is read into stage visits (a stage lasts from the event that
 * entered it to the one that entered the next, or to delivery), streamed per lane and stage into
 * t-digests; a parcel still on its way when the history ends is censored there, and the stage's
 * duration is the Kaplan–Meier estimate over delivered and censored parcels, recent months weighing
 * more. One parcel in {@link Builder#heldBackEvery(int) five} (by id) is held back: the learned
 * window {@code [p10, p90]} is widened or narrowed on them by split conformal calibration until it
 * holds {@code coverage} of them, the recent ones weighing more (weighted split conformal). Each
 * figure is then shrunk toward the wider lane's (and that one
 * toward the bundled profile's) by the number of deliveries behind it. Where a lane has enough
 * deliveries with a promise, it is also cut into {@link Builder#promiseBands(int) promise bands} of
 * about equal counts by the promised lead (the days from the label to {@code promisedBy}), each
 * learned the same way, shrunk toward the lane and calibrated on its own held-back parcels: the
 * verdict engine judges a parcel against the band of its promise. A stage of the route that the
 * lane's history never shows an event for (a carrier that scans only pickup and delivery) takes no
 * time of its own: its time is in the stage before it, as the verdict engine will read such
 * parcels too. Contradictory records (delivered before pickup, a transit over a year) are dropped and
 * counted.
 *
 * <p>Immutable and thread-safe; each {@link #session()} is not.
 *
 * <pre>{@code
 * TransitLearner.Session session = TransitLearner.builder().coverage(0.8).build().session();
 * shipments.forEach(session::add);
 * LearnedProfiles learned = session.result();
 * Files.writeString(Path.of("learned.json"), learned.toJson());
 * }</pre>
 */
public final class TransitLearner {

    /** The share of deliveries {@code [earliest, latest]} should hold unless told otherwise. */
    public static final double DEFAULT_COVERAGE = 0.8;

    /** The default half-life of held-back deliveries in the calibration. */
    public static final double DEFAULT_CALIBRATION_HALF_LIFE_DAYS = 60;

    private static final int MIN_HELD_BACK = 20;

    /** Promised leads are binned by this many days; the promise bands are cut at bin edges. */
    static final int LEAD_BIN_DAYS = 3;
    /** Leads of {@code LEAD_BIN_DAYS * (LEAD_BINS - 1)} days or more share the last bin. */
    static final int LEAD_BINS = 21;
    /** Promise bands of about equal counts per lane by default: chosen on a validation split (see the README). */
    public static final int DEFAULT_PROMISE_BANDS = 3;
    /** What a lane's figure is worth against its promise band's, in deliveries, by default: chosen likewise. */
    public static final double DEFAULT_BAND_PRIOR_STRENGTH = 10;
    /** Peak deliveries a lane needs before its own peak days replace the calendar's, by default (a judgement). */
    public static final int DEFAULT_MIN_PEAK_DELIVERIES = 30;

    private final double coverage;
    private final TransitProfiles priors;
    private final double halfLifeDays;
    private final double calibrationHalfLifeDays;
    private final double priorStrength;
    private final int heldBackEvery;
    private final int promiseBands;
    private final double bandPriorStrength;
    private final PeakCalendar peakCalendar;
    private final int minPeakDeliveries;

    private TransitLearner(Builder builder) {
        this.coverage = builder.coverage;
        this.priors = builder.priors;
        this.halfLifeDays = builder.halfLifeDays;
        this.calibrationHalfLifeDays = builder.calibrationHalfLifeDays;
        this.priorStrength = builder.priorStrength;
        this.heldBackEvery = builder.heldBackEvery;
        this.promiseBands = builder.promiseBands;
        this.bandPriorStrength = builder.bandPriorStrength;
        this.peakCalendar = builder.peakCalendar;
        this.minPeakDeliveries = builder.minPeakDeliveries;
    }

    /** A builder with coverage 0.8, the bundled profiles as priors, a half-year half-life. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new learning session: add shipments, then take the result. */
    public Session session() {
        return new Session();
    }

    /** Learns from {@code shipments} in one go. */
    public LearnedProfiles learn(Iterable<Shipment> shipments) {
        Session session = session();
        shipments.forEach(session::add);
        return session.result();
    }

    /** The target coverage of the window. */
    public double coverage() {
        return coverage;
    }

    /** The lead bin of {@code shipment}'s promised lead, or -1 without a promise. */
    private static int leadBin(Shipment shipment) {
        OptionalInt lead = PromiseBand.promisedLead(shipment);
        return lead.isEmpty() ? -1 : Math.min(LEAD_BINS - 1, lead.getAsInt() / LEAD_BIN_DAYS);
    }

    /** The learned lane a shipment's figures go to: a carrier's lane, or (carrier null) its country pair. */
    private record Key(Lane lane) {
        Key wider() {
            return new Key(lane.withCarrier(null));
        }
    }

    /** What is streamed for one lane: a sketch per stage, the wait for pickup, counts and the period. */
    private static final class LaneData {
        final Map<Stage, StageSketch> stages = new EnumMap<>(Stage.class);
        /** The stages again per bin of promised lead: the promise bands are cut from them. */
        final Map<Integer, Map<Stage, StageSketch>> byLead = new TreeMap<>();
        final long[] leadDeliveries = new long[LEAD_BINS];
        final StageSketch pickupWait = new StageSketch();
        /** Pickup to delivery of the normal parcels, and of the peak ones (learned apart). */
        final StageSketch transit = StageSketch.small();
        final StageSketch peakTransit = StageSketch.small();
        /** The names of the seasons peak parcels touched, and the calendar's days they would have had, summed. */
        final Set<String> peakSeasons = new TreeSet<>();
        double peakCalendarDays;
        Instant peakFirst;
        Instant peakLast;
        long delivered;
        long open;
        long heldBack;
        Instant first;
        Instant last;

        StageSketch stage(Stage stage) {
            return stages.computeIfAbsent(stage, s -> new StageSketch());
        }

        /** The sketch of {@code stage} among parcels of lead bin {@code bin}; null for no promise (bin -1). */
        StageSketch stage(Stage stage, int bin) {
            return bin < 0 ? null : byLead.computeIfAbsent(bin, b -> new EnumMap<>(Stage.class))
                    .computeIfAbsent(stage, s -> StageSketch.small());
        }

        void seen(Instant at) {
            first = first == null || at.isBefore(first) ? at : first;
            last = last == null || at.isAfter(last) ? at : last;
        }

        void peakSeen(Instant at) {
            peakFirst = peakFirst == null || at.isBefore(peakFirst) ? at : peakFirst;
            peakLast = peakLast == null || at.isAfter(peakLast) ? at : peakLast;
        }

        void addAll(LaneData other) {
            other.stages.forEach((stage, sketch) -> stage(stage).addAll(sketch));
            other.byLead.forEach((bin, sketches) -> sketches.forEach(
                    (stage, sketch) -> stage(stage, bin).addAll(sketch)));
            for (int i = 0; i < LEAD_BINS; i++) {
                leadDeliveries[i] += other.leadDeliveries[i];
            }
            pickupWait.addAll(other.pickupWait);
            transit.addAll(other.transit);
            peakTransit.addAll(other.peakTransit);
            peakSeasons.addAll(other.peakSeasons);
            peakCalendarDays += other.peakCalendarDays;
            if (other.peakFirst != null) {
                peakSeen(other.peakFirst);
                peakSeen(other.peakLast);
            }
            delivered += other.delivered;
            open += other.open;
            heldBack += other.heldBack;
            if (other.first != null) {
                seen(other.first);
                seen(other.last);
            }
        }
    }

    /** What one shipment was to the learner. */
    public enum Outcome {
        /** A delivered parcel learned from. */
        LEARNED,
        /** A delivered parcel held back to calibrate the window. */
        HELD_BACK,
        /** A parcel still on its way: censored at the end of the history. */
        CENSORED,
        /**
         * Picked up, and its transit (pickup to delivery, or to the end of the history) overlaps a peak
         * season of the calendar that applies to its lane: learned apart, never in the normal figures.
         */
        PEAK,
        /** Returned or lost, or never picked up: no transit time to learn. */
        NO_TRANSIT,
        /** Its dates contradict each other: dropped. */
        DROPPED
    }

    /**
     * One learning pass over a history. Not thread-safe.
     */
    public final class Session {
        private final Map<Key, LaneData> lanes = new LinkedHashMap<>();
        private final Map<String, Long> dropped = new TreeMap<>();
        private Instant end;

        private Session() {
        }

        /** Adds one shipment of the history; answers what it was. */
        public Outcome add(Shipment shipment) {
            Objects.requireNonNull(shipment, "shipment");
            for (var event : shipment.events()) {
                if (end == null || event.instant().isAfter(end)) {
                    end = event.instant();
                }
            }
            Timeline timeline = Timeline.of(shipment);
            if (timeline.problem() != null) {
                dropped.merge(timeline.problem(), 1L, Long::sum);
                return Outcome.DROPPED;
            }
            if (timeline.ended()) {
                return Outcome.NO_TRANSIT;
            }
            Key key = new Key(shipment.lane());
            LaneData lane = lanes.computeIfAbsent(key, k -> new LaneData());
            if (timeline.pickup() != null && peak(shipment, timeline, lane)) {
                return Outcome.PEAK;
            }
            boolean heldBack = timeline.delivered() != null
                    && Math.floorMod(shipment.id().hashCode(), heldBackEvery) == 0;
            if (timeline.label() != null) {
                double labelDay = Timeline.epochDay(timeline.label());
                if (timeline.pickup() != null) {
                    double wait = Math.max(0, Timeline.days(timeline.label(), timeline.pickup()));
                    if (heldBack) {
                        lane.pickupWait.heldBack(labelDay, wait);
                    } else {
                        lane.pickupWait.completed(labelDay, wait);
                    }
                } else if (timeline.delivered() == null) {
                    lane.pickupWait.open(labelDay);
                }
            }
            if (timeline.pickup() == null) {
                return timeline.delivered() == null && timeline.label() != null ? Outcome.CENSORED : Outcome.NO_TRANSIT;
            }
            lane.seen(timeline.pickup());
            int bin = leadBin(shipment);
            List<Timeline.Entry> entries = timeline.entries();
            for (int i = 0; i < entries.size(); i++) {
                Timeline.Entry entry = entries.get(i);
                Instant next = i + 1 < entries.size() ? entries.get(i + 1).at() : timeline.delivered();
                double startDay = Timeline.epochDay(entry.at());
                double days = next == null ? Double.NaN : Math.max(0, Timeline.days(entry.at(), next));
                record(lane.stage(entry.stage()), startDay, days, heldBack);
                record(lane.stage(entry.stage(), bin), startDay, days, heldBack);
            }
            if (timeline.delivered() != null && bin >= 0) {
                lane.leadDeliveries[bin]++;
            }
            if (!heldBack) {
                record(lane.transit, Timeline.epochDay(timeline.pickup()), transitDays(timeline), false);
            }
            if (timeline.delivered() == null) {
                lane.open++;
                return Outcome.CENSORED;
            }
            if (heldBack) {
                lane.heldBack++;
                return Outcome.HELD_BACK;
            }
            lane.delivered++;
            return Outcome.LEARNED;
        }

        /**
         * True when the parcel's transit (pickup to delivery, or to the history's latest event so far)
         * overlaps a peak season of the calendar for its lane; then it is counted into the lane's peak
         * figures (the calendar's days it would have had among them), and nowhere else.
         */
        private boolean peak(Shipment shipment, Timeline timeline, LaneData lane) {
            Instant until = timeline.delivered() != null ? timeline.delivered() : end;
            LocalDate from = LocalDate.ofInstant(timeline.pickup(), ZoneOffset.UTC);
            LocalDate to = LocalDate.ofInstant(until.isBefore(timeline.pickup()) ? timeline.pickup() : until,
                    ZoneOffset.UTC);
            int calendarDays = 0;
            boolean touched = false;
            for (PeakSeason season : peakCalendar.seasons()) {
                if (season.appliesTo(shipment.lane()) && !peakCalendar.occurrences(season, from, to).isEmpty()) {
                    touched = true;
                    calendarDays += season.extraDays();
                    lane.peakSeasons.add(season.name());
                }
            }
            if (!touched) {
                return false;
            }
            lane.peakCalendarDays += calendarDays;
            lane.peakSeen(timeline.pickup());
            record(lane.peakTransit, Timeline.epochDay(timeline.pickup()), transitDays(timeline), false);
            return true;
        }

        /** Pickup to delivery in days; NaN while still on its way. */
        private static double transitDays(Timeline timeline) {
            return timeline.delivered() == null ? Double.NaN
                    : Math.max(0, Timeline.days(timeline.pickup(), timeline.delivered()));
        }

        /** A stage visit of {@code days} (NaN: still open when the history ends) into {@code sketch}, if any. */
        private static void record(StageSketch sketch, double startDay, double days, boolean heldBack) {
            if (sketch == null) {
                return;
            }
            if (Double.isNaN(days)) {
                sketch.open(startDay);
            } else if (heldBack) {
                sketch.heldBack(startDay, days);
            } else {
                sketch.completed(startDay, days);
            }
        }

        /** The learned profiles of every lane seen, and the counts behind them. */
        public LearnedProfiles result() {
            double endDay = end == null ? 0 : Timeline.epochDay(end);
            Map<Key, LaneData> wider = new LinkedHashMap<>();
            for (Map.Entry<Key, LaneData> entry : lanes.entrySet()) {
                wider.computeIfAbsent(entry.getKey().wider(), k -> new LaneData()).addAll(entry.getValue());
            }
            List<TransitProfile> profiles = new ArrayList<>();
            List<LearnedProfiles.LaneFigures> figures = new ArrayList<>();
            Map<Key, TransitProfile> widerProfiles = new LinkedHashMap<>();
            for (Map.Entry<Key, LaneData> entry : wider.entrySet()) {
                TransitProfile prior = priors.profileFor(entry.getKey().lane());
                Learned learned = learn(entry.getKey(), entry.getValue(), prior, prior, endDay, null);
                widerProfiles.put(entry.getKey(), learned.profile());
                profiles.add(learned.profile());
                figures.add(learned.figures());
            }
            for (Map.Entry<Key, LaneData> entry : lanes.entrySet()) {
                if (entry.getKey().lane().carrier().isEmpty()) {
                    continue;
                }
                Key widerKey = entry.getKey().wider();
                Learned learned = learn(entry.getKey(), entry.getValue(), widerProfiles.get(widerKey),
                        priors.profileFor(entry.getKey().lane()), endDay, wider.get(widerKey));
                profiles.add(learned.profile());
                figures.add(learned.figures());
            }
            return new LearnedProfiles(profiles, figures, Map.copyOf(dropped), coverage);
        }
    }

    private record Learned(TransitProfile profile, LearnedProfiles.LaneFigures figures) {
    }

    /**
     * The timing learned for one set of stage sketches (a lane's, or one promise band's).
     *
     * @param stages     the shrunk timing of each stage of the route
     * @param figures    the raw figures behind each
     * @param maxSilent  the longest normal silence of any stage
     */
    private record Timings(Map<Stage, StageTiming> stages, Map<Stage, LearnedProfiles.StageFigures> figures,
                           int maxSilent) {
    }

    /**
     * Learns each stage of {@code route} from {@code sketches}, shrunk toward {@code parent} (worth
     * {@code strength} deliveries); the window is calibrated on the sketches' own held-back visits,
     * or on {@code fallback}'s where they have fewer than {@value #MIN_HELD_BACK}.
     */
    private Timings timings(List<Stage> route, Map<Stage, StageSketch> sketches, boolean delivered,
                            Map<Stage, StageTiming> parent, double strength, Map<Stage, StageSketch> fallback,
                            double endDay) {
        Map<Stage, StageTiming> stages = new EnumMap<>(Stage.class);
        Map<Stage, LearnedProfiles.StageFigures> stageFigures = new EnumMap<>(Stage.class);
        int maxSilent = 1;
        for (Stage stage : route) {
            StageSketch sketch = sketches.get(stage);
            StageTiming parentTiming = parent.get(stage);
            if (sketch == null || sketch.completedCount() + sketch.openCount() + sketch.heldBackCount() == 0) {
                stages.put(stage, delivered ? StageTiming.of(0, 0, 0, 1) : parentTiming);
                maxSilent = Math.max(maxSilent, delivered ? 1 : parentTiming.maxSilentDays());
                stageFigures.put(stage, new LearnedProfiles.StageFigures(0, 0, 0, 0, Double.NaN, Double.NaN,
                        Double.NaN, 0));
                continue;
            }
            StageSketch.Estimate estimate = sketch.estimate(endDay, halfLifeDays);
            double lo = estimate.curve().quantileOrHorizon((1 - coverage) / 2);
            double mid = estimate.curve().quantileOrHorizon(0.5);
            double hi = estimate.curve().quantileOrHorizon((1 + coverage) / 2);
            double widening = 0;
            StageSketch calibration = sketch;
            if (sketch.heldBackCount() < MIN_HELD_BACK && fallback != null && fallback.get(stage) != null) {
                calibration = fallback.get(stage);
            }
            if (!Double.isNaN(lo) && !Double.isNaN(hi) && calibration.heldBackCount() >= MIN_HELD_BACK) {
                StageSketch.Calibration held = calibration.calibration(endDay, calibrationHalfLifeDays);
                widening = SplitConformal.widening(lo, hi, held.cdf(), held.effectiveN(), coverage);
                if (Double.isInfinite(widening)) {
                    widening = 0;
                }
            }
            double n = sketch.completedCount() + sketch.openCount();
            double p10 = Math.max(0, Shrinkage.toward(lo - widening, n, parentTiming.p10(), strength));
            double p50 = Math.max(p10, Shrinkage.toward(mid, n, parentTiming.p50(), strength));
            double p90 = Math.max(p50, Shrinkage.toward(hi + widening, n, parentTiming.p90(), strength));
            double q95 = estimate.curve().quantileOrHorizon(0.95);
            int silent = (int) Math.max(1, Math.ceil(Shrinkage.toward(q95, n, parentTiming.maxSilentDays(),
                    strength)));
            maxSilent = Math.max(maxSilent, silent);
            stages.put(stage, StageTiming.of(round(p10), round(p50), round(p90), silent));
            stageFigures.put(stage, new LearnedProfiles.StageFigures(sketch.completedCount(), sketch.openCount(),
                    sketch.heldBackCount(), n, lo, mid, hi, widening));
        }
        return new Timings(stages, stageFigures, maxSilent);
    }

    private Learned learn(Key key, LaneData data, TransitProfile parent, TransitProfile bundled, double endDay,
                          LaneData widerData) {
        Lane lane = key.lane();
        List<Stage> route = TransitProfile.route(lane.isDomestic());
        Timings own = timings(route, data.stages, data.delivered + data.heldBack > 0, parent.stages(), priorStrength,
                widerData == null ? null : widerData.stages, endDay);
        List<Band> bands = new ArrayList<>();
        int maxSilent = own.maxSilent();
        for (int[] range : PromiseBands.cut(data.leadDeliveries, LEAD_BIN_DAYS, promiseBands,
                (long) promiseBands * MIN_HELD_BACK)) {
            Map<Stage, StageSketch> merged = new EnumMap<>(Stage.class);
            long deliveries = 0;
            for (Map.Entry<Integer, Map<Stage, StageSketch>> bin : data.byLead.entrySet()) {
                int binFrom = bin.getKey() * LEAD_BIN_DAYS;
                if (binFrom >= range[0] && binFrom < range[1]) {
                    deliveries += data.leadDeliveries[bin.getKey()];
                    bin.getValue().forEach((stage, sketch) -> merged.computeIfAbsent(stage, s -> new StageSketch())
                            .addAll(sketch));
                }
            }
            Timings timings = timings(route, merged, deliveries > 0, own.stages(), bandPriorStrength, data.stages,
                    endDay);
            maxSilent = Math.max(maxSilent, timings.maxSilent());
            bands.add(new Band(range[0], range[1], deliveries, timings));
        }
        StageSketch.Estimate wait = data.pickupWait.estimate(endDay, halfLifeDays);
        double waitP90 = wait.curve().steps().isEmpty() ? Double.NaN : wait.curve().quantileOrHorizon(0.9);
        int pickupAllowance = (int) Math.ceil(Shrinkage.toward(waitP90,
                data.pickupWait.completedCount() + data.pickupWait.openCount(), parent.pickupAllowanceDays(),
                priorStrength));
        LossRule loss = new LossRule(Math.max(bundled.loss().afterSilentDays(), maxSilent + 1),
                bundled.loss().afterPromiseDays(), bundled.loss().afterStartDays(), bundled.loss().source()
                + (bundled.loss().afterSilentDays() > maxSilent ? "" : "; silence threshold raised above the learned"
                + " normal silence of " + maxSilent + " days"));
        long n = data.delivered + data.heldBack;
        LocalDate from = data.first == null ? null : LocalDate.ofInstant(data.first, ZoneOffset.UTC);
        LocalDate to = data.last == null ? null : LocalDate.ofInstant(data.last, ZoneOffset.UTC);
        String period = " picked up " + from + " to " + to;
        Peak peak = peakDays(data, endDay);
        String source = "learned from " + n + " deliveries" + (data.open > 0 ? " and " + data.open + " still on their way"
                : "") + period + " (" + data.heldBack + " held back to calibrate the window"
                + " to " + Math.round(coverage * 100) + "%); shrunk toward " + parent.id() + "; recent months weigh more"
                + " (half-life " + halfLifeDays + " days, " + calibrationHalfLifeDays + " in the calibration); calendar days"
                + (bands.isEmpty() ? "" : "; by promised lead in " + bands.size() + " promise bands") + "; " + peak.why();
        String id = "LEARNED-" + lane.origin() + "-" + lane.destination() + "-" + lane.mode()
                + lane.carrier().map(carrier -> "-" + carrier.toUpperCase(Locale.ROOT)).orElse("");
        LaneMatch match = new LaneMatch(new Place.Country(lane.origin()), new Place.Country(lane.destination()),
                lane.mode(), lane.isDomestic(), Optional.empty(), lane.carrier());
        List<PromiseBand> promiseBands = new ArrayList<>();
        List<LearnedProfiles.BandFigures> bandFigures = new ArrayList<>();
        for (Band band : bands) {
            String bandId = PromiseBand.id(id, band.from(), band.to());
            String bandSource = "learned from " + band.deliveries() + " deliveries promised " + band.from()
                    + (band.to() == PromiseBand.UNBOUNDED ? " or more" : " to " + (band.to() - 1))
                    + " days after the label," + period + "; shrunk toward " + id + "; calendar days";
            promiseBands.add(new PromiseBand(band.from(), band.to(), new TransitProfile(bandId, match,
                    band.timings().stages(), pickupAllowance, loss, Basis.LEARNED, bandSource, List.of(),
                    peak.days())));
            bandFigures.add(new LearnedProfiles.BandFigures(bandId, band.from(), band.to(), band.deliveries(),
                    band.timings().figures()));
        }
        TransitProfile profile = new TransitProfile(id, match, own.stages(), pickupAllowance, loss, Basis.LEARNED,
                source, promiseBands, peak.days());
        return new Learned(profile, new LearnedProfiles.LaneFigures(id, lane, data.delivered, data.open, data.heldBack,
                data.peakTransit.completedCount(), data.peakTransit.openCount(),
                from, to, parent.id(), bundled.id(), own.figures(), bandFigures));
    }

    /** A lane's peak days (null: the calendar's apply) and the words that say why, for the profile's source. */
    private record Peak(PeakDays days, String why) {
    }

    /**
     * The lane's peak days: the median transit of its peak parcels less that of its normal ones, with
     * at least {@code minPeakDeliveries} peak parcels, shrunk toward the calendar's mean days for those
     * parcels by their count.
     */
    private Peak peakDays(LaneData data, double endDay) {
        long n = data.peakTransit.completedCount() + data.peakTransit.openCount();
        if (n == 0) {
            return new Peak(null, "no parcel's transit touched a peak season: the peak calendar's days apply");
        }
        String apart = "peak seasons: " + n + " parcels whose transit touched " + String.join(", ", data.peakSeasons)
                + " learned apart";
        if (n < minPeakDeliveries) {
            return new Peak(null, apart + "; the peak calendar's days apply (fewer than " + minPeakDeliveries
                    + " peak parcels)");
        }
        double peakMedian = data.peakTransit.estimate(endDay, halfLifeDays).curve().quantileOrHorizon(0.5);
        double normalMedian = data.transit.estimate(endDay, halfLifeDays).curve().quantileOrHorizon(0.5);
        if (Double.isNaN(peakMedian) || Double.isNaN(normalMedian)) {
            return new Peak(null, apart + "; the peak calendar's days apply (no median to compare)");
        }
        double raw = Math.max(0, peakMedian - normalMedian);
        double calendar = data.peakCalendarDays / n;
        double days = round(Shrinkage.toward(raw, n, calendar, priorStrength));
        String period = LocalDate.ofInstant(data.peakFirst, ZoneOffset.UTC) + " to "
                + LocalDate.ofInstant(data.peakLast, ZoneOffset.UTC);
        String source = "learned from " + n + " peak parcels picked up " + period + " (" + String.join(", ",
                data.peakSeasons) + "): median pickup to delivery " + round(peakMedian) + " days against "
                + round(normalMedian) + " for the others, +" + round(raw) + ", shrunk toward the calendar's "
                + round(calendar) + " by count";
        return new Peak(new PeakDays(days, n, source), apart + "; learned peak days +" + days + " from " + n
                + " peak parcels picked up " + period + " replace the calendar's");
    }

    /** A promise band cut from the lead bins: {@code [from, to)} days of promised lead. */
    private record Band(int from, int to, long deliveries, Timings timings) {
    }

    private static double round(double days) {
        return Math.round(days * 100) / 100.0;
    }

    /** Builds a {@link TransitLearner}. Not thread-safe. */
    public static final class Builder {
        private double coverage = DEFAULT_COVERAGE;
        private TransitProfiles priors = TransitPolicies.defaultProfiles();
        private double halfLifeDays = Recency.DEFAULT_HALF_LIFE_DAYS;
        private double priorStrength = Shrinkage.DEFAULT_STRENGTH;
        private double calibrationHalfLifeDays = DEFAULT_CALIBRATION_HALF_LIFE_DAYS;
        private int heldBackEvery = 5;
        private int promiseBands = DEFAULT_PROMISE_BANDS;
        private double bandPriorStrength = DEFAULT_BAND_PRIOR_STRENGTH;
        private PeakCalendar peakCalendar = TransitPolicies.defaultPeakCalendar();
        private int minPeakDeliveries = DEFAULT_MIN_PEAK_DELIVERIES;

        private Builder() {
        }

        /**
         * The peak seasons whose parcels are learned apart from the normal ones: the bundled calendar by
         * default, the one the verdict engine applies; give the shop's own where it replaces it.
         */
        public Builder peakCalendar(PeakCalendar calendar) {
            this.peakCalendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * Peak parcels a lane needs before it learns its own peak days
         * ({@value TransitLearner#DEFAULT_MIN_PEAK_DELIVERIES} by default); with fewer, the calendar's days apply.
         */
        public Builder minPeakDeliveries(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("minPeakDeliveries must be at least 1, got " + count);
            }
            this.minPeakDeliveries = count;
            return this;
        }

        /**
         * How many promise bands of about equal counts a lane is cut into
         * ({@value TransitLearner#DEFAULT_PROMISE_BANDS} by default); 0 or 1 for none. A lane gets bands
         * only with at least 20 deliveries with a promise per band.
         */
        public Builder promiseBands(int bands) {
            if (bands < 0 || bands > LEAD_BINS) {
                throw new IllegalArgumentException("promiseBands must be between 0 and " + LEAD_BINS + ", got " + bands);
            }
            this.promiseBands = bands;
            return this;
        }

        /** How many deliveries a lane's figure is worth against one of its promise bands; 10 by default. */
        public Builder bandPriorStrength(double strength) {
            if (!(strength >= 0)) {
                throw new IllegalArgumentException("bandPriorStrength must not be negative, got " + strength);
            }
            this.bandPriorStrength = strength;
            return this;
        }

        /** The share of deliveries {@code [earliest, latest]} should hold, in (0, 1); 0.8 by default. */
        public Builder coverage(double coverage) {
            if (!(coverage > 0 && coverage < 1)) {
                throw new IllegalArgumentException("coverage must be between 0 and 1, got " + coverage);
            }
            this.coverage = coverage;
            return this;
        }

        /** The profiles a lane with little history shrinks toward; the bundled ones by default. */
        public Builder priors(TransitProfiles priors) {
            this.priors = Objects.requireNonNull(priors, "priors");
            return this;
        }

        /** Days after which a delivery counts half as much as the newest; half a year by default. */
        public Builder halfLifeDays(double halfLifeDays) {
            Recency.weight(0, halfLifeDays);
            this.halfLifeDays = halfLifeDays;
            return this;
        }

        /**
         * Days after which a held-back delivery counts half as much in the calibration of the window
         * (weighted split conformal); 60 by default, so the window follows a lane that is slowing down.
         */
        public Builder calibrationHalfLifeDays(double days) {
            Recency.weight(0, days);
            this.calibrationHalfLifeDays = days;
            return this;
        }

        /** How many deliveries the wider lane's figure is worth; 20 by default. */
        public Builder priorStrength(double priorStrength) {
            if (!(priorStrength >= 0)) {
                throw new IllegalArgumentException("priorStrength must not be negative, got " + priorStrength);
            }
            this.priorStrength = priorStrength;
            return this;
        }

        /** One delivered parcel in {@code every} (by id) is held back for calibration; 5 by default. */
        public Builder heldBackEvery(int every) {
            if (every < 2) {
                throw new IllegalArgumentException("heldBackEvery must be at least 2, got " + every);
            }
            this.heldBackEvery = every;
            return this;
        }

        /** The learner. */
        public TransitLearner build() {
            return new TransitLearner(this);
        }
    }
}
