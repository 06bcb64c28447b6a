package dev.waybill.learn;

import dev.waybill.delay.Eta;
import dev.waybill.delay.Verdict;
import dev.waybill.delay.VerdictEngine;
import dev.waybill.learn.internal.Timeline;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Replays delivered shipments against one or more verdict engines (bundled profiles, learned ones)
 * and scores the ETA each gives against the real delivery. Each shipment is judged at its
 * checkpoints with only the events known then: {@code LABEL_CREATED} (just after the label),
 * {@code PICKUP_DAY} (the end of the day it was picked up, in the offset of its pickup scan), and
 * each later in-transit stage entered before delivery (named by the stage). The carrier's
 * shipment-level status is left out: it may tell the future.
 *
 * <p>Immutable and thread-safe.
 */
public final class Backtest {

    private final Map<String, VerdictEngine> engines;

    private Backtest(Map<String, VerdictEngine> engines) {
        this.engines = engines;
    }

    /** A backtest of each engine, by the name its rows carry ({@code bundled}, {@code learned}). */
    public static Backtest of(Map<String, VerdictEngine> engines) {
        if (engines.isEmpty()) {
            throw new IllegalArgumentException("no engines to backtest");
        }
        return new Backtest(new LinkedHashMap<>(engines));
    }

    /**
     * One row of scores.
     *
     * @param source      the engine's name
     * @param checkpoint  the checkpoint
     * @param n           shipments scored (those the engine gave an ETA at that checkpoint)
     * @param maeDays     mean absolute error of {@code likely} against the delivery date, in days
     * @param coverage    share delivered inside {@code [earliest, latest]}
     * @param widthDays   mean {@code latest - earliest}, in days
     * @param promiseHit  share delivered by {@code promisedBy}, among those with a promise; NaN if none
     * @param promiseMaeDays  mean absolute error of {@code promisedBy} as an estimate, in days; NaN if none
     * @param promiseWidthDays mean days from the checkpoint's day to {@code promisedBy}: the promise's window
     * @param noEta       shipments at the checkpoint the engine gave no ETA for
     */
    public record Score(String source, String checkpoint, long n, double maeDays, double coverage, double widthDays,
                        double promiseHit, double promiseMaeDays, double promiseWidthDays, long noEta) {
    }

    /** A running tally of one source at one checkpoint. Not thread-safe. */
    private static final class Tally {
        long n;
        double error;
        long covered;
        double width;
        long promised;
        long hit;
        double promiseError;
        double promiseWidth;
        long noEta;
        final long[] errors = new long[2 * ERROR_RANGE + 1];
    }

    /** Signed errors are counted from {@code -ERROR_RANGE} to {@code +ERROR_RANGE} days, the ends open. */
    public static final int ERROR_RANGE = 15;

    /** The running scores of a replay. Not thread-safe. */
    public final class Run {
        private final Map<String, Tally> tallies = new LinkedHashMap<>();
        private long skipped;

        private Run() {
        }

