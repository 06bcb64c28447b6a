package dev.waybill.remedy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One step of the lateness ladder: from so many days late, this gesture, worth this share of the
 * order.
 *
 * <p>Immutable and thread-safe. {@code LatenessStep.of(4, RemedyKind.COUPON, "10")} is a coupon worth
 * 10% of the order from 4 days late.
 *
 * @param fromDaysLate the first number of days late the step applies to, at least 1
 * @param kind         {@code APOLOGY}, {@code COUPON} or {@code PARTIAL_REFUND}
 * @param percent      the share of the order value, in (0, 100]; 0 for an apology
 */
public record LatenessStep(int fromDaysLate, RemedyKind kind, BigDecimal percent) {

    /** The remedies a lateness step may give, from the least to the most generous. */
    public static final Set<RemedyKind> KINDS = Collections.unmodifiableSet(EnumSet.of(RemedyKind.APOLOGY,
            RemedyKind.COUPON, RemedyKind.PARTIAL_REFUND));

    /** Validates the parts. */
    public LatenessStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(percent, "percent");
        if (fromDaysLate < 1) {
            throw new IllegalArgumentException("fromDaysLate must be at least 1, got " + fromDaysLate);
        }
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("a lateness step gives one of " + KINDS + ", not " + kind);
        }
        if (kind == RemedyKind.APOLOGY && percent.signum() != 0) {
            throw new IllegalArgumentException("an apology carries no percent, got " + percent);
        }
        if (kind != RemedyKind.APOLOGY && (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("percent must be above 0 and at most 100, got " + percent);
        }
    }

    /** A step from {@code fromDaysLate} days late giving {@code kind} worth {@code percent}% of the order. */
    public static LatenessStep of(int fromDaysLate, RemedyKind kind, String percent) {
        return new LatenessStep(fromDaysLate, kind, new BigDecimal(percent));
    }

    /** True when {@code next} is at least as generous as this step, in kind and in percent. */
    public boolean isNotMoreGenerousThan(LatenessStep next) {
        return kind.compareTo(next.kind) <= 0 && percent.compareTo(next.percent) <= 0;
    }
}
