package dev.waybill.examples.cli;

import java.util.Set;

/**
 * One subcommand of the {@code waybill} command ({@code assess}, {@code returns}, ...).
 * Implementations are stateless; everything they need comes through the arguments and the
 * {@link Console}.
 */
interface Command {

    /** The flags that take a value, without the leading dashes. */
    default Set<String> valueFlags() {
        return Set.of();
    }

    /** The flags that take no value. */
    default Set<String> switchFlags() {
        return Set.of();
    }

    /** The name the subcommand is called by. */
    String name();

    /** One line of usage, shown by {@code waybill help}. */
    String usage();

    /**
     * Runs the subcommand.
     *
     * @return the exit status: 0 all records processed, 2 some invalid, 3 a rejected webhook
     * @throws UsageException for bad flags or an unreadable file (exit status 1)
     */
    int run(Arguments arguments, Console console) throws UsageException;
}
