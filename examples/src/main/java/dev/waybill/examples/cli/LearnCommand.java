package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.learn.LearnedProfiles;
import dev.waybill.learn.TransitLearner;
import java.util.Map;
import java.util.List;

/**
 * {@code waybill learn [--coverage P] FILE...}: learns transit profiles from the shop's history and
 * prints them in the {@code --profiles} format; what was learned from, and the contradictory records
 * dropped, go to standard error.
 */
final class LearnCommand implements Command {

    private final ObjectMapper mapper;

    LearnCommand(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "learn";
    }

    @Override
    public String usage() {
        return "learn [--coverage P] FILE...";
    }

    @Override
    public String description() {
        return "Learns transit profiles from the shop's own history (shipments in the assess format, delivered or "
                + "not) and prints them in the --profiles format, ready for assess --profiles.";
    }

    @Override
    public List<Flag> flags() {
        return List.of(HistoryFiles.COVERAGE, Progress.FLAG);
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
        TransitLearner.Session session = TransitLearner.builder().coverage(HistoryFiles.coverage(arguments)).build()
                .session();
        int invalid = new HistoryFiles(mapper, name(), arguments.has(Progress.FLAG.name())).read(arguments.positional(), console, session::add);
        LearnedProfiles learned = session.result();
        console.out().print(learned.toJson());
        console.out().flush();
        summarize(learned, console);
        return invalid == 0 ? ExitStatus.OK : ExitStatus.INVALID_RECORDS;
    }

    static void summarize(LearnedProfiles learned, Console console) {
        for (LearnedProfiles.LaneFigures lane : learned.lanes()) {
            console.err().println("learned " + lane.id() + ": " + lane.delivered() + " delivered, " + lane.heldBack()
                    + " held back, " + lane.open() + " still on their way, " + lane.peakDelivered() + " delivered and "
                    + lane.peakOpen() + " on their way in a peak season (learned apart), picked up "
                    + lane.from().orElse(null) + " to " + lane.to().orElse(null));
        }
        for (Map.Entry<String, Long> dropped : learned.dropped().entrySet()) {
            console.err().println("dropped " + dropped.getValue() + " contradictory records: " + dropped.getKey());
        }
    }
}
