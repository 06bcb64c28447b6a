package dev.waybill.json.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.json.ReturnsAnswer;
import dev.waybill.returns.WithdrawalDecision;
import dev.waybill.source.Confidence;
import java.time.LocalDate;

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
        line.put("deadline", decision.deadline().map(LocalDate::toString).orElse(null));
        line.put("basis", decision.basis());
        line.put("reason", decision.reason().orElse(null));
        line.put("returnShippingPaidBy", decision.returnShippingPaidBy().name());
        line.put("refundWithinDays", decision.refundWithinDays().orElse(null));
        line.put("confidence", decision.confidence().map(Confidence::mark).orElse(null));
        line.put("rolledOverFrom", decision.rolledOverFrom().map(LocalDate::toString).orElse(null));
        if (answer.withPolicy()) {
            decision.shopOffer().ifPresentOrElse(shopOffer -> {
                ObjectNode offer = line.putObject("shopOffer");
                offer.put("exchangeFirst", shopOffer.exchangeFirst());
                offer.put("restockingFeePercent", shopOffer.restockingFeePercent());
                offer.put("refundWithoutReturn", shopOffer.refundWithoutReturn());
            }, () -> line.putNull("shopOffer"));
            decision.ignoredShopTerms().forEach(line.putArray("ignoredShopTerms")::add);
        }
        return line;
    }
}
