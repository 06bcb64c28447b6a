package dev.waybill.examples.cli;

import java.util.List;

/**
 * One subcommand of the {@code waybill} command ({@code assess}, {@code returns}, ...).
 * Implementations are stateless; everything they need comes through the arguments and the
 * {@link Console}. Their flags are parsed, and their {@code --help} written, by picocli
 * ({@link Parsing}).
 */
interface Command {

    /** The name the subcommand is called by. */
    String name();

    /** One line of usage, shown by {@code waybill help} and as the synopsis of {@code --help}. */
    String usage();

    /** What the subcommand does, in a sentence or two, for {@code --help}. */
    String description();

    /** The flags it takes, in the order {@code --help} lists them. */
    List<Flag> flags();

    /** The label of its positional arguments in {@code --help}. */
    default String fileLabel() {
        return "FILE|-";
    }

    /** What its positional argument is, for {@code --help}; null when it takes none. */
    default String fileHelp() {
        return "the input: a JSON array or JSON Lines; - reads standard input";
    }

    /**
     * Runs the subcommand.
     *
     * @return the exit status: 0 all records processed, 2 some invalid, 3 a rejected webhook
     * @throws UsageException for bad flags or an unreadable file (exit status 1)
     */
    int run(Arguments arguments, Console console) throws UsageException;
}
