package dev.waybill.remedy;

import dev.waybill.delay.Cause;
import dev.waybill.source.Source;
import java.util.Objects;

/**
 * Whether a late order should count against the shop on its marketplace, and why, as a code: its
 * words come from the message catalogs, in any of their languages
 * ({@code dev.waybill.policies.message.RemedyReasons} writes them); the command writes them in English.
 *
 * <p>Immutable and thread-safe.
 *
 * @param marketplace the marketplace, upper case
 * @param basis       why it counts or not
 * @param cause       the delay's cause, which {@link Basis#NOT_THE_CARRIERS} names
 * @param daysLate    days past the promised date ({@link Basis#WITHIN_GRACE}, {@link Basis#BEYOND_GRACE})
 * @param graceDays   the days the marketplace allows past the promised date before a buyer can claim
 * @param metric      the marketplace's metric and threshold, in the words of the marketplace rule
 * @param source      where the marketplace rule comes from
 */
public record MarketplaceStanding(String marketplace, Basis basis, Cause cause, int daysLate, int graceDays,
                                  String metric, Source source) {

    /** Why a late order counts against the shop or not. */
    public enum Basis {
        /** The delay is not the carrier's, so the marketplace's grace does not cover it: it may count. */
        NOT_THE_CARRIERS(true),
        /** The carrier's delay is within the days the marketplace allows past the promised date: it should not count. */
        WITHIN_GRACE(false),
        /** The delay is beyond the days the marketplace allows past the promised date: it may count. */
        BEYOND_GRACE(true),
        /** The carrier's delay arose after it took the parcel, and the marketplace judges at hand-over: it should not count. */
        AFTER_HAND_OVER(false),
        /** The parcel was not yet handed over, and the marketplace judges at hand-over: it may count. */
        BEFORE_HAND_OVER(true);

        private final boolean countsAgainstShop;

        Basis(boolean countsAgainstShop) {
            this.countsAgainstShop = countsAgainstShop;
        }

        /** True where the lateness may count against the shop. */
        public boolean countsAgainstShop() {
            return countsAgainstShop;
        }
    }

    /** Validates the parts. */
    public MarketplaceStanding {
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(source, "source");
        if (daysLate < 0) {
            throw new IllegalArgumentException("daysLate is negative: " + daysLate);
        }
        if (graceDays < 0) {
            throw new IllegalArgumentException("graceDays is negative: " + graceDays);
        }
    }

    /**
     * False where the delay is the carrier's and within the marketplace's grace (or after hand-over
     * where the marketplace judges there), so the shop can ask for it to be kept out of its metrics;
     * true where it may count.
     */
    public boolean countsAgainstShop() {
        return basis.countsAgainstShop();
    }
}
