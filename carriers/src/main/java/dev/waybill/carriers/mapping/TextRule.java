package dev.waybill.carriers.mapping;

import java.util.Optional;

/**
 * One rule of a text rules file, compiled: its phrases as ids of the shared automaton, and the answer
 * it gives, built once so that a match allocates nothing.
 *
 * @param id     {@code lang.name}, unique over all files loaded together
 * @param any    phrase ids of which at least one must occur
 * @param all    phrase ids that must all occur too
 * @param unless phrase ids none of which may occur
 * @param match  the answer, ready to return
 * @param rank   the outcome's place in the global precedence ({@link TextRules#precedence(StatusMapping)})
 */
record TextRule(String id, int[] any, int[] all, int[] unless, Optional<TextMatch> match, int rank) {

    /** Whether this rule holds for a text in which the phrases of {@code hits} occur. */
    boolean holds(long[] hits) {
        for (int p : all) {
            if (!has(hits, p)) {
                return false;
            }
        }
        for (int p : unless) {
            if (has(hits, p)) {
                return false;
            }
        }
        return true;
    }

    /** Whether bit {@code index} of {@code bits} is set. */
    static boolean has(long[] bits, int index) {
        return (bits[index >>> 6] & (1L << index)) != 0;
    }
}
