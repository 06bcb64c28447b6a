package dev.waybill.learn;

import com.tdunning.math.stats.MergingDigest;
import com.tdunning.math.stats.TDigest;
import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import dev.waybill.delay.TransitProfile;
import dev.waybill.delay.Verdict;
import dev.waybill.delay.VerdictEngine;
import dev.waybill.learn.internal.Svg;
import dev.waybill.learn.internal.Svg.Bar;
import dev.waybill.learn.internal.Svg.Html;
import dev.waybill.learn.internal.Timeline;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A self-contained HTML report of a shop's shipments: exception rates by lane and carrier, transit
 * time distributions, deliveries on time against the promise, the calibration of the ETA, the stage
 * where delays arise and the carrier that did best on each lane, each chart an inline SVG with the
 * numbers behind it in a table below, and the number of shipments behind every figure. No script and
 * nothing fetched: the file reads offline and on a phone.
 *
 * <p>Immutable and thread-safe; each {@link #run()} is not.
 *
 * <pre>{@code
 * HistoryReport.Run run = HistoryReport.of(engine, now).run();
 * shipments.forEach(run::add);
 * Files.writeString(dir.resolve("index.html"), run.html());
 * }</pre>
 */
public final class HistoryReport {

    private static final int BINS = 31;
    private static final int MOST_GROUPS = 12;
    /** Stages where a delay can arise, as rows of the report: the wait for pickup first. */
    private static final String PICKUP_WAIT = "waiting for pickup";

    private final VerdictEngine engine;
    private final Instant now;
    private final ZoneId zone;

    private HistoryReport(VerdictEngine engine, Instant now, ZoneId zone) {
        this.engine = engine;
        this.now = now;
        this.zone = zone;
    }

    /** A report judging open shipments with {@code engine} at {@code now}, counting days in {@code zone}. */
    public static HistoryReport of(VerdictEngine engine, Instant now, ZoneId zone) {
        return new HistoryReport(Objects.requireNonNull(engine, "engine"), Objects.requireNonNull(now, "now"),
                Objects.requireNonNull(zone, "zone"));
    }

    /** A new report to add shipments to. */
    public Run run() {
        return new Run();
    }

    /** What is counted for one lane and carrier. */
    private static final class Group {
        long shipments;
        long delivered;
        long promised;
        long onTime;
        long withException;
        final Map<ExceptionType, Long> exceptions = new EnumMap<>(ExceptionType.class);
        final TDigest transit = new MergingDigest(100);
        final long[] bins = new long[BINS];
        final long[] lateness = new long[BINS];
    }

    /** A report being filled. Not thread-safe. */
    public final class Run {
        private final Map<Lane, Group> groups = new LinkedHashMap<>();
        private final Map<String, Long> delayStages = new LinkedHashMap<>();
        private final Backtest.Run calibration = Backtest.of(Map.of("profiles", engine)).run();
        private long dropped;
        private long lateDeliveries;

        private Run() {
            delayStages.put(PICKUP_WAIT, 0L);
            for (Stage stage : List.of(Stage.FIRST_MILE, Stage.EXPORT_CUSTOMS, Stage.LINEHAUL, Stage.IMPORT_CUSTOMS,
                    Stage.LAST_MILE)) {
                delayStages.put(stage.name(), 0L);
            }
        }

        /** Adds one shipment. */
        public void add(Shipment shipment) {
            Timeline timeline = Timeline.of(shipment);
            if (timeline.problem() != null) {
                dropped++;
                return;
            }
            Group group = groups.computeIfAbsent(shipment.lane(), k -> new Group());
            group.shipments++;
            Verdict verdict = engine.assess(shipment, now, zone);
            boolean exception = verdict.exception() != ExceptionType.NONE || verdict.status() == Status.DELAYED
                    || verdict.status() == Status.LOST || verdict.status() == Status.DELIVERED_LATE
                    || verdict.status() == Status.RETURNING;
            if (verdict.exception() != ExceptionType.NONE) {
                group.exceptions.merge(verdict.exception(), 1L, Long::sum);
            }
            group.withException += exception ? 1 : 0;
            if (timeline.delivered() == null) {
                return;
            }
            group.delivered++;
            ZoneOffset offset = shipment.events().get(shipment.events().size() - 1).at().getOffset();
            LocalDate deliveredOn = LocalDate.ofInstant(timeline.delivered(), offset);
            if (timeline.pickup() != null) {
                double days = timeline.transitDays();
                group.transit.add(days);
                group.bins[(int) Math.min(BINS - 1, Math.floor(days))]++;
            }
            if (shipment.promisedBy().isPresent()) {
                group.promised++;
                long late = deliveredOn.toEpochDay() - shipment.promisedBy().orElseThrow().toEpochDay();
                group.onTime += late <= 0 ? 1 : 0;
                group.lateness[(int) Math.max(0, Math.min(BINS - 1, late + 15))]++;
                if (late > 0) {
                    lateDeliveries++;
                    delayStages.merge(whereDelayed(shipment, timeline), 1L, Long::sum);
                }
            }
            calibration.add(shipment);
        }

        /** The stage that ran furthest past its profile's (or promise band's) 90th percentile (or its pickup allowance). */
        private String whereDelayed(Shipment shipment, Timeline timeline) {
            TransitProfile profile = engine.profiles().profileFor(shipment.lane()).forShipment(shipment);
            String worst = null;
            double excess = Double.NEGATIVE_INFINITY;
            if (timeline.label() != null && timeline.pickup() != null) {
                excess = Timeline.days(timeline.label(), timeline.pickup()) - profile.pickupAllowanceDays();
                worst = PICKUP_WAIT;
            }
            List<Timeline.Entry> entries = timeline.entries();
            for (int i = 0; i < entries.size(); i++) {
                Instant end = i + 1 < entries.size() ? entries.get(i + 1).at() : timeline.delivered();
                Stage stage = entries.get(i).stage();
                double over = Timeline.days(entries.get(i).at(), end) - (profile.route().contains(stage)
                        ? profile.timing(stage).p90() : 0);
                if (over > excess) {
                    excess = over;
                    worst = stage.name();
                }
            }
            return worst == null ? Stage.FIRST_MILE.name() : worst;
        }

        /** The report as one HTML document. */
        public String html() {
            StringBuilder html = new StringBuilder();
            long total = groups.values().stream().mapToLong(g -> g.shipments).sum();
            html.append("""
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>Waybill report</title>
                    <style>
                    body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:820px;\
                    padding:12px;color:#1b1f24;background:#fff}
                    h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #d0d7de}
                    figure{margin:0}svg{display:block;max-width:100%;height:auto}
                    svg .b{fill:#3b7dd8}svg .l,svg .v,svg .t{font-size:19px;fill:#1b1f24}svg .a{stroke:#57606a}
                    .scroll{overflow-x:auto}table{border-collapse:collapse;margin:.6em 0;font-size:.9em}
                    th,td{padding:3px 8px;border-bottom:1px solid #eaeef2;text-align:right;white-space:nowrap}
                    th:first-child,td:first-child{text-align:left}caption{text-align:left;color:#57606a}
                    </style></head><body>
                    """);
            html.append("<h1>Waybill report</h1>\n<p>").append(total).append(" shipments on ").append(groups.size())
                    .append(" lanes and carriers, judged at ").append(Html.escape(now.toString()))
                    .append(dropped > 0 ? "; " + dropped + " records with contradictory dates left out" : "")
                    .append(".</p>\n");
            List<Map.Entry<Lane, Group>> ordered = new ArrayList<>(groups.entrySet());
            ordered.sort(Comparator.comparingLong((Map.Entry<Lane, Group> e) -> -e.getValue().shipments)
                    .thenComparing(e -> e.getKey().toString()));
            exceptions(html, ordered);
            transit(html, ordered);
            onTime(html, ordered);
            calibration(html);
            delayStages(html);
            bestCarriers(html, ordered);
            return html.append("</body></html>\n").toString();
        }

        private void exceptions(StringBuilder html, List<Map.Entry<Lane, Group>> groups) {
            List<Bar> bars = new ArrayList<>();
            for (Map.Entry<Lane, Group> e : top(groups)) {
                Group g = e.getValue();
                bars.add(new Bar(name(e.getKey()), share(g.withException, g.shipments),
                        percent(g.withException, g.shipments) + " of " + g.shipments));
            }
            section(html, "exceptions", "Exception rates by lane and carrier",
                    Svg.bars("Share of shipments with an exception or late, by lane and carrier", bars, 1),
                    "An exception: an open problem at " + now + " (" + "stalled, held, failed delivery, ...), "
                            + "or delayed, lost, returning or delivered late.");
            StringBuilder table = tableStart("Exceptions by lane and carrier", "lane and carrier", "n", "with exception",
                    "share", "by type");
            for (Map.Entry<Lane, Group> e : groups) {
                Group g = e.getValue();
                StringBuilder types = new StringBuilder();
                g.exceptions.forEach((type, count) -> types.append(types.length() == 0 ? "" : ", ").append(type)
                        .append(' ').append(count));
                row(table, name(e.getKey()), g.shipments, g.withException, percent(g.withException, g.shipments),
                        types.length() == 0 ? "none" : types.toString());
            }
            html.append(tableEnd(table)).append("</section>\n");
        }

        private void transit(StringBuilder html, List<Map.Entry<Lane, Group>> groups) {
            html.append("<section id=\"transit\"><h2>Transit time distributions</h2>\n<p>Days from pickup to delivery,"
                    + " per lane and carrier (the last bar: 30 days or more).</p>\n");
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < BINS; i++) {
                labels.add(i == BINS - 1 ? "30+" : String.valueOf(i));
            }
            for (Map.Entry<Lane, Group> e : top(groups)) {
                Group g = e.getValue();
                if (g.transit.size() == 0) {
                    continue;
                }
                html.append("<figure>").append(Svg.histogram("Transit days, " + name(e.getKey()) + " (n = "
                        + g.transit.size() + ")", labels, g.bins, "days from pickup to delivery"))
                        .append("<figcaption>").append(Html.escape(name(e.getKey()))).append(", n = ")
                        .append(g.transit.size()).append("</figcaption></figure>\n");
            }
            StringBuilder table = tableStart("Transit days by lane and carrier", "lane and carrier", "n delivered", "p10",
                    "median", "p90");
            for (Map.Entry<Lane, Group> e : groups) {
                Group g = e.getValue();
                if (g.transit.size() == 0) {
                    row(table, name(e.getKey()), 0, "-", "-", "-");
                } else {
                    row(table, name(e.getKey()), g.transit.size(), days(g.transit.quantile(0.1)),
                            days(g.transit.quantile(0.5)), days(g.transit.quantile(0.9)));
                }
            }
            html.append(tableEnd(table)).append("</section>\n");
        }

        private void onTime(StringBuilder html, List<Map.Entry<Lane, Group>> groups) {
            long[] lateness = new long[BINS];
            long promised = 0;
            long onTime = 0;
            for (Map.Entry<Lane, Group> e : groups) {
                for (int i = 0; i < BINS; i++) {
                    lateness[i] += e.getValue().lateness[i];
                }
                promised += e.getValue().promised;
                onTime += e.getValue().onTime;
            }
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < BINS; i++) {
                int d = i - 15;
                labels.add(i == 0 ? "≤-15" : i == BINS - 1 ? "≥+15" : (d > 0 ? "+" : "") + d);
            }
            section(html, "on-time", "Delivered on time against the promise",
                    Svg.histogram("Days delivered after the promised date (n = " + promised + ")", labels, lateness,
                            "days after promisedBy (negative: early)"),
                    onTime + " of " + promised + " deliveries with a promise (" + percent(onTime, promised)
                            + ") arrived by the promised date.");
            StringBuilder table = tableStart("On time by lane and carrier", "lane and carrier", "n with promise",
                    "on time", "share on time");
            for (Map.Entry<Lane, Group> e : groups) {
                Group g = e.getValue();
                row(table, name(e.getKey()), g.promised, g.onTime, percent(g.onTime, g.promised));
            }
            html.append(tableEnd(table)).append("</section>\n");
        }

        private void calibration(StringBuilder html) {
            List<Backtest.Score> scores = calibration.scores();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i <= 2 * Backtest.ERROR_RANGE; i++) {
                int d = i - Backtest.ERROR_RANGE;
                labels.add(i == 0 ? "≤-15" : i == 2 * Backtest.ERROR_RANGE ? "≥+15" : (d > 0 ? "+" : "") + d);
            }
            long[] errors = calibration.errors("profiles", "PICKUP_DAY");
            long n = 0;
            for (long count : errors) {
                n += count;
            }
            section(html, "calibration", "ETA calibration",
                    Svg.histogram("Delivery minus likely ETA at the end of the pickup day (n = " + n + ")", labels,
                            errors, "days the delivery came after the likely date"),
                    "Each delivered shipment replayed with only the events known at each checkpoint: how far the"
                            + " likely date was off, and how often [earliest, latest] held the delivery.");
            StringBuilder table = tableStart("ETA calibration by checkpoint", "checkpoint", "n", "MAE of likely (days)",
                    "inside [earliest, latest]", "mean window (days)");
            for (Backtest.Score score : scores) {
                row(table, score.checkpoint(), score.n(), days(score.maeDays()),
                        String.format(Locale.ROOT, "%.1f%%", 100 * score.coverage()), days(score.widthDays()));
            }
            html.append(tableEnd(table)).append("</section>\n");
        }

        private void delayStages(StringBuilder html) {
            List<Bar> bars = new ArrayList<>();
            delayStages.forEach((stage, count) -> bars.add(new Bar(stage, count, count + " (" + percent(count,
                    lateDeliveries) + ")")));
            section(html, "delay-stages", "Where delays arise",
                    Svg.bars("Late deliveries by the stage that ran furthest past its normal time (n = "
                            + lateDeliveries + ")", bars, 0),
                    "For each delivery later than promised, the stage that ran furthest past the 90th percentile of"
                            + " its transit profile (the wait for pickup: past the pickup allowance).");
            StringBuilder table = tableStart("Late deliveries by stage", "stage", "late deliveries", "share");
            delayStages.forEach((stage, count) -> row(table, stage, count, percent(count, lateDeliveries)));
            html.append(tableEnd(table)).append("</section>\n");
        }

        private void bestCarriers(StringBuilder html, List<Map.Entry<Lane, Group>> groups) {
            Map<Lane, List<Map.Entry<Lane, Group>>> byLane = new LinkedHashMap<>();
            for (Map.Entry<Lane, Group> e : groups) {
                byLane.computeIfAbsent(e.getKey().withCarrier(null), k -> new ArrayList<>()).add(e);
            }
            List<Bar> bars = new ArrayList<>();
            StringBuilder table = tableStart("Best carrier per lane", "lane", "best carrier", "n delivered",
                    "on time", "median days", "carriers compared");
            for (Map.Entry<Lane, List<Map.Entry<Lane, Group>>> lane : byLane.entrySet()) {
                Map.Entry<Lane, Group> best = lane.getValue().stream()
                        .filter(e -> e.getValue().delivered > 0)
                        .max(Comparator.comparingDouble((Map.Entry<Lane, Group> e) -> share(e.getValue().onTime,
                                e.getValue().promised))
                                .thenComparingDouble(e -> -e.getValue().transit.quantile(0.5)))
                        .orElse(null);
                if (best == null) {
                    continue;
                }
                Group g = best.getValue();
                String carrier = best.getKey().carrier().orElse("(none given)");
                bars.add(new Bar(lane.getKey() + " " + carrier, share(g.onTime, g.promised),
                        percent(g.onTime, g.promised) + " on time, n = " + g.delivered));
                row(table, lane.getKey().toString(), carrier, g.delivered, percent(g.onTime, g.promised),
                        g.transit.size() == 0 ? "-" : days(g.transit.quantile(0.5)), lane.getValue().size());
            }
            section(html, "best-carrier", "Best carrier per lane",
                    Svg.bars("On-time share of the best carrier per lane", bars, 1),
                    "Per lane, the carrier with the highest share delivered by the promised date (ties: the shorter"
                            + " median transit).");
            html.append(tableEnd(table)).append("</section>\n");
        }
    }

    private static List<Map.Entry<Lane, Group>> top(List<Map.Entry<Lane, Group>> groups) {
        return groups.subList(0, Math.min(MOST_GROUPS, groups.size()));
    }

    private static void section(StringBuilder html, String id, String title, String svg, String caption) {
        html.append("<section id=\"").append(id).append("\"><h2>").append(Html.escape(title)).append("</h2>\n<figure>")
                .append(svg).append("<figcaption>").append(Html.escape(caption)).append("</figcaption></figure>\n");
    }

    private static StringBuilder tableStart(String caption, String... headers) {
        StringBuilder table = new StringBuilder("<div class=\"scroll\"><table><caption>").append(Html.escape(caption))
                .append("</caption><thead><tr>");
        for (String header : headers) {
            table.append("<th scope=\"col\">").append(Html.escape(header)).append("</th>");
        }
        return table.append("</tr></thead><tbody>\n");
    }

    private static void row(StringBuilder table, Object... cells) {
        table.append("<tr>");
        for (Object cell : cells) {
            table.append("<td>").append(Html.escape(String.valueOf(cell))).append("</td>");
        }
        table.append("</tr>\n");
    }

    private static String tableEnd(StringBuilder table) {
        return table.append("</tbody></table></div>\n").toString();
    }

    private static String name(Lane lane) {
        return lane.origin() + "→" + lane.destination() + " " + lane.mode()
                + lane.carrier().map(carrier -> " " + carrier).orElse("");
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String days(double days) {
        return String.format(Locale.ROOT, "%.1f", days);
    }
}