        /** Replays one shipment; one that was never delivered, or whose dates contradict, is skipped. */
        public void add(Shipment shipment) {
            Objects.requireNonNull(shipment, "shipment");
            Timeline timeline = Timeline.of(shipment);
            if (timeline.problem() != null || timeline.delivered() == null || timeline.pickup() == null) {
                skipped++;
                return;
            }
            ZoneOffset zone = shipment.events().stream().filter(e -> e.instant().equals(timeline.pickup()))
                    .findFirst().map(e -> e.at().getOffset()).orElse(ZoneOffset.UTC);
            LocalDate delivered = LocalDate.ofInstant(timeline.delivered(), zone);
            Map<String, Instant> checkpoints = new LinkedHashMap<>();
            if (timeline.label() != null && timeline.label().isBefore(timeline.pickup())) {
                checkpoints.put("LABEL_CREATED", timeline.label());
            }
            Instant pickupDayEnd = LocalDate.ofInstant(timeline.pickup(), zone).atTime(LocalTime.MAX)
                    .truncatedTo(ChronoUnit.SECONDS).toInstant(zone);
            if (pickupDayEnd.isBefore(timeline.delivered())) {
                checkpoints.put("PICKUP_DAY", pickupDayEnd);
            }
            for (int i = 1; i < timeline.entries().size(); i++) {
                Timeline.Entry entry = timeline.entries().get(i);
                if (entry.at().isBefore(timeline.delivered())) {
                    checkpoints.put(entry.stage().name(), entry.at());
                }
            }
            for (Map.Entry<String, Instant> checkpoint : checkpoints.entrySet()) {
                Instant at = checkpoint.getValue();
                Shipment known = known(shipment, at);
                LocalDate today = LocalDate.ofInstant(at, zone);
                for (Map.Entry<String, VerdictEngine> engine : engines.entrySet()) {
                    Tally tally = tallies.computeIfAbsent(engine.getKey() + "\u0000" + checkpoint.getKey(),
                            k -> new Tally());
                    Verdict verdict = engine.getValue().assess(known, at, zone);
                    Eta eta = verdict.eta().orElse(null);
                    if (eta == null) {
                        tally.noEta++;
                        continue;
                    }
                    tally.n++;
                    long signed = ChronoUnit.DAYS.between(eta.likely(), delivered);
                    tally.error += Math.abs(signed);
                    tally.errors[(int) Math.max(-ERROR_RANGE, Math.min(ERROR_RANGE, signed)) + ERROR_RANGE]++;
                    tally.covered += !delivered.isBefore(eta.earliest()) && !delivered.isAfter(eta.latest()) ? 1 : 0;
                    tally.width += ChronoUnit.DAYS.between(eta.earliest(), eta.latest());
                    if (shipment.promisedBy().isPresent()) {
                        tally.promised++;
                        tally.hit += delivered.isAfter(shipment.promisedBy().orElseThrow()) ? 0 : 1;
                        tally.promiseError += Math.abs(ChronoUnit.DAYS.between(shipment.promisedBy().orElseThrow(), delivered));
                        tally.promiseWidth += Math.max(0, ChronoUnit.DAYS.between(today, shipment.promisedBy().orElseThrow()));
                    }
                }
            }
        }

        /**
         * How many deliveries came {@code d} days after {@code likely} ({@code d} from {@code -ERROR_RANGE}
         * to {@code +ERROR_RANGE}, the ends counting everything beyond), at index {@code d + ERROR_RANGE}.
         */
        public long[] errors(String source, String checkpoint) {
            Tally tally = tallies.get(source + "\u0000" + checkpoint);
            return tally == null ? new long[2 * ERROR_RANGE + 1] : tally.errors.clone();
        }

        /** Shipments skipped: never delivered, never picked up, or contradictory. */
        public long skipped() {
            return skipped;
        }

        /** The scores so far, by source, then checkpoint in the order first seen. */
        public List<Score> scores() {
            List<Score> scores = new ArrayList<>();
            for (String source : engines.keySet()) {
                for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
                    String[] key = entry.getKey().split("\u0000", 2);
                    if (!key[0].equals(source)) {
                        continue;
                    }
                    Tally t = entry.getValue();
                    double n = t.n;
                    scores.add(new Score(source, key[1], t.n, t.error / n, t.covered / n, t.width / n,
                            t.promised == 0 ? Double.NaN : t.hit / (double) t.promised,
                            t.promised == 0 ? Double.NaN : t.promiseError / t.promised,
                            t.promised == 0 ? Double.NaN : t.promiseWidth / t.promised, t.noEta));
                }
            }
            return scores;
        }
    }

    /** A new replay. */
    public Run run() {
        return new Run();
    }

    /** Replays {@code shipments} and answers the scores. */
    public List<Score> score(Iterable<Shipment> shipments) {
        Run run = run();
        shipments.forEach(run::add);
        return run.scores();
    }

    /** {@code shipment} as it was known at {@code at}: the events and reports until then, no carrier status. */
    static Shipment known(Shipment shipment, Instant at) {
        List<TrackingEvent> events = new ArrayList<>();
        for (TrackingEvent event : shipment.events()) {
            if (!event.instant().isAfter(at)) {
                events.add(event);
            }
        }
        return shipment.toBuilder().events(events)
                .reports(shipment.reports().stream().filter(r -> !r.at().isAfter(at)).toList())
                .carrierStatus(null).build();
    }
}
