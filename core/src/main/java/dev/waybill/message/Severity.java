package dev.waybill.message;

/**
 * How bad a situation is for the buyer; it sets the apology. Ordered from nothing to apologise for
 * to the worst.
 */
public enum Severity {
    /** Nothing went wrong: no apology, just the facts. */
    NONE,
    /** A small inconvenience: a light "sorry for the wait". */
    LIGHT,
    /** A real failure on the shop's side or its carriers': a sincere apology. */
    SINCERE,
    /** The buyer lost the goods or got them broken, or a person is taking over: a deep apology. */
    DEEP;

    /** The more severe of this and {@code other}. */
    public Severity atLeast(Severity other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
