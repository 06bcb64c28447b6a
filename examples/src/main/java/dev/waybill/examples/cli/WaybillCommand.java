package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.json.WaybillJson;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code waybill} command: the reference client of the SDK. Its contract is
 * {@code spec/cli.md}: JSON in, JSON Lines out, exit status 0 (all processed), 1 (usage),
 * 2 (some records invalid), 3 (webhook rejected). {@code waybill help} lists the commands on standard
 * error; {@code waybill COMMAND --help} prints one command's help (picocli) on standard output.
 */
public final class WaybillCommand {

    private final Map<String, Command> commands = new LinkedHashMap<>();

    WaybillCommand() {
        this(System.getenv());
    }

    /** The command with adapters configured from {@code environment} ({@code WAYBILL_<CARRIER>_*}). */
    WaybillCommand(Map<String, String> environment) {
        ObjectMapper mapper = WaybillJson.mapper();
        CarrierBodies bodies = new CarrierBodies(mapper, environment);
        for (Command command : List.<Command>of(
                new AssessCommand(mapper),
                new ReturnsCommand(),
                new MessageCommand(mapper),
                new DemoCommand(mapper),
                new ParseCommand(bodies),
                new WebhookCommand(bodies),
                new TrackCommand(bodies),
                new LearnCommand(mapper),
                new BacktestCommand(mapper),
                new ReportCommand(mapper),
                new IngestCommand(mapper, bodies),
                new WatchCommand(mapper, environment),
                new NoticesCommand(mapper),
                new StreamsCommand(environment),
                new McpCommand(mapper, environment))) {
            commands.put(command.name(), command);
        }
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        int status = new WaybillCommand().run(Arrays.asList(args), Console.system());
        System.out.flush();
        System.exit(status);
    }

    /** Runs the command with {@code args} on {@code console}; answers the exit status. */
    int run(List<String> args, Console console) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")
                || args.get(0).equals("-h")) {
            printUsage(console);
            return args.isEmpty() ? ExitStatus.USAGE : ExitStatus.OK;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            console.err().println("waybill: unknown command '" + args.get(0) + "' (try: waybill help)");
            return ExitStatus.USAGE;
        }
        try {
            Parsing parsing = new Parsing(command);
            List<String> rest = args.subList(1, args.size());
            if (parsing.helpRequested(rest)) {
                console.out().print(parsing.help());
                return ExitStatus.OK;
            }
            return command.run(parsing.arguments(rest), console);
        } catch (UsageException e) {
            console.err().println("waybill " + command.name() + ": " + e.getMessage());
            return ExitStatus.USAGE;
        }
    }

    private void printUsage(Console console) {
        console.err().println("usage: waybill <command> [flags] FILE|-");
        for (Command command : commands.values()) {
            console.err().println("  waybill " + command.usage());
        }
        console.err().println("waybill <command> --help describes a command and its flags");
    }
}
