package dev.waybill.json.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.json.ReturnsAnswer;
import dev.waybill.returns.WithdrawalDecision;

/** Writes a {@link ReturnsAnswer} as the line of {@code waybill returns}. */
public final class ReturnsWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReturnsWriter() {
    }

    /** The answer line of {@code answer}. */
    public static ObjectNode write(ReturnsAnswer answer) {
        WithdrawalDecision decision = answer.decision();
        ObjectNode line = NODES.objectNode();
        line.put("country", answer.country());
        line.put("statutory", decision.statutory());
        line.put("eligible", decision.eligible());
        line.put("deadline", decision.deadline() == null ? null : decision.deadline().toString());
        line.put("basis", decision.basis());
        line.put("reason", decision.reason());
        line.put("returnShippingPaidBy", decision.returnShippingPaidBy().name());
        line.put("refundWithinDays", decision.refundWithinDays());
        line.put("confidence", decision.confidence() == null ? null : decision.confidence().mark());
        line.put("rolledOverFrom", decision.rolledOverFrom() == null ? null : decision.rolledOverFrom().toString());
        if (answer.withPolicy()) {
            if (decision.shopOffer() == null) {
                line.putNull("shopOffer");
            } else {
                ObjectNode offer = line.putObject("shopOffer");
                offer.put("exchangeFirst", decision.shopOffer().exchangeFirst());
                offer.put("restockingFeePercent", decision.shopOffer().restockingFeePercent());
                offer.put("refundWithoutReturn", decision.shopOffer().refundWithoutReturn());
            }
            decision.ignoredShopTerms().forEach(line.putArray("ignoredShopTerms")::add);
        }
        return line;
    }
}
