package dev.waybill.shipment;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in one ISO 4217 currency.
 *
 * <p>Immutable and thread-safe. {@code Money.of("EUR", "12.50")}; {@code toString()} gives
 * {@code "12.50 EUR"} and round-trips through {@link #parse(String)}. Arithmetic refuses to mix
 * currencies: Waybill holds no exchange rates.
 *
 * @param currency the currency
 * @param amount   the amount, as given (scale kept)
 */
public record Money(Currency currency, BigDecimal amount) implements Comparable<Money> {

    /** Validates both parts. */
    public Money {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
    }

    /** Money of {@code amount} in {@code currency}. */
    public static Money of(Currency currency, BigDecimal amount) {
        return new Money(currency, amount);
    }

    /**
     * Money from a currency code and a decimal string, for example {@code of("USD", "19.90")}.
     *
     * @throws IllegalArgumentException naming the bad currency code or amount
     */
    public static Money of(String currencyCode, String amount) {
        return new Money(currency(currencyCode), decimal(amount));
    }

    /** Zero in {@code currency}. */
    public static Money zero(Currency currency) {
        return new Money(currency, BigDecimal.ZERO);
    }

    /**
     * Parses the {@link #toString()} form, {@code "12.50 EUR"}.
     *
     * @throws IllegalArgumentException if the text is not an amount, a blank and a currency code
     */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not an amount and a currency: '" + text + "'");
        }
        return of(parts[1], parts[0]);
    }

    /**
     * The ISO 4217 currency for {@code code}.
     *
     * @throws IllegalArgumentException quoting the code when it is not ISO 4217
     */
    public static Currency currency(String code) {
        Objects.requireNonNull(code, "currency code");
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        try {
            if (normalised.length() != 3) {
                throw new IllegalArgumentException();
            }
            return Currency.getInstance(normalised);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: '" + code + "'");
        }
    }

    private static BigDecimal decimal(String amount) {
        Objects.requireNonNull(amount, "amount");
        try {
            return new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal amount: '" + amount + "'");
        }
    }

    /** True when the amount is below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** This plus {@code other}; both must share a currency. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(currency, amount.add(other.amount));
    }

    /** This amount multiplied by {@code factor}, same currency, scale of the currency. */
    public Money times(BigDecimal factor) {
        return new Money(currency, amount.multiply(factor).setScale(scale(), java.math.RoundingMode.HALF_UP));
    }

    /** The smaller of this and {@code other}; both must share a currency. */
    public Money min(Money other) {
        requireSameCurrency(other);
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private int scale() {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? 2 : digits;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currencies differ: " + currency + " and " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
