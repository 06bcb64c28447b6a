package dev.waybill.message;

import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import dev.waybill.delay.Verdict;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Shipment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a person must take over from the automated reply, and how soon they will contact the buyer.
 * The domain brief's rule is that an automated agent hands over when the buyer is angry or the case
 * is complex; the defaults below make that concrete and are the SDK's judgement, not a standard,
 * so every one is configurable:
 * <ul>
 *   <li>the buyer reported a problem more than once ({@code maxReports} 1);</li>
 *   <li>a lost, damaged or not-received parcel is worth more than the shop's threshold (100 USD;
 *       the shop adds the equivalent in its order currencies, since Waybill holds no exchange
 *       rates); a value that cannot be compared (missing, or in a currency without a threshold)
 *       escalates too, because nobody can show it is small ({@code escalateUnknownValue});</li>
 *   <li>the parcel is more than 10 days late ({@code maxDaysLate});</li>
 *   <li>the person contacts the buyer within 1 day ({@code handOverDays}).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxReports           the most buyer reports handled automatically
 * @param thresholds           per currency, the value above which a lost, damaged or not-received parcel goes to a person
 * @param escalateUnknownValue whether a loss whose value cannot be compared goes to a person
 * @param maxDaysLate          the most days late handled automatically
 * @param handOverDays         days within which the person contacts the buyer
 */
public record EscalationPolicy(int maxReports, List<Money> thresholds, boolean escalateUnknownValue,
                               int maxDaysLate, int handOverDays) {

    /** The default threshold: 100 US dollars. */
    public static final Money DEFAULT_THRESHOLD = Money.of("USD", "100");

    /** Validates the numbers and that each currency has at most one threshold. */
    public EscalationPolicy {
        if (maxReports < 0) {
            throw new IllegalArgumentException("maxReports is negative: " + maxReports);
        }
        if (maxDaysLate < 0) {
            throw new IllegalArgumentException("maxDaysLate is negative: " + maxDaysLate);
        }
        if (handOverDays < 0) {
            throw new IllegalArgumentException("handOverDays is negative: " + handOverDays);
        }
        thresholds = List.copyOf(thresholds);
        Set<Currency> seen = new HashSet<>();
        for (Money threshold : thresholds) {
            if (threshold.isNegative()) {
                throw new IllegalArgumentException("threshold is negative: " + threshold);
            }
            if (!seen.add(threshold.currency())) {
                throw new IllegalArgumentException("two thresholds in " + threshold.currency());
            }
        }
    }

    /** The defaults described above. */
    public static EscalationPolicy defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy's values. */
    public Builder toBuilder() {
        return new Builder().maxReports(maxReports).thresholds(thresholds).escalateUnknownValue(escalateUnknownValue)
                .maxDaysLate(maxDaysLate).handOverDays(handOverDays);
    }

    /** The threshold for {@code currency}, if the shop gave one. */
    public Optional<Money> threshold(Currency currency) {
        return thresholds.stream().filter(t -> t.currency().equals(currency)).findFirst();
    }

    /**
     * Why {@code shipment} in the state {@code verdict} describes should go to a person; empty when
     * the automated message can handle it.
     */
    public List<EscalationReason> reasons(Shipment shipment, Verdict verdict) {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(verdict, "verdict");
        List<EscalationReason> reasons = new ArrayList<>();
        if (shipment.reports().size() > maxReports) {
            reasons.add(EscalationReason.REPEATED_REPORTS);
        }
        if (isLossOfGoods(verdict)) {
            Money value = shipment.value().orElse(null);
            Optional<Money> threshold = value == null ? Optional.empty() : threshold(value.currency());
            if (threshold.isPresent()) {
                if (value.compareTo(threshold.get()) > 0) {
                    reasons.add(EscalationReason.HIGH_VALUE_LOSS);
                }
            } else if (escalateUnknownValue) {
                reasons.add(EscalationReason.UNKNOWN_VALUE_LOSS);
            }
        }
        if (verdict.daysLate() > maxDaysLate) {
            reasons.add(EscalationReason.VERY_LATE);
        }
        return List.copyOf(reasons);
    }

    /** True when {@link #reasons(Shipment, Verdict)} is not empty. */
    public boolean escalates(Shipment shipment, Verdict verdict) {
        return !reasons(shipment, verdict).isEmpty();
    }

    private static boolean isLossOfGoods(Verdict verdict) {
        return verdict.status() == Status.LOST || verdict.exception() == ExceptionType.LOST
                || verdict.exception() == ExceptionType.DAMAGED || verdict.exception() == ExceptionType.NOT_RECEIVED;
    }

    /** Builds an {@link EscalationPolicy}, starting from the defaults. Not thread-safe; the policy is. */
    public static final class Builder {
        private int maxReports = 1;
        private final List<Money> thresholds = new ArrayList<>(List.of(DEFAULT_THRESHOLD));
        private boolean escalateUnknownValue = true;
        private int maxDaysLate = 10;
        private int handOverDays = 1;

        private Builder() {
        }

        /** The most buyer reports handled automatically; one more goes to a person. */
        public Builder maxReports(int maxReports) {
            this.maxReports = maxReports;
            return this;
        }

        /** Sets the threshold for the currency of {@code threshold}, replacing any earlier one in it. */
        public Builder threshold(Money threshold) {
            Objects.requireNonNull(threshold, "threshold");
            thresholds.removeIf(t -> t.currency().equals(threshold.currency()));
            thresholds.add(threshold);
            return this;
        }

        /** Replaces every threshold. */
        public Builder thresholds(Collection<Money> thresholds) {
            this.thresholds.clear();
            this.thresholds.addAll(thresholds);
            return this;
        }

        /** Whether a loss whose value cannot be compared with a threshold goes to a person. */
        public Builder escalateUnknownValue(boolean escalateUnknownValue) {
            this.escalateUnknownValue = escalateUnknownValue;
            return this;
        }

        /** The most days late handled automatically. */
        public Builder maxDaysLate(int maxDaysLate) {
            this.maxDaysLate = maxDaysLate;
            return this;
        }

        /** Days within which the person contacts the buyer. */
        public Builder handOverDays(int handOverDays) {
            this.handOverDays = handOverDays;
            return this;
        }

        /** The policy; throws naming a bad value. */
        public EscalationPolicy build() {
            return new EscalationPolicy(maxReports, thresholds, escalateUnknownValue, maxDaysLate, handOverDays);
        }
    }
}
