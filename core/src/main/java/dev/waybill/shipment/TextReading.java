package dev.waybill.shipment;

import java.util.Objects;

/**
 * How an event's code was read from the carrier's free text, where the carrier gave no usable code:
 * the rule that matched and how sure that reading is. Verdict explanations show it.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TextReading reading = TextReading.of("de.delivered", Certainty.HIGH);   // "Die Sendung wurde zugestellt"
 * }</pre>
 *
 * @param rule      the id of the text rule that matched, such as {@code en.out-for-delivery}
 * @param certainty how sure the reading is
 */
public record TextReading(String rule, Certainty certainty) {

    /** Validates the parts. */
    public TextReading {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(certainty, "certainty");
        if (rule.isBlank()) {
            throw new IllegalArgumentException("rule: blank");
        }
    }

    /** A reading by {@code rule} with {@code certainty}. */
    public static TextReading of(String rule, Certainty certainty) {
        return new TextReading(rule, certainty);
    }

    /** How sure a reading of free text is. */
    public enum Certainty {
        /** The phrase says the happening in so many words ("delivered", "zugestellt", "已签收"). */
        HIGH,
        /** The phrase usually means it, but carriers also use it loosely. */
        MEDIUM,
        /** A weak hint: a word that often, not always, comes with the happening. */
        LOW
    }
}
