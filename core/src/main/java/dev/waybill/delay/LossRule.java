package dev.waybill.delay;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * When a parcel on a lane is presumed lost. Silence is the usual test; road haulage under CMR
 * adds presumptions counted from the promised date and from takeover (CMR art. 20(1)).
 *
 * <p>Immutable and thread-safe.
 *
 * @param afterSilentDays  more whole days without any event than this and the parcel is presumed lost
 * @param afterPromiseDays more days past the promised date than this and it is presumed lost; 0 = no such rule
 * @param afterStartDays   without a promise, more days since takeover than this and it is presumed lost;
 *                         0 = no such rule
 * @param source           where the thresholds come from
 */
public record LossRule(int afterSilentDays, int afterPromiseDays, int afterStartDays, String source) {

    /** Validates the thresholds. */
    public LossRule {
        if (afterSilentDays < 1) {
            throw new IllegalArgumentException("afterSilentDays must be at least 1, got " + afterSilentDays);
        }
        if (afterPromiseDays < 0 || afterStartDays < 0) {
            throw new IllegalArgumentException("loss thresholds must not be negative");
        }
        Objects.requireNonNull(source, "source");
    }

    /** A silence-only rule. */
    public static LossRule afterSilence(int days, String source) {
        return new LossRule(days, 0, 0, source);
    }

    /** The days-past-promise presumption, if this lane has one. */
    public OptionalInt promiseThreshold() {
        return afterPromiseDays == 0 ? OptionalInt.empty() : OptionalInt.of(afterPromiseDays);
    }

    /** The days-since-takeover presumption, if this lane has one. */
    public OptionalInt startThreshold() {
        return afterStartDays == 0 ? OptionalInt.empty() : OptionalInt.of(afterStartDays);
    }
}
