package dev.waybill.returns;

import dev.waybill.shipment.CountryCode;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The statutory return rules of many markets, one per country.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rules the rules by country
 */
public record ReturnRuleBook(Map<CountryCode, ReturnRule> rules) {

    /** Validates that every rule sits under its own country, and copies the map. */
    public ReturnRuleBook {
        for (Map.Entry<CountryCode, ReturnRule> entry : rules.entrySet()) {
            if (!entry.getKey().equals(entry.getValue().country())) {
                throw new IllegalArgumentException("rule for " + entry.getValue().country() + " filed under "
                        + entry.getKey());
            }
        }
        rules = Map.copyOf(rules);
    }

    /**
     * A book of {@code rules}.
     *
     * @throws IllegalArgumentException if two rules share a country
     */
    public static ReturnRuleBook of(Collection<ReturnRule> rules) {
        Map<CountryCode, ReturnRule> byCountry = new TreeMap<>();
        for (ReturnRule rule : rules) {
            if (byCountry.put(rule.country(), rule) != null) {
                throw new IllegalArgumentException("two rules for " + rule.country());
            }
        }
        return new ReturnRuleBook(byCountry);
    }

    /** The rule of {@code country}, if one is encoded. */
    public Optional<ReturnRule> ruleFor(CountryCode country) {
        return Optional.ofNullable(rules.get(country));
    }

    /** The countries with a rule, in alphabetical order. */
    public Set<CountryCode> countries() {
        return new java.util.TreeSet<>(rules.keySet());
    }
}
