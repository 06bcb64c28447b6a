package dev.waybill.examples.cli;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed arguments of one subcommand ({@link Parsing} builds them): flags with values
 * ({@code --now X}, {@code --now=X}), repeatable flags ({@code --header}), switches
 * ({@code --opened}) and positional arguments.
 */
final class Arguments {

    private final Map<String, List<String>> values;
    private final Set<String> switches;
    private final List<String> positional;

    /** Arguments from what the parser matched: values by flag, switches given, positional arguments. */
    Arguments(Map<String, List<String>> values, Set<String> switches, List<String> positional) {
        this.values = Map.copyOf(values);
        this.switches = Set.copyOf(switches);
        this.positional = List.copyOf(positional);
    }

    /** The value of {@code flag}, if given (the last one when repeated). */
    Optional<String> value(String flag) {
        List<String> given = values.get(flag);
        return given == null ? Optional.empty() : Optional.of(given.get(given.size() - 1));
    }

    /** The value of a required {@code flag}. */
    String required(String flag) throws UsageException {
        return value(flag).orElseThrow(() -> new UsageException("--" + flag + " is required"));
    }

    /** Every value given for a repeatable {@code flag}, in order. */
    List<String> values(String flag) {
        return values.getOrDefault(flag, List.of());
    }

    /** True when the switch {@code flag} was given. */
    boolean has(String flag) {
        return switches.contains(flag);
    }

    /** The positional arguments. */
    List<String> positional() {
        return positional;
    }

    /** The single input file argument ({@code -} for standard input). */
    String inputFile() throws UsageException {
        if (positional.size() != 1) {
            throw new UsageException(positional.isEmpty() ? "missing input FILE (use - for standard input)"
                    : "expected one input FILE, got " + positional.size());
        }
        return positional.get(0);
    }

    /**
     * The clock: fixed at {@code --now} (an ISO-8601 instant with an offset; its offset sets the
     * calendar day) or {@code fallback}.
     */
    Clock clock(Clock fallback) throws UsageException {
        Optional<String> now = value("now");
        if (now.isEmpty()) {
            return fallback;
        }
        try {
            OffsetDateTime at = OffsetDateTime.parse(now.get());
            return Clock.fixed(at.toInstant(), at.getOffset());
        } catch (DateTimeParseException e) {
            throw new UsageException("--now: not an ISO-8601 instant with an offset: '" + now.get() + "'");
        }
    }
}
