package dev.waybill.carriers.mapping;

import dev.waybill.shipment.TextReading;
import java.util.Objects;

/**
 * What {@link TextRules#classify(String)} read from a carrier's event text: the contract's code and
 * reason (a customs row may leave its side to {@link ShipmentDraft}, see
 * {@link StatusMapping#customs(boolean, dev.waybill.shipment.Reason)}), and the rule and certainty
 * behind the reading, for the event's {@link TextReading}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mapping the code and reason read
 * @param reading the rule that matched and how sure it is
 */
public record TextMatch(StatusMapping mapping, TextReading reading) {

    /** Validates the parts. */
    public TextMatch {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(reading, "reading");
    }
}
