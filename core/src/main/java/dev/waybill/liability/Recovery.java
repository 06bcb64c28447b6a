package dev.waybill.liability;

import dev.waybill.shipment.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * What a regime lets the seller recover for one consignment: the limit rule in force, the cap it
 * gives, and the lower of the cap and the value of the goods.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule        the limit rule in force on the date of carriage
 * @param cap         the cap; empty when it cannot be computed (no weight, or the carriage charges)
 * @param recoverable the lower of the value and the cap; empty when either is unknown or they are in
 *                    different currencies (an SDR cap without an SDR rate, a USD cap on a EUR value)
 */
public record Recovery(LimitRule rule, Optional<Money> cap, Optional<Money> recoverable) {

    /** Validates the rule. */
    public Recovery {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(recoverable, "recoverable");
    }
}
