package dev.waybill.liability;

import dev.waybill.shipment.Shipment;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link ClaimEngine} needs to work out a claim: the shipment, the party to claim from,
 * what was lost, and today's date; optionally the carrier's scheduled delivery date, an SDR rate
 * and the number of packages.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ClaimRequest request = ClaimRequest.builder(shipment, Party.LINEHAUL_CARRIER, LossKind.LOSS, today)
 *         .sdrRate(SdrRate.of("USD", "1.31"))
 *         .build();
 * }</pre>
 *
 * @param shipment         the shipment
 * @param party            whom the seller claims from (the verdict's {@code recoverFrom})
 * @param loss             what was lost
 * @param today            today's date: the date of carriage when the shipment shows no event
 * @param expectedDelivery the carrier's scheduled or agreed delivery date; empty when unknown (the
 *                         shop's promise to the buyer is a different date and is not used)
 * @param sdrRate          the rate to convert SDR caps with; empty keeps them in SDR
 * @param packages         number of packages in the shipment, at least 1
 */
public record ClaimRequest(Shipment shipment, Party party, LossKind loss, LocalDate today,
                           Optional<LocalDate> expectedDelivery, Optional<SdrRate> sdrRate, int packages) {

    /** Validates the parts. */
    public ClaimRequest {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(expectedDelivery, "expectedDelivery");
        Objects.requireNonNull(sdrRate, "sdrRate");
        if (packages < 1) {
            throw new IllegalArgumentException("packages must be at least 1, got " + packages);
        }
    }

    /** A request whose scheduled date and SDR rate are plain values, null when not given. */
    public ClaimRequest(Shipment shipment, Party party, LossKind loss, LocalDate today, LocalDate expectedDelivery,
                        SdrRate sdrRate, int packages) {
        this(shipment, party, loss, today, Optional.ofNullable(expectedDelivery), Optional.ofNullable(sdrRate),
                packages);
    }

    /** A request for one package, without a scheduled date or an SDR rate. */
    public static ClaimRequest of(Shipment shipment, Party party, LossKind loss, LocalDate today) {
        return new ClaimRequest(shipment, party, loss, today, Optional.empty(), Optional.empty(), 1);
    }

    /** A builder for a claim against {@code party} for {@code loss} of {@code shipment}. */
    public static Builder builder(Shipment shipment, Party party, LossKind loss, LocalDate today) {
        return new Builder(shipment, party, loss, today);
    }

    /** A builder holding this request's values. */
    public Builder toBuilder() {
        return new Builder(shipment, party, loss, today).expectedDelivery(expectedDelivery.orElse(null))
                .sdrRate(sdrRate.orElse(null)).packages(packages);
    }

    /** Builds a {@link ClaimRequest}. Not thread-safe; the built request is. */
    public static final class Builder {
        private final Shipment shipment;
        private final Party party;
        private final LossKind loss;
        private final LocalDate today;
        private LocalDate expectedDelivery;
        private SdrRate sdrRate;
        private int packages = 1;

        private Builder(Shipment shipment, Party party, LossKind loss, LocalDate today) {
            this.shipment = shipment;
            this.party = party;
            this.loss = loss;
            this.today = today;
        }

        /** The carrier's scheduled or agreed delivery date. */
        public Builder expectedDelivery(LocalDate expectedDelivery) {
            this.expectedDelivery = expectedDelivery;
            return this;
        }

        /** The rate to convert SDR caps with. */
        public Builder sdrRate(SdrRate sdrRate) {
            this.sdrRate = sdrRate;
            return this;
        }

        /** Number of packages; 1 by default. */
        public Builder packages(int packages) {
            this.packages = packages;
            return this;
        }

        /** The request; throws naming a missing or bad part. */
        public ClaimRequest build() {
            return new ClaimRequest(shipment, party, loss, today, expectedDelivery, sdrRate, packages);
        }
    }
}
