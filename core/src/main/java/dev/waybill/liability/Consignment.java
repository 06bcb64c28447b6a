package dev.waybill.liability;

import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What a liability cap is computed from: the date of carriage (which picks the dated limit in
 * force), the value, the gross weight and the number of packages.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Consignment parcel = Consignment.of(LocalDate.parse("2025-03-02"), Money.of("USD", "80.00"), new BigDecimal("2.5"));
 * }</pre>
 *
 * @param carriedOn the day the carrier took the goods over
 * @param value     the value of the goods; empty when unknown
 * @param weightKg  gross weight in kilograms; empty when unknown
 * @param packages  number of packages, at least 1
 */
public record Consignment(LocalDate carriedOn, Optional<Money> value, Optional<BigDecimal> weightKg, int packages) {

    /** Validates the parts. */
    public Consignment {
        Objects.requireNonNull(carriedOn, "carriedOn");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(weightKg, "weightKg");
        if (value.filter(Money::isNegative).isPresent()) {
            throw new IllegalArgumentException("value is negative: " + value.get());
        }
        if (weightKg.filter(kg -> kg.signum() < 0).isPresent()) {
            throw new IllegalArgumentException("weightKg is negative: " + weightKg.get());
        }
        if (packages < 1) {
            throw new IllegalArgumentException("packages must be at least 1, got " + packages);
        }
    }

    /** A consignment whose value and weight are plain values, null when unknown. */
    public Consignment(LocalDate carriedOn, Money value, BigDecimal weightKg, int packages) {
        this(carriedOn, Optional.ofNullable(value), Optional.ofNullable(weightKg), packages);
    }

    /** One package carried on {@code carriedOn}; value and weight null when unknown. */
    public static Consignment of(LocalDate carriedOn, Money value, BigDecimal weightKg) {
        return new Consignment(carriedOn, value, weightKg, 1);
    }

    /**
     * One package as the shipment describes it: carried on the day of {@link #acceptanceOf(Shipment)},
     * or on {@code fallback} when the shipment shows no event at all.
     */
    public static Consignment from(Shipment shipment, LocalDate fallback) {
        Objects.requireNonNull(fallback, "fallback");
        return new Consignment(acceptanceOf(shipment).orElse(fallback), shipment.value(), shipment.weightKg(), 1);
    }

    /**
     * The day the carrier took the shipment over: the local date of {@code shippedAt}, else of the
     * first event after the label, else of the label; empty without any of them.
     */
    public static Optional<LocalDate> acceptanceOf(Shipment shipment) {
        if (shipment.shippedAt().isPresent()) {
            return shipment.shippedAt().map(OffsetDateTime::toLocalDate);
        }
        return shipment.events().stream().filter(e -> e.code() != EventCode.LABEL_CREATED).findFirst()
                .or(() -> shipment.events().stream().findFirst())
                .map(TrackingEvent::localDate);
    }

    /** This consignment as {@code packages} packages. */
    public Consignment withPackages(int packages) {
        return new Consignment(carriedOn, value, weightKg, packages);
    }
}
