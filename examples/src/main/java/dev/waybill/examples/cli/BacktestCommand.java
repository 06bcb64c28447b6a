package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.delay.VerdictEngine;
import dev.waybill.learn.Backtest;
import dev.waybill.learn.LearnedProfiles;
import dev.waybill.learn.TransitLearner;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.transit.TransitPolicies;
import dev.waybill.shipment.Shipment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code waybill backtest [--split DATE] [--profiles FILE] [--coverage P] FILE...}: replays the
 * history at each shipment's checkpoints and scores the ETA of the bundled profiles, of profiles
 * learned before {@code --split} (scoring those shipped from it on) and of a {@code --profiles} file
 * (on all of them, or on those after the split): one JSON line per source and checkpoint on
 * standard output, a table on standard error.
 */
final class BacktestCommand implements Command {

    private final ObjectMapper mapper;

    BacktestCommand(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "backtest";
    }

    @Override
    public String usage() {
        return "backtest [--split DATE] [--profiles FILE] [--coverage P] FILE...";
    }

    @Override
    public String description() {
        return "Replays the history: assesses each shipment at its checkpoints with only the events known then "
                + "and scores the ETA against the real delivery, per profile source and checkpoint.";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("split", "DATE", "learn from the shipments shipped before DATE, score the rest"),
                Flag.value("profiles", "FILE", "score these profiles on every shipment"),
                HistoryFiles.COVERAGE, Progress.FLAG);
    }

    @Override
    public String fileLabel() {
        return HistoryFiles.FILES;
    }

    @Override
    public String fileHelp() {
        return HistoryFiles.FILES_HELP;
    }

    @Override
    public int run(Arguments arguments, Console console) throws UsageException {
        double coverage = HistoryFiles.coverage(arguments);
        LocalDate split = null;
        if (arguments.value("split").isPresent()) {
            try {
                split = LocalDate.parse(arguments.value("split").get());
            } catch (DateTimeParseException e) {
                throw new UsageException("--split: not an ISO date: '" + arguments.value("split").get() + "'");
            }
        }
        if (split == null && arguments.value("profiles").isEmpty()) {
            throw new UsageException("give --split DATE (learn before it, score after) or --profiles FILE, or both");
        }
        VerdictEngine bundled = DefaultPolicies.verdictEngine().build();
        Map<String, VerdictEngine> engines = new LinkedHashMap<>();
        engines.put("bundled", bundled);
        if (arguments.value("profiles").isPresent()) {
            Path file = Path.of(arguments.value("profiles").get());
            if (!Files.isReadable(file) || Files.isDirectory(file)) {
                throw new UsageException("--profiles: cannot read " + file);
            }
            try {
                engines.put(split == null ? "learned" : "profiles", bundled.toBuilder()
                        .profiles(TransitPolicies.withProfiles(bundled.profiles(), file)).build());
            } catch (PolicyFileException e) {
                throw new UsageException(e.getMessage(), e);
            }
        }
        List<String> files = arguments.positional();
        HistoryFiles history = new HistoryFiles(mapper, name(), arguments.has(Progress.FLAG.name()));
        Backtest.Run run;
        long[] scored = {0};
        int invalid;
        if (split == null) {
            run = Backtest.of(engines).run();
            invalid = history.read(files, console, shipment -> {
                scored[0]++;
                run.add(shipment);
            });
        } else {
            // two passes, so that no shipment is held: learn from those before the split, then score the rest
            LocalDate from = split;
            TransitLearner.Session session = TransitLearner.builder().coverage(coverage).build().session();
            try (StdinCopy stdin = StdinCopy.of(files, console)) {
                invalid = history.read(files, stdin.console(), shipment -> {
                    if (shipped(shipment).isBefore(from)) {
                        session.add(shipment);
                    }
                });
                LearnedProfiles learned = session.result();
                LearnCommand.summarize(learned, console);
                engines.put("learned", bundled.toBuilder()
                        .profiles(bundled.profiles().withOverrides(learned.profiles())).build());
                run = Backtest.of(engines).run();
                history.readAgain(stdin.again(files), console, shipment -> {
                    if (!shipped(shipment).isBefore(from)) {
                        scored[0]++;
                        run.add(shipment);
                    }
                });
            }
        }
        List<Backtest.Score> scores = run.scores();
        try (JsonOutput out = new JsonOutput(mapper, console.out())) {
            for (Backtest.Score score : scores) {
                out.write(json(score));
            }
        }
        console.err().println("scored " + (scored[0] - run.skipped()) + " delivered shipments"
                + (split == null ? "" : " shipped from " + split) + " (" + run.skipped() + " skipped: undelivered or"
                + " contradictory); target coverage " + coverage);
        console.err().println(String.format(Locale.ROOT, "%-9s %-13s %6s %8s %9s %7s %10s %11s %12s",
                "source", "checkpoint", "n", "MAE d", "coverage", "width", "promiseHit", "promise MAE",
                "promise width"));
        for (Backtest.Score s : scores) {
            console.err().println(String.format(Locale.ROOT, "%-9s %-13s %6d %8.2f %8.1f%% %7.2f %9.1f%% %11.2f %12.2f",
                    s.source(), s.checkpoint(), s.n(), s.maeDays(), 100 * s.coverage(), s.widthDays(),
                    100 * s.promiseHit(), s.promiseMaeDays(), s.promiseWidthDays()));
        }
        return invalid == 0 ? ExitStatus.OK : ExitStatus.INVALID_RECORDS;
    }

    /** The day a shipment was shipped: {@code shippedAt}, else its first event, in its own offset. */
    private static LocalDate shipped(Shipment shipment) {
        if (shipment.shippedAt().isPresent()) {
            return shipment.shippedAt().orElseThrow().toLocalDate();
        }
        return shipment.events().isEmpty() ? LocalDate.MAX : shipment.events().get(0).localDate();
    }

    private ObjectNode json(Backtest.Score score) {
        ObjectNode node = mapper.createObjectNode();
        node.put("source", score.source());
        node.put("checkpoint", score.checkpoint());
        node.put("n", score.n());
        number(node, "maeDays", score.maeDays());
        number(node, "coverage", score.coverage());
        number(node, "widthDays", score.widthDays());
        if (Double.isNaN(score.promiseHit())) {
            node.putNull("promiseHit");
        } else {
            number(node, "promiseHit", score.promiseHit());
            number(node, "promiseMaeDays", score.promiseMaeDays());
            number(node, "promiseWidthDays", score.promiseWidthDays());
        }
        node.put("noEta", score.noEta());
        return node;
    }

    /** A figure to four decimals, or null where there is none (no shipment scored). */
    private static void number(ObjectNode node, String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(field);
        } else {
            node.put(field, Math.round(value * 10_000) / 10_000.0);
        }
    }

}
