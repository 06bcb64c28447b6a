package dev.waybill.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * A subcommand's arguments parsed by picocli from its declared {@link Flag}s, and its {@code --help}.
 * The explanations of usage errors stay the command's own, one line each ({@code unknown flag --x},
 * {@code --now needs a value}); checks of values and of the input file are the subcommand's.
 */
final class Parsing {

    private static final String HELP = "help";
    /** How picocli words a switch given a value ({@code --opened=yes}), which it names no spec for. */
    private static final Pattern SWITCH_WITH_VALUE = Pattern.compile("option '(--[a-z-]+)' should be specified without");

    private final CommandLine line;

    /** The parser and help of {@code command}, from its declared flags. */
    Parsing(Command command) {
        CommandSpec spec = CommandSpec.create().name("waybill " + command.name());
        spec.usageMessage().customSynopsis("waybill " + command.usage()).description(command.description())
                .descriptionHeading("%n").parameterListHeading("%n").optionListHeading("%nFlags:%n")
                .width(100).sortOptions(false);
        for (Flag flag : command.flags()) {
            OptionSpec.Builder option = OptionSpec.builder("--" + flag.name()).description(flag.help());
            if (flag.takesValue()) {
                option.paramLabel(flag.label()).arity("1").type(List.class).auxiliaryTypes(String.class);
            } else {
                option.arity("0").type(boolean.class);
            }
            spec.addOption(option.build());
        }
        spec.addOption(OptionSpec.builder("-h", "--" + HELP).usageHelp(true)
                .description("print this help on standard output and exit").build());
        PositionalParamSpec.Builder positional = PositionalParamSpec.builder().arity("0..*").type(List.class)
                .auxiliaryTypes(String.class).hidden(command.fileHelp() == null);
        if (command.fileHelp() != null) {
            positional.paramLabel(command.fileLabel()).description(command.fileHelp());
        }
        spec.addPositional(positional.build());
        this.line = new CommandLine(spec).setExpandAtFiles(false).setUnmatchedArgumentsAllowed(false);
    }

    /** True when {@code args} ask for {@code --help} (and parse otherwise). */
    boolean helpRequested(List<String> args) throws UsageException {
        return parse(args).isUsageHelpRequested();
    }

    /** The help of the subcommand: synopsis, description, flags. */
    String help() {
        return line.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    /**
     * The arguments of one run.
     *
     * @throws UsageException on an unknown flag, a flag missing its value or a switch given a value
     */
    Arguments arguments(List<String> args) throws UsageException {
        CommandLine.ParseResult result = parse(args);
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> switches = new LinkedHashSet<>();
        for (OptionSpec option : result.matchedOptions()) {
            String name = option.longestName().substring(2);
            if (option.arity().max() == 0) {
                switches.add(name);
            } else {
                values.put(name, List.copyOf(option.stringValues()));
            }
        }
        List<String> positional = new ArrayList<>(
                line.getCommandSpec().positionalParameters().get(0).stringValues());
        return new Arguments(values, switches, positional);
    }

    private CommandLine.ParseResult parse(List<String> args) throws UsageException {
        try {
            return line.parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            throw new UsageException(explain(e));
        }
    }

    /** picocli's finding in the command's own words. */
    private static String explain(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String arg = unmatched.getUnmatched().get(0);
            int equals = arg.indexOf('=');
            return "unknown flag " + (equals > 0 ? arg.substring(0, equals) : arg);
        }
        ArgSpec spec = e.getArgSpec();
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            spec = missing.getMissing().get(0);
        }
        if (spec instanceof OptionSpec option) {
            return option.longestName() + (option.arity().max() == 0 ? " takes no value" : " needs a value");
        }
        Matcher switchWithValue = SWITCH_WITH_VALUE.matcher(String.valueOf(e.getMessage()));
        if (switchWithValue.lookingAt()) {
            return switchWithValue.group(1) + " takes no value";
        }
        return e.getMessage();
    }
}
