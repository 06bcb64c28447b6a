package dev.waybill.returns;

import dev.waybill.shipment.CountryCode;
import java.util.Map;
import java.util.Objects;

/**
 * A shop's own return policy: default terms and per-market overrides. Where the law gives a
 * withdrawal right, only the terms more generous than the law apply (a stricter term is reported
 * in {@link WithdrawalDecision#ignoredShopTerms()}); where it gives none, the shop's terms are the
 * answer.
 *
 * <p>Immutable and thread-safe. Loaded from a shop's JSON file by
 * {@code dev.waybill.policies.returns.ShopReturnPolicies}.
 *
 * @param name     the shop's name, or the file it was read from
 * @param defaults the terms for every market without its own
 * @param markets  the terms of particular markets; a term they do not set comes from {@code defaults}
 */
public record ShopReturnPolicy(String name, ShopTerms defaults, Map<CountryCode, ShopTerms> markets) {

    /** Validates the parts and copies the map. */
    public ShopReturnPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaults, "defaults");
        markets = Map.copyOf(markets);
    }

    /** A policy with the same terms everywhere. */
    public static ShopReturnPolicy of(String name, ShopTerms terms) {
        return new ShopReturnPolicy(name, terms, Map.of());
    }

    /** The terms that apply in {@code country}: its own, completed by the defaults. */
    public ShopTerms termsFor(CountryCode country) {
        ShopTerms own = markets.get(country);
        return own == null ? defaults : own.inheriting(defaults);
    }
}
