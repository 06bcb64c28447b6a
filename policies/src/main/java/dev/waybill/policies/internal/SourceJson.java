package dev.waybill.policies.internal;

import dev.waybill.source.Confidence;
import dev.waybill.source.Source;

/**
 * The {@code source} every legal or contractual row of a policy file carries:
 * {@code {"citation": "MC99 Art 31(2)", "reference": "C-AIR-03", "confidence": "V-S", "url": "...", "note": "..."}};
 * {@code citation} and {@code confidence} ({@code V-P V-S S C U}) are required.
 *
 * <p>Not API.
 *
 * @param citation   the law, convention or terms cited
 * @param reference  the research row
 * @param confidence the research mark
 * @param url        where to read it
 * @param note       what the reader should know
 */
public record SourceJson(String citation, String reference, String confidence, String url, String note) {

    /**
     * The source, checked where it stands.
     *
     * @param at the {@code source} field
     * @throws dev.waybill.policies.PolicyFileException naming the path of a missing or bad field
     */
    public static Source source(At at, SourceJson json) {
        SourceJson source = at.required(json);
        String citation = at.field("citation").text(source.citation());
        String reference = at.field("reference").optionalText(source.reference());
        At mark = at.field("confidence");
        String text = mark.text(source.confidence());
        Confidence confidence = mark.build(() -> Confidence.parse(text));
        return new Source(citation, reference, confidence, at.field("url").optionalText(source.url()),
                at.field("note").optionalText(source.note()));
    }
}
