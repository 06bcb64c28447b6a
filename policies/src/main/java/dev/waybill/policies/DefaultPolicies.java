package dev.waybill.policies;

import dev.waybill.Waybill;
import dev.waybill.delay.VerdictEngine;
import dev.waybill.policies.liability.LiabilityPolicies;
import dev.waybill.policies.message.TemplateMessageComposer;
import dev.waybill.policies.returns.JollydayHolidayCalendar;
import dev.waybill.policies.returns.StatutoryReturnRules;
import dev.waybill.policies.remedy.CompensationPolicies;
import dev.waybill.policies.transit.TransitPolicies;
import dev.waybill.returns.WithdrawalEvaluator;

/**
 * Waybill with every bundled default in place: transit profiles, peak calendar, liability regimes,
 * compensation ladder and message templates. Start here and override what your shop knows better.
 *
 * <pre>{@code
 * Waybill waybill = DefaultPolicies.waybill().clock(Clock.systemUTC()).build();
 * }</pre>
 */
public final class DefaultPolicies {

    private DefaultPolicies() {
    }

    /**
     * A {@link Waybill} builder holding the bundled defaults: transit profiles and peak calendar,
     * liability regimes, the compensation ladder, the message templates and the statutory return
     * rules with the public holidays of each country.
     */
    public static Waybill.Builder waybill() {
        return Waybill.builder()
                .verdicts(verdictEngine().build())
                .claims(LiabilityPolicies.defaults())
                .compensation(CompensationPolicies.defaults())
                .messages(TemplateMessageComposer.defaults())
                .returns(WithdrawalEvaluator.of(StatutoryReturnRules.defaults(), JollydayHolidayCalendar.defaults()));
    }

    /** A verdict engine builder with the bundled transit profiles and peak calendar. */
    public static VerdictEngine.Builder verdictEngine() {
        return VerdictEngine.builder(TransitPolicies.defaultProfiles())
                .peakCalendar(TransitPolicies.defaultPeakCalendar());
    }
}
