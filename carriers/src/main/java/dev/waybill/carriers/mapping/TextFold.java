package dev.waybill.carriers.mapping;

import java.text.Normalizer;

/**
 * How text rules see a character: lower case ({@code Locale.ROOT} rules), full-width ASCII as
 * ASCII, Latin letters without their accents ({@code é} as {@code e}, {@code ü} as {@code u}), every
 * kind of space as a plain space, typographic apostrophes and dashes as ASCII. One table lookup per
 * character, and one character for one character, so that a position in the folded text is the
 * same position in the original.
 */
final class TextFold {

    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];
    private static final long[] WORD = new long[(Character.MAX_VALUE + 1) / 64];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char folded = fold0((char) c);
            FOLD[c] = folded;
            if (wordChar(folded)) {
                WORD[c >>> 6] |= 1L << c;
            }
        }
    }

    private TextFold() {
    }

    /** {@code c} folded. */
    static char fold(char c) {
        return FOLD[c];
    }

    /**
     * Whether {@code c} (any form) folds to a letter or digit of a script that separates words with
     * spaces; such characters next to a phrase mean the phrase is only part of a word. Han, kana and
     * Hangul (U+2E80 on) do not separate words, so phrases in them match anywhere.
     */
    static boolean isWordChar(char c) {
        return (WORD[c >>> 6] & (1L << c)) != 0;
    }

    /** {@code text} folded, for phrases at load time. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = FOLD[chars[i]];
        }
        return new String(chars);
    }

    private static boolean wordChar(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    private static char fold0(char c) {
        if (Character.isSurrogate(c)) {
            return c;
        }
        char f = c;
        if (f >= 0xFF01 && f <= 0xFF5E) {
            f = (char) (f - 0xFEE0);
        } else if (Character.isWhitespace(f) || Character.isSpaceChar(f)) {
            f = ' ';
        } else if (f == '\u2018' || f == '\u2019' || f == '\u02BC' || f == '\u00B4' || f == '`') {
            f = '\'';
        } else if (f >= '\u2010' && f <= '\u2015') {
            f = '-';
        }
        f = Character.toLowerCase(f);
        if (f >= 0xC0 && f <= 0x24F) {
            char base = Normalizer.normalize(String.valueOf(f), Normalizer.Form.NFD).charAt(0);
            if (base < 0x80) {
                f = Character.toLowerCase(base);
            }
        }
        return f;
    }
}
