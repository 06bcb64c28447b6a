package dev.waybill.liability;

import dev.waybill.shipment.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A liability regime as data: a convention (Montreal 1999, CMR, Hague-Visby), a carrier's terms
 * (DHL Express, UPS, FedEx) or a postal scheme, with its dated limits and its time limits, each
 * carrying its source.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Recovery recovery = montreal.recovery(Consignment.of(LocalDate.parse("2025-03-02"), null, new BigDecimal("2.5")),
 *         LossKind.LOSS).orElseThrow();
 * recovery.cap();   // 65.00 XDR: 26 SDR/kg since 28 Dec 2024
 * }</pre>
 *
 * @param id         the identifier, upper case, for example {@code MONTREAL_1999}
 * @param name       the regime in words
 * @param kind       convention, carrier terms or postal
 * @param limits     the dated limits
 * @param timeLimits the openings and deadlines
 */
public record LiabilityRegime(String id, String name, RegimeKind kind, List<LimitRule> limits,
                              List<TimeLimit> timeLimits) {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** Validates the parts, copies the lists and refuses two limits for one loss kind from one date. */
    public LiabilityRegime {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("regime id must be upper case letters, digits and '_': '" + id + "'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("regime " + id + " has a blank name");
        }
        limits = List.copyOf(limits);
        timeLimits = List.copyOf(timeLimits);
        for (int i = 0; i < limits.size(); i++) {
            for (int j = i + 1; j < limits.size(); j++) {
                LimitRule a = limits.get(i);
                LimitRule b = limits.get(j);
                if (Objects.equals(a.from(), b.from()) && a.losses().stream().anyMatch(b.losses()::contains)) {
                    throw new IllegalArgumentException("regime " + id + " has two limits for the same loss kind from "
                            + a.from().map(LocalDate::toString).orElse("the start") + " (limits " + i + " and " + j
                            + ")");
                }
            }
        }
    }

    /** The limit in force for {@code loss} on goods carried on {@code carriedOn}, if the regime caps it. */
    public Optional<LimitRule> limit(LossKind loss, LocalDate carriedOn) {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(carriedOn, "carriedOn");
        return limits.stream().filter(rule -> rule.appliesTo(loss, carriedOn))
                .max(Comparator.comparing(rule -> rule.from().orElse(LocalDate.MIN)));
    }

    /** The openings and deadlines in force for {@code loss} on goods carried on {@code carriedOn}. */
    public List<TimeLimit> timeLimits(LossKind loss, LocalDate carriedOn) {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(carriedOn, "carriedOn");
        return timeLimits.stream().filter(limit -> limit.appliesTo(loss, carriedOn)).toList();
    }

    /**
     * True when the regime gives a claim for {@code loss} on goods carried on {@code carriedOn}:
     * it sets a barring deadline for it. The UPU, for example, pays no indemnity for delay.
     */
    public boolean covers(LossKind loss, LocalDate carriedOn) {
        return timeLimits(loss, carriedOn).stream().anyMatch(limit -> limit.isDeadline() && limit.barring());
    }

    /** What the seller can recover for {@code consignment}, caps left in their own currency (SDR stays XDR). */
    public Optional<Recovery> recovery(Consignment consignment, LossKind loss) {
        return recover(consignment, loss, null);
    }

    /** What the seller can recover for {@code consignment}, SDR caps converted with {@code rate}. */
    public Optional<Recovery> recovery(Consignment consignment, LossKind loss, SdrRate rate) {
        return recover(consignment, loss, Objects.requireNonNull(rate, "rate"));
    }

    private Optional<Recovery> recover(Consignment consignment, LossKind loss, SdrRate rate) {
        Objects.requireNonNull(consignment, "consignment");
        return limit(loss, consignment.carriedOn()).map(rule -> {
            Optional<Money> cap = rule.limit().cap(consignment.weightKg().orElse(null), consignment.packages())
                    .map(money -> rate == null ? money : rate.convert(money));
            Money value = consignment.value().orElse(null);
            Optional<Money> recoverable = cap.filter(c -> value != null && c.currency().equals(value.currency()))
                    .map(c -> value.min(c));
            return new Recovery(rule, cap, recoverable);
        });
    }
}
