package dev.waybill.message;

import java.util.Objects;

/**
 * The two alphabets an SMS can be sent in, and what fits in a message. GSM 03.38 / 3GPP TS 23.038
 * defines the 7-bit default alphabet and its extension table (whose characters take two septets);
 * a text with any other character is sent in UCS-2. 3GPP TS 23.040 puts a 6-octet concatenation
 * header in each segment of a long message, leaving 153 septets (GSM-7) or 67 characters (UCS-2)
 * per segment; a single message holds 160 or 70.
 *
 * <p>{@code SmsEncoding.of("Ihr Paket ist unterwegs")} is {@link #GSM_7};
 * {@code SmsEncoding.of("包裹")} is {@link #UCS_2}.
 */
public enum SmsEncoding {
    /** The GSM 7-bit default alphabet (with its extension table). */
    GSM_7(160, 153),
    /** UCS-2, for any text with a character outside GSM-7. */
    UCS_2(70, 67);

    /** The GSM 7-bit default alphabet, one septet each. */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** The extension table, reached through an escape: two septets each. */
    private static final String EXTENSION = "\f^{}\\[~]|€";

    private final int single;
    private final int perSegment;

    SmsEncoding(int single, int perSegment) {
        this.single = single;
        this.perSegment = perSegment;
    }

    /** The encoding a phone sends {@code text} in: GSM-7 if every character is in it, else UCS-2. */
    public static SmsEncoding of(CharSequence text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) < 0 && EXTENSION.indexOf(c) < 0) {
                return UCS_2;
            }
        }
        return GSM_7;
    }

    /**
     * The length of {@code text} in this encoding's units: septets for GSM-7 (extension characters
     * count two), UTF-16 code units for UCS-2 (a character outside the Basic Multilingual Plane
     * counts two).
     */
    public int units(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (this == UCS_2) {
            return text.length();
        }
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        }
        return units;
    }

    /** The most units that fit in {@code segments} concatenated segments (one segment: 160 or 70). */
    public int capacity(int segments) {
        if (segments < 1) {
            throw new IllegalArgumentException("segments must be at least 1, got " + segments);
        }
        return segments == 1 ? single : segments * perSegment;
    }

    /** How many segments {@code text} takes in this encoding. */
    public int segments(CharSequence text) {
        int units = units(text);
        if (units <= single) {
            return 1;
        }
        return (units + perSegment - 1) / perSegment;
    }

    /** How many segments {@code text} takes in the encoding it is sent in. */
    public static int segmentsOf(CharSequence text) {
        return of(text).segments(text);
    }
}
