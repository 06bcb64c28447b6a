package dev.waybill.policies.liability;

import dev.waybill.liability.Validity;
import dev.waybill.policies.PolicyNode;
import dev.waybill.source.Confidence;
import dev.waybill.source.Source;
import java.time.LocalDate;

/**
 * Reads the two parts every legal or contractual row of a policy file carries: its {@code source}
 * and, for dated rows, its {@code validFrom} and {@code validTo} dates.
 *
 * <pre>{@code
 * "source": {"citation": "MC99 Art 31(2)", "reference": "C-AIR-03", "confidence": "V-S", "url": "...", "note": "..."}
 * }</pre>
 */
public final class PolicySources {

    private PolicySources() {
    }

    /**
     * A {@code source} object: {@code citation} (required), {@code reference} (the research row),
     * {@code confidence} (required: {@code V-P V-S S C U}), {@code url} and {@code note}.
     *
     * @throws dev.waybill.policies.PolicyFileException naming the path of a missing or bad field
     */
    public static Source source(PolicyNode node) {
        node.onlyFields("citation", "reference", "confidence", "url", "note");
        String citation = node.required("citation").text();
        String reference = node.optional("reference").map(PolicyNode::text).orElse(null);
        PolicyNode mark = node.required("confidence");
        Confidence confidence = LiabilityReader.build(mark, () -> Confidence.parse(mark.text()));
        String url = node.optional("url").map(PolicyNode::text).orElse(null);
        String note = node.optional("note").map(PolicyNode::text).orElse(null);
        return new Source(citation, reference, confidence, url, note);
    }

    /**
     * The optional {@code validFrom} and {@code validTo} dates (both inclusive) of a dated row.
     *
     * @throws dev.waybill.policies.PolicyFileException when a date is bad or the range is reversed
     */
    public static Validity validity(PolicyNode node) {
        LocalDate validFrom = node.optional("validFrom").map(PolicyNode::date).orElse(null);
        LocalDate validTo = node.optional("validTo").map(PolicyNode::date).orElse(null);
        return LiabilityReader.build(node, () -> new Validity(validFrom, validTo));
    }
}
