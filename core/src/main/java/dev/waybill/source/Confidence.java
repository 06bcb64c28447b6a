package dev.waybill.source;

import java.util.Arrays;
import java.util.Objects;

/**
 * How well a rule's fact is established, the status legend of the research file
 * ({@code rules-facts.md}): from primary text read ({@code V-P}) down to recalled only ({@code U}).
 * Declared from strongest to weakest; {@link #weakest(Confidence)} combines two. {@code toString()}
 * is the {@link #mark()}.
 */
public enum Confidence {
    /** Verified from primary text: the treaty, statute, tariff or an official page ({@code V-P}). */
    VERIFIED_PRIMARY("V-P"),
    /** Verified from secondary text that quotes or agrees on the provision, or several agreeing sources ({@code V-S}). */
    VERIFIED_SECONDARY("V-S"),
    /** One non-authoritative source ({@code S}). */
    SECONDARY("S"),
    /** Sources disagree, or the rule changed by market or date ({@code C}). */
    CONFLICTING("C"),
    /** Recalled or unsourced; configurable data, never a fact to rely on ({@code U}). */
    UNVERIFIED("U");

    private final String mark;

    Confidence(String mark) {
        this.mark = mark;
    }

    /** The legend's mark: {@code V-P}, {@code V-S}, {@code S}, {@code C} or {@code U}. */
    public String mark() {
        return mark;
    }

    /** True for {@code V-P} and {@code V-S}. */
    public boolean isVerified() {
        return this == VERIFIED_PRIMARY || this == VERIFIED_SECONDARY;
    }

    /** The weaker of this and {@code other}: a conclusion is only as sure as its weakest fact. */
    public Confidence weakest(Confidence other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /**
     * The confidence for a legend mark such as {@code V-S}; surrounding blanks are ignored.
     *
     * @throws IllegalArgumentException quoting the text and listing the marks when it is not one
     */
    public static Confidence parse(String mark) {
        Objects.requireNonNull(mark, "mark");
        for (Confidence confidence : values()) {
            if (confidence.mark.equals(mark.strip())) {
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
