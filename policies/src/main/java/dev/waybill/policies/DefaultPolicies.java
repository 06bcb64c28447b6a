package dev.waybill.policies;

import dev.waybill.Waybill;
import dev.waybill.delay.VerdictEngine;
import dev.waybill.policies.transit.TransitPolicies;

/**
 * Waybill with every bundled default in place: the transit profiles and the peak calendar. Start
 * here and override what your shop knows better.
 *
 * <pre>{@code
 * Waybill waybill = DefaultPolicies.waybill().clock(Clock.systemUTC()).build();
 * }</pre>
 */
public final class DefaultPolicies {

    private DefaultPolicies() {
    }

    /** A {@link Waybill} builder holding the bundled defaults. */
    public static Waybill.Builder waybill() {
        return Waybill.builder().verdicts(verdictEngine().build());
    }

    /** A verdict engine builder with the bundled transit profiles and peak calendar. */
    public static VerdictEngine.Builder verdictEngine() {
        return VerdictEngine.builder(TransitPolicies.defaultProfiles())
                .peakCalendar(TransitPolicies.defaultPeakCalendar());
    }
}
