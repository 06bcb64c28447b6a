package dev.waybill.policies.internal;

import java.math.BigDecimal;

/**
 * An amount as policy files write it: {@code {"amount": "12.50", "currency": "EUR"}} (the amount as a
 * JSON number or a decimal string). Checked into {@link dev.waybill.shipment.Money} by
 * {@link At#money(MoneyJson)}.
 *
 * <p>Not API.
 *
 * @param amount   the amount
 * @param currency the ISO 4217 code
 */
public record MoneyJson(BigDecimal amount, String currency) {
}
