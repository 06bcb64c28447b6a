package dev.waybill.liability;

import dev.waybill.shipment.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A claim the seller can make against the party liable for a loss: under which regime, by when,
 * and up to how much.
 *
 * <p>Immutable and thread-safe. A cap in SDR uses the ISO 4217 code {@code XDR}; Waybill holds no
 * exchange rates, the caller converts with the rate of the day.
 *
 * @param party    whom the claim is against
 * @param regime   the liability regime: a convention or a carrier's terms, for example {@code MONTREAL_1999}
 * @param deadline the last day to file
 * @param cap      the most the regime pays
 * @param basis    the citation the deadline and cap rest on
 */
public record Claim(Party party, String regime, LocalDate deadline, Money cap, String basis) {

    /** Validates the parts. */
    public Claim {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(basis, "basis");
    }
}
