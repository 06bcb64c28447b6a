package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.delay.VerdictEngine;
import dev.waybill.learn.HistoryReport;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.transit.TransitPolicies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code waybill report [--now INSTANT] [--profiles FILE] --out DIR FILE...}: writes
 * {@code DIR/index.html}, a self-contained report with inline SVG charts, and names it on standard
 * error.
 */
final class ReportCommand implements Command {

    private final ObjectMapper mapper;

    ReportCommand(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "report [--now INSTANT] [--profiles FILE] --out DIR FILE...";
    }

    @Override
    public String description() {
        return "Writes a self-contained HTML report (DIR/index.html, charts inline, no network) of the shipments.";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("now", "INSTANT", "fixes the clock (default: the system clock)"),
                Flag.value("profiles", "FILE", "transit profiles to judge with (default: the bundled ones)"),
                Flag.value("out", "DIR", "where index.html is written"), Progress.FLAG);
    }

    @Override
    public String fileLabel() {
        return HistoryFiles.FILES;
    }

    @Override
    public String fileHelp() {
        return "the shipments: JSON arrays or JSON Lines; - reads standard input";
    }

    @Override
    public int run(Arguments arguments, Console console) throws UsageException {
        Path out = Path.of(arguments.required("out"));
        Clock clock = arguments.clock(console.clock());
        VerdictEngine engine = DefaultPolicies.verdictEngine().build();
        if (arguments.value("profiles").isPresent()) {
            Path file = Path.of(arguments.value("profiles").get());
            if (!Files.isReadable(file) || Files.isDirectory(file)) {
                throw new UsageException("--profiles: cannot read " + file);
            }
            try {
                engine = engine.toBuilder().profiles(TransitPolicies.withProfiles(engine.profiles(), file)).build();
            } catch (PolicyFileException e) {
                throw new UsageException(e.getMessage(), e);
            }
        }
        HistoryReport.Run report = HistoryReport.of(engine, clock.instant(), clock.getZone()).run();
        int invalid = new HistoryFiles(mapper, name(), arguments.has(Progress.FLAG.name())).read(arguments.positional(), console, report::add);
        Path index = out.resolve("index.html");
        try {
            Files.createDirectories(out);
            Files.writeString(index, report.html(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("--out: cannot write " + index + ": " + e.getMessage(), e);
        }
        console.err().println("report written to " + index.toAbsolutePath());
        return invalid == 0 ? ExitStatus.OK : ExitStatus.INVALID_RECORDS;
    }
}
