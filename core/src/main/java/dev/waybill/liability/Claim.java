package dev.waybill.liability;

import dev.waybill.shipment.Money;
import dev.waybill.source.Confidence;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim the seller can make against the party liable for a loss: under which regime, from when
 * and by when, up to how much, and how sure Waybill is of the rules it rests on.
 *
 * <p>Immutable and thread-safe. A cap in SDR uses the ISO 4217 code {@code XDR}; Waybill holds no
 * exchange rates, the caller converts with the rate of the day (see {@link SdrRate}).
 *
 * @param party       whom the claim is against
 * @param regime      the liability regime: a convention or a carrier's terms, for example {@code MONTREAL_1999}
 * @param deadline    the last day to act: the earliest barring notice, claim or action deadline
 * @param cap         the most the regime pays; empty when it cannot be computed (no weight, no limit recorded,
 *                    or a cap of the carriage charges)
 * @param basis       the citations the deadline and cap rest on, with research references and confidence marks
 * @param openFrom    the first day a claim for a loss may be made; empty when no such rule applies or its date is unknown
 * @param recoverable the lower of the goods' value and the cap; empty when either is unknown or their currencies differ
 * @param confidence  the weakest confidence of the facts the cap and deadline rest on
 */
public record Claim(Party party, String regime, LocalDate deadline, Optional<Money> cap, String basis,
                    Optional<LocalDate> openFrom, Optional<Money> recoverable, Confidence confidence) {

    /** Validates the parts. */
    public Claim {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(openFrom, "openFrom");
        Objects.requireNonNull(recoverable, "recoverable");
        Objects.requireNonNull(confidence, "confidence");
    }

    /**
     * A claim with only the contract's fields; no opening day or recoverable amount, and marked
     * {@link Confidence#UNVERIFIED} since nothing says where it comes from.
     */
    public Claim(Party party, String regime, LocalDate deadline, Optional<Money> cap, String basis) {
        this(party, regime, deadline, cap, basis, Optional.empty(), Optional.empty(), Confidence.UNVERIFIED);
    }

    /** True when the claim can be filed on {@code day}: it has opened and the deadline has not passed. */
    public boolean isOpenOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isAfter(deadline) && openFrom.filter(day::isBefore).isEmpty();
    }

    /** True when the deadline has passed on {@code day}. */
    public boolean isTimeBarredOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return day.isAfter(deadline);
    }
}
