package dev.waybill.liability;

import dev.waybill.shipment.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The caller's exchange rate for the IMF's Special Drawing Right: how many units of
 * {@code currency} one SDR is worth today. Waybill holds no exchange rates; without one, caps stay
 * in SDR (ISO 4217 {@code XDR}).
 *
 * <p>Immutable and thread-safe. {@code SdrRate.of("USD", "1.31").convert(Money.of("XDR", "65"))}
 * gives {@code 85.15 USD}.
 *
 * @param currency the currency converted into, not XDR
 * @param perSdr   units of {@code currency} per SDR, positive
 */
public record SdrRate(Currency currency, BigDecimal perSdr) {

    /** The SDR's ISO 4217 currency, {@code XDR}. */
    public static final Currency SDR = Currency.getInstance("XDR");

    /** Validates the currency and the rate. */
    public SdrRate {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(perSdr, "perSdr");
        if (currency.equals(SDR)) {
            throw new IllegalArgumentException("an SDR rate converts into another currency, not XDR");
        }
        if (perSdr.signum() <= 0) {
            throw new IllegalArgumentException("SDR rate must be positive, got " + perSdr);
        }
    }

    /**
     * The rate of one SDR in {@code currencyCode}, for example {@code of("EUR", "1.21")}.
     *
     * @throws IllegalArgumentException naming a bad currency code or rate
     */
    public static SdrRate of(String currencyCode, String perSdr) {
        try {
            return new SdrRate(Money.currency(currencyCode), new BigDecimal(perSdr.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal SDR rate: '" + perSdr + "'");
        }
    }

    /**
     * {@code money} in this rate's currency at that currency's scale (half up) when it is in SDR;
     * any other money is returned unchanged.
     */
    public Money convert(Money money) {
        Objects.requireNonNull(money, "money");
        if (!money.currency().equals(SDR)) {
            return money;
        }
        return Money.of(currency, money.amount()).times(perSdr);
    }
}
