package dev.waybill.returns;

import java.util.Objects;

/**
 * How long the withdrawal right lasts when the seller did not inform the buyer of it.
 *
 * <p>EU and UK: 12 months from the end of the initial period (Directive 2011/83/EU art. 10(1));
 * Turkey: 1 year after the end of the withdrawal period; Russia: 3 months from the transfer of the
 * goods. Immutable and thread-safe.
 *
 * @param months the length of the extended period in months
 * @param from   what the months run from
 */
public record NotInformedExtension(int months, From from) {

    /** What an extension's months run from. */
    public enum From {
        /**
         * The last day of the initial period, counted without any roll-over (the initial period
         * "as determined" by the counting rule), so a delivery on 2 March 2026 gives 16 March 2027.
         */
        PERIOD_END,
        /** The starting event itself (Russia: 3 months from the transfer of the goods). */
        START_EVENT
    }

    /** Validates the parts. */
    public NotInformedExtension {
        Objects.requireNonNull(from, "from");
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("extension months must be between 1 and 120, got " + months);
        }
    }
}
