package dev.waybill.carriers.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/** Converts carrier weights to kilograms. Unknown units give null rather than a guess. */
public final class Weights {

    private static final Map<String, BigDecimal> KG_PER_UNIT = Map.of(
            "kg", BigDecimal.ONE, "kgs", BigDecimal.ONE, "kilogram", BigDecimal.ONE,
            "g", new BigDecimal("0.001"), "gram", new BigDecimal("0.001"),
            "lb", new BigDecimal("0.45359237"), "lbs", new BigDecimal("0.45359237"),
            "oz", new BigDecimal("0.028349523125"));

    private Weights() {
    }

    /** {@code value} in {@code unit} as kilograms to three decimals; null when either is missing or unknown. */
    public static BigDecimal toKg(BigDecimal value, String unit) {
        if (value == null || unit == null) {
            return null;
        }
        BigDecimal factor = KG_PER_UNIT.get(unit.strip().toLowerCase(Locale.ROOT));
        return factor == null ? null : value.multiply(factor).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
