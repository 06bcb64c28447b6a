package dev.waybill.returns;

import java.util.Arrays;

/**
 * How well a rule's facts are verified, using the marks of the research file
 * ({@code rules-facts.md}): from statute text read ({@code V-P}) down to recalled only ({@code U}).
 */
public enum Confidence {
    /** Verified from primary text: the statute, treaty or an official page. */
    VERIFIED_PRIMARY("V-P"),
    /** Verified from secondary text that quotes the provision, or several agreeing sources. */
    VERIFIED_SECONDARY("V-S"),
    /** One non-authoritative source. */
    SECONDARY("S"),
    /** Sources disagree, or the rule changed by market or date. */
    CONFLICTING("C"),
    /** Recalled, or no source found. */
    UNVERIFIED("U");

    private final String mark;

    Confidence(String mark) {
        this.mark = mark;
    }

    /** The research file's mark: {@code V-P}, {@code V-S}, {@code S}, {@code C} or {@code U}. */
    public String mark() {
        return mark;
    }

    /** True for {@code V-P} and {@code V-S}. */
    public boolean isVerified() {
        return this == VERIFIED_PRIMARY || this == VERIFIED_SECONDARY;
    }

    /** The weaker of this and {@code other}. */
    public Confidence weakest(Confidence other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /**
     * Parses a research mark ({@code "V-P"}, {@code "U"}, ...).
     *
     * @throws IllegalArgumentException quoting the text and listing the marks
     */
    public static Confidence parse(String mark) {
        for (Confidence confidence : values()) {
            if (confidence.mark.equals(mark == null ? null : mark.strip())) {
                return confidence;
            }
        }
        throw new IllegalArgumentException("unknown confidence mark '" + mark + "'; expected one of "
                + Arrays.stream(values()).map(Confidence::mark).toList());
    }

    @Override
    public String toString() {
        return mark;
    }
}
