package dev.waybill.liability;

import java.util.Objects;

/**
 * How well a rule's fact is established, the status legend of {@code research/rules-facts.md}.
 * Declared from strongest to weakest; {@link #weakest(Confidence)} combines two.
 */
public enum Confidence {
    /** Verified from primary text: the treaty, statute, tariff or an official page ({@code V-P}). */
    VERIFIED_PRIMARY("V-P"),
    /** Verified from secondary text that quotes or agrees on the provision ({@code V-S}). */
    VERIFIED_SECONDARY("V-S"),
    /** One non-authoritative source ({@code S}). */
    SECONDARY("S"),
    /** Sources disagree, or the rule changed by market or date ({@code C}). */
    CONFLICTING("C"),
    /** Recalled or unsourced; configurable data, never a fact to rely on ({@code U}). */
    UNVERIFIED("U");

    private final String code;

    Confidence(String code) {
        this.code = code;
    }

    /** The legend's short code, for example {@code V-P}. */
    public String code() {
        return code;
    }

    /**
     * The confidence for a legend code such as {@code V-S}.
     *
     * @throws IllegalArgumentException quoting the code when it is not in the legend
     */
    public static Confidence parse(String code) {
        Objects.requireNonNull(code, "code");
        for (Confidence confidence : values()) {
            if (confidence.code.equals(code.strip())) {
                return confidence;
            }
        }
        throw new IllegalArgumentException("not a confidence mark (V-P, V-S, S, C, U): '" + code + "'");
    }

    /** The weaker of this and {@code other}: a conclusion is only as sure as its weakest fact. */
    public Confidence weakest(Confidence other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
