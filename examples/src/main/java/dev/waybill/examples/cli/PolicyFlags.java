package dev.waybill.examples.cli;

import dev.waybill.Waybill;
import dev.waybill.delay.VerdictEngine;
import dev.waybill.liability.SdrRate;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.remedy.CompensationPolicies;
import dev.waybill.policies.transit.TransitPolicies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * The flags {@code assess} and {@code message} share for what only the shop knows:
 * {@code --profiles FILE}, {@code --disruptions FILE}, {@code --peak-calendar FILE}, {@code --ladder FILE} and
 * {@code --sdr-rate CUR=RATE}, and the {@link Waybill} they configure on top of the bundled defaults.
 */
final class PolicyFlags {

    /** The flags, each taking a value. */
    static final List<Flag> FLAGS = List.of(
            Flag.value("profiles", "FILE", "lane transit profiles that replace or add to the bundled ones"),
            Flag.value("disruptions", "FILE", "known disruptions (typhoon, strike, congestion) by region and window"),
            Flag.value("peak-calendar", "FILE", "the shop's peak seasons, in the bundled calendar's format"),
            Flag.value("ladder", "FILE", "the shop's compensation ladder, replacing the bundled one"),
            Flag.value("sdr-rate", "CUR=RATE", "what one SDR is worth today, to state SDR caps in a currency (USD=1.31)"));

    private PolicyFlags() {
    }

    /** {@code own} and then the policy flags: a command's whole list of flags. */
    static List<Flag> with(Flag... own) {
        return Stream.concat(Stream.of(own), FLAGS.stream()).toList();
    }

    /**
     * The facade with the bundled defaults and the shop's files given by flags.
     *
     * @throws UsageException naming the flag when a file cannot be read or is invalid, or a rate is malformed
     */
    static Waybill waybill(Arguments arguments, Clock clock) throws UsageException {
        VerdictEngine.Builder verdicts = DefaultPolicies.verdictEngine();
        Waybill.Builder waybill = DefaultPolicies.waybill().clock(clock);
        try {
            if (arguments.value("profiles").isPresent()) {
                verdicts.profiles(TransitPolicies.withProfiles(TransitPolicies.defaultProfiles(),
                        readable(arguments.value("profiles").get(), "--profiles")));
            }
            if (arguments.value("disruptions").isPresent()) {
                verdicts.disruptions(TransitPolicies.readDisruptions(
                        readable(arguments.value("disruptions").get(), "--disruptions")));
            }
            if (arguments.value("peak-calendar").isPresent()) {
                verdicts.peakCalendar(TransitPolicies.readPeakCalendar(
                        readable(arguments.value("peak-calendar").get(), "--peak-calendar")));
            }
            if (arguments.value("ladder").isPresent()) {
                waybill.compensation(CompensationPolicies.withLadder(readable(arguments.value("ladder").get(),
                        "--ladder")));
            }
        } catch (PolicyFileException e) {
            throw new UsageException(e.getMessage(), e);
        }
        if (arguments.value("sdr-rate").isPresent()) {
            waybill.sdrRate(sdrRate(arguments.value("sdr-rate").get()));
        }
        return waybill.verdicts(verdicts.build()).build();
    }

    /** {@code USD=1.31}: what one SDR is worth in a currency today. */
    private static SdrRate sdrRate(String text) throws UsageException {
        String[] parts = text.split("=", 2);
        try {
            if (parts.length == 2) {
                return SdrRate.of(parts[0], parts[1]);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--sdr-rate: " + e.getMessage());
        }
        throw new UsageException("--sdr-rate: expected CURRENCY=RATE, for example USD=1.31, got '" + text + "'");
    }

    private static Path readable(String file, String flag) throws UsageException {
        Path path = Path.of(file);
        if (!Files.isReadable(path) || Files.isDirectory(path)) {
            throw new UsageException(flag + ": cannot read " + file);
        }
        return path;
    }
}
