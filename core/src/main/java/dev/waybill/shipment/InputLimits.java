package dev.waybill.shipment;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of its input Waybill reads before it refuses a record: limits on the JSON (nesting depth,
 * length of one string and of one number), on events per shipment, and the range of weights, money
 * values and years. Every number here is a default chosen by Waybill to stop a hostile or broken input
 * from costing unbounded memory or time, far above what a real parcel needs (the recorded corpus has
 * at most a few dozen events per shipment); none is a carrier's or a law's figure. Change one with
 * its {@code withX} copy.
 *
 * <p>Immutable and thread-safe. {@code InputLimits.defaults().withMaxEventsPerShipment(5_000)}
 *
 * @param maxNestingDepth      deepest nesting of JSON arrays and objects
 * @param maxStringLength      longest JSON string, in characters
 * @param maxNumberLength      longest JSON number, in characters
 * @param maxEventsPerShipment most tracking events (and, separately, customer reports) in one shipment
 * @param maxWeightKg          heaviest weight accepted, in kilograms
 * @param maxAmount            largest money value accepted, in any currency
 */
public record InputLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, int maxEventsPerShipment,
                          BigDecimal maxWeightKg, BigDecimal maxAmount) {

    /** Default deepest JSON nesting: 64 (carrier bodies in the corpus nest at most about a dozen levels). */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** Default longest JSON string: 1 MiB of characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1 << 20;
    /** Default longest JSON number: 100 characters. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
    /** Default most events per shipment: 1,000. */
    public static final int DEFAULT_MAX_EVENTS_PER_SHIPMENT = 1_000;
    /** Default heaviest weight: 100,000 kg (above a full 40-foot container). */
    public static final BigDecimal DEFAULT_MAX_WEIGHT_KG = new BigDecimal("100000");
    /** Default largest money value: 1,000,000,000,000 (in any currency, so that no currency's real value is refused). */
    public static final BigDecimal DEFAULT_MAX_AMOUNT = new BigDecimal("1000000000000");
    /** The last year a date may have: ISO-8601's four-digit years, not a default. */
    public static final int MAX_YEAR = 9999;
    /** The first year a date may have. */
    public static final int MIN_YEAR = 1;

    private static final InputLimits DEFAULTS = new InputLimits(DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH,
            DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_EVENTS_PER_SHIPMENT, DEFAULT_MAX_WEIGHT_KG, DEFAULT_MAX_AMOUNT);

    /** Validates every limit: each at least 1. */
    public InputLimits {
        requireAtLeastOne(maxNestingDepth, "maxNestingDepth");
        requireAtLeastOne(maxStringLength, "maxStringLength");
        requireAtLeastOne(maxNumberLength, "maxNumberLength");
        requireAtLeastOne(maxEventsPerShipment, "maxEventsPerShipment");
        Objects.requireNonNull(maxWeightKg, "maxWeightKg");
        Objects.requireNonNull(maxAmount, "maxAmount");
        if (maxWeightKg.signum() <= 0 || maxAmount.signum() <= 0) {
            throw new IllegalArgumentException("maxWeightKg and maxAmount must be positive: " + maxWeightKg + ", "
                    + maxAmount);
        }
    }

    /** The defaults above. */
    public static InputLimits defaults() {
        return DEFAULTS;
    }

    /** A copy with {@code maxEventsPerShipment}. */
    public InputLimits withMaxEventsPerShipment(int maxEventsPerShipment) {
        return new InputLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxEventsPerShipment, maxWeightKg,
                maxAmount);
    }

    /** True when {@code year} is one a date may have ({@value #MIN_YEAR} to {@value #MAX_YEAR}). */
    public static boolean isYearInRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /**
     * A JSON parser's refusal of one of these limits in the user's words, without the parser's own
     * names ({@code "nested 65 levels deep, deeper than the limit of 64"}); any other message unchanged.
     * The parser says {@code "Document nesting depth (65) exceeds the maximum allowed (64, from ...)"}.
     */
    public static String inWords(String parserMessage) {
        if (parserMessage == null) {
            return null;
        }
        Matcher refusal = REFUSAL.matcher(parserMessage);
        if (!refusal.find()) {
            return parserMessage;
        }
        String found = refusal.group(2);
        String limit = refusal.group(3);
        return switch (refusal.group(1)) {
            case "Document nesting depth" -> "nested " + found + " levels deep, deeper than the limit of " + limit;
            case "String value length" -> "a string of " + found + " characters, longer than the limit of " + limit;
            case "Number value length" -> "a number of " + found + " characters, longer than the limit of " + limit;
            case "Name length" -> "a field name of " + found + " characters, longer than the limit of " + limit;
            default -> refusal.group(1).toLowerCase(Locale.ROOT) + " " + found + ", above the limit of " + limit;
        };
    }

    /** {@code <what> (<found>) exceeds the maximum allowed (<limit>, from `...`)}, as Jackson words it. */
    private static final Pattern REFUSAL = Pattern.compile(
            "([A-Z][A-Za-z ]+?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+), from [^)]*\\)+");

    private static void requireAtLeastOne(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1: " + value);
        }
    }
}
