package dev.waybill.liability;

import dev.waybill.shipment.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;

/**
 * How a regime caps what a carrier pays: per kilogram of gross weight, per package, the greater of
 * the two, a fixed amount plus a per-kilogram amount, or the carriage charges. Amounts in SDR use
 * the ISO 4217 code {@code XDR}.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * LiabilityLimit montreal = LiabilityLimit.perKilogram(Money.of("XDR", "26"));
 * montreal.cap(new BigDecimal("2.5"), 1);   // 65.00 XDR
 * }</pre>
 */
public sealed interface LiabilityLimit {

    /**
     * The cap for a consignment, in the limit's currency and at that currency's scale; empty when
     * it cannot be computed (a weight-based limit without a weight, or the carriage charges, which
     * Waybill does not know).
     *
     * @param weightKg gross weight in kilograms; null when unknown
     * @param packages number of packages, at least 1
     */
    Optional<Money> cap(BigDecimal weightKg, int packages);

    /** The limit in words, for example {@code 26 SDR/kg}. */
    String describe();

    /** The currency the cap is expressed in; empty for a share of the carriage charges. */
    Optional<Currency> currency();

    /** A cap of {@code perKg} times the gross weight (Montreal, CMR). */
    static LiabilityLimit perKilogram(Money perKg) {
        return new PerKilogram(perKg);
    }

    /** A cap of {@code amount} per package (express carriers without a declared value). */
    static LiabilityLimit perPackage(Money amount) {
        return new PerPackage(amount);
    }

    /** Whichever is higher of {@code perPackage} per package and {@code perKg} times the weight (Hague-Visby). */
    static LiabilityLimit greaterOf(Money perPackage, Money perKg) {
        return new GreaterOf(perPackage, perKg);
    }

    /** {@code perPackage} per package plus {@code perKg} times the weight (UPU parcels). */
    static LiabilityLimit packagePlusWeight(Money perPackage, Money perKg) {
        return new PackagePlusWeight(perPackage, perKg);
    }

    /** A share of the carriage charges, {@code 1} for all of them (CMR delay). */
    static LiabilityLimit carriageCharges(BigDecimal share) {
        return new CarriageCharges(share);
    }

    /**
     * A cap per kilogram of gross weight.
     *
     * @param perKg the amount per kilogram, positive
     */
    record PerKilogram(Money perKg) implements LiabilityLimit {

        /** Validates the rate. */
        public PerKilogram {
            requirePositive(perKg, "perKg");
        }

        @Override
        public Optional<Money> cap(BigDecimal weightKg, int packages) {
            requirePackages(packages);
            return weightKg == null ? Optional.empty() : Optional.of(perKg.times(weightKg));
        }

        @Override
        public String describe() {
            return words(perKg) + "/kg";
        }

        @Override
        public Optional<Currency> currency() {
            return Optional.of(perKg.currency());
        }
    }

    /**
     * A fixed cap per package.
     *
     * @param amount the amount per package, positive
     */
    record PerPackage(Money amount) implements LiabilityLimit {

        /** Validates the amount. */
        public PerPackage {
            requirePositive(amount, "amount");
        }

        @Override
        public Optional<Money> cap(BigDecimal weightKg, int packages) {
            requirePackages(packages);
            return Optional.of(amount.times(BigDecimal.valueOf(packages)));
        }

        @Override
        public String describe() {
            return words(amount) + " per package";
        }

        @Override
        public Optional<Currency> currency() {
            return Optional.of(amount.currency());
        }
    }

    /**
     * Whichever is higher of an amount per package and an amount per kilogram.
     *
     * @param perPackage the amount per package, positive
     * @param perKg      the amount per kilogram, positive, same currency
     */
    record GreaterOf(Money perPackage, Money perKg) implements LiabilityLimit {

        /** Validates both amounts and their shared currency. */
        public GreaterOf {
            requireRates(perPackage, perKg);
        }

        @Override
        public Optional<Money> cap(BigDecimal weightKg, int packages) {
            return combine(perPackage, perKg, weightKg, packages,
                    (byPackage, byWeight) -> byPackage.compareTo(byWeight) >= 0 ? byPackage : byWeight);
        }

        @Override
        public String describe() {
            return words(perPackage) + " per package or " + words(perKg) + "/kg, whichever is higher";
        }

        @Override
        public Optional<Currency> currency() {
            return Optional.of(perPackage.currency());
        }
    }

    /**
     * An amount per package plus an amount per kilogram.
     *
     * @param perPackage the amount per package, positive
     * @param perKg      the amount per kilogram, positive, same currency
     */
    record PackagePlusWeight(Money perPackage, Money perKg) implements LiabilityLimit {

        /** Validates both amounts and their shared currency. */
        public PackagePlusWeight {
            requireRates(perPackage, perKg);
        }

        @Override
        public Optional<Money> cap(BigDecimal weightKg, int packages) {
            return combine(perPackage, perKg, weightKg, packages, Money::plus);
        }

        @Override
        public String describe() {
            return words(perPackage) + " per package plus " + words(perKg) + "/kg";
        }

        @Override
        public Optional<Currency> currency() {
            return Optional.of(perPackage.currency());
        }
    }

    /**
     * A share of the carriage charges. Waybill does not know what the seller paid for carriage, so
     * the cap is never computed; the claim names the rule instead.
     *
     * @param share the share, above 0 and at most 1
     */
    record CarriageCharges(BigDecimal share) implements LiabilityLimit {

        /** Validates the share. */
        public CarriageCharges {
            Objects.requireNonNull(share, "share");
            if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("share of the carriage charges must be in (0, 1], got " + share);
            }
        }

        @Override
        public Optional<Money> cap(BigDecimal weightKg, int packages) {
            requirePackages(packages);
            return Optional.empty();
        }

        @Override
        public String describe() {
            return share.compareTo(BigDecimal.ONE) == 0 ? "the carriage charges"
                    : share.movePointRight(2).stripTrailingZeros().toPlainString() + "% of the carriage charges";
        }

        @Override
        public Optional<Currency> currency() {
            return Optional.empty();
        }
    }

    private static void requirePositive(Money money, String name) {
        Objects.requireNonNull(money, name);
        if (money.amount().signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + money);
        }
    }

    private static void requireRates(Money perPackage, Money perKg) {
        requirePositive(perPackage, "perPackage");
        requirePositive(perKg, "perKg");
        if (!perPackage.currency().equals(perKg.currency())) {
            throw new IllegalArgumentException("currencies differ: " + perPackage + " and " + perKg);
        }
    }

    /**
     * The cap of a limit with an amount per package and one per kilogram: empty without a weight,
     * else {@code how} applied to the package part and the weight part.
     */
    private static Optional<Money> combine(Money perPackage, Money perKg, BigDecimal weightKg, int packages,
                                           BinaryOperator<Money> how) {
        requirePackages(packages);
        if (weightKg == null) {
            return Optional.empty();
        }
        return Optional.of(how.apply(perPackage.times(BigDecimal.valueOf(packages)), perKg.times(weightKg)));
    }

    private static void requirePackages(int packages) {
        if (packages < 1) {
            throw new IllegalArgumentException("packages must be at least 1, got " + packages);
        }
    }

    private static String words(Money money) {
        String code = money.currency().getCurrencyCode();
        return money.amount().stripTrailingZeros().toPlainString() + " " + (code.equals("XDR") ? "SDR" : code);
    }
}
