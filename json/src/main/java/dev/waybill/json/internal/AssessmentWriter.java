package dev.waybill.json.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.Assessment;
import dev.waybill.delay.Verdict;
import dev.waybill.liability.Claim;
import dev.waybill.remedy.Remedy;
import dev.waybill.remedy.RemedyWords;
import dev.waybill.shipment.Money;
import java.time.LocalDate;

/**
 * Writes an {@link Assessment} as the contract's verdict line ({@code waybill assess} output): the
 * contract's fields, then {@code profile} and {@code explanation}; on a claim {@code openFrom},
 * {@code recoverable}, {@code confidence} and {@code basis}; on a remedy {@code claimFrom}, and
 * {@code coupon} and {@code standing} where there are any.
 */
public final class AssessmentWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AssessmentWriter() {
    }

    /** The verdict line of {@code assessment}, the remedy's reason and standing in {@code words}. */
    public static ObjectNode write(Assessment assessment, RemedyWords words) {
        Verdict verdict = assessment.verdict();
        ObjectNode node = NODES.objectNode();
        node.put("id", verdict.id());
        node.put("status", verdict.status().name());
        node.put("stage", verdict.stage().name());
        node.put("exception", verdict.exception().name());
        node.put("cause", verdict.cause().name());
        node.put("daysLate", verdict.daysLate());
        verdict.eta().ifPresentOrElse(window -> {
            ObjectNode eta = node.putObject("eta");
            eta.put("earliest", window.earliest().toString());
            eta.put("likely", window.likely().toString());
            eta.put("latest", window.latest().toString());
        }, () -> node.putNull("eta"));
        node.put("silentDays", verdict.silentDays());
        node.put("recoverFrom", verdict.recoverFrom().name());
        ArrayNode evidence = node.putArray("evidence");
        verdict.evidence().forEach(e -> evidence.add(e.name()));
        ArrayNode actions = node.putArray("actions");
        verdict.actions().forEach(a -> actions.add(a.name()));
        writeClaim(node, assessment.claim().orElse(null));
        writeRemedy(node, assessment.remedy().orElse(null), words);
        node.put("profile", verdict.profile());
        ArrayNode why = node.putArray("explanation");
        verdict.explanation().forEach(why::add);
        return node;
    }

    private static void writeClaim(ObjectNode node, Claim claim) {
        if (claim == null) {
            node.putNull("claim");
            return;
        }
        ObjectNode out = node.putObject("claim");
        out.put("party", claim.party().name());
        out.put("regime", claim.regime());
        out.put("deadline", claim.deadline().toString());
        money(out, "cap", claim.cap().orElse(null));
        out.put("openFrom", claim.openFrom().map(LocalDate::toString).orElse(null));
        money(out, "recoverable", claim.recoverable().orElse(null));
        out.put("confidence", claim.confidence().name());
        out.put("basis", claim.basis());
    }

    private static void writeRemedy(ObjectNode node, Remedy remedy, RemedyWords words) {
        if (remedy == null) {
            node.putNull("remedy");
            return;
        }
        ObjectNode out = node.putObject("remedy");
        out.put("kind", remedy.kind().name());
        out.put("amount", remedy.amount().map(money -> money.amount().toPlainString()).orElse(null));
        out.put("currency", remedy.amount().map(money -> money.currency().getCurrencyCode()).orElse(null));
        out.put("returnRequired", remedy.returnRequired());
        out.put("reason", words.reason(remedy.reason()));
        out.put("claimFrom", remedy.claimFrom().name());
        remedy.coupon().ifPresent(coupon -> money(out, "coupon", coupon));
        remedy.standing().ifPresent(judged -> {
            ObjectNode standing = out.putObject("standing");
            standing.put("marketplace", judged.marketplace());
            standing.put("countsAgainstShop", judged.countsAgainstShop());
            standing.put("basis", words.basis(judged));
        });
    }

    /** {@code field: {amount, currency}}, or {@code field: null}. */
    private static void money(ObjectNode node, String field, Money money) {
        if (money == null) {
            node.putNull(field);
            return;
        }
        ObjectNode out = node.putObject(field);
        out.put("amount", money.amount().toPlainString());
        out.put("currency", money.currency().getCurrencyCode());
    }
}
