package dev.waybill.source;

import java.util.Objects;

/**
 * Where a rule comes from: the legal or contractual citation, the research row it was read from,
 * how sure that reading is, and optionally the page and a note on what is unsettled.
 *
 * <p>Immutable and thread-safe. {@code toString()} gives {@code "MC99 Art 22(3) [C-AIR-01, V-P]"}.
 *
 * @param citation   the provision or terms, for example {@code MC99 Art 31(2)}
 * @param reference  the research row, for example {@code C-AIR-03}; null for a Waybill default
 * @param confidence how well the fact is established
 * @param url        the page the fact was read from; may be null
 * @param note       what is unsettled or left out; may be null
 */
public record Source(String citation, String reference, Confidence confidence, String url, String note) {

    /** Validates the citation and confidence; blank optional parts become null. */
    public Source {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(confidence, "confidence");
        if (citation.isBlank()) {
            throw new IllegalArgumentException("citation is blank");
        }
        citation = citation.strip();
        reference = blankToNull(reference);
        url = blankToNull(url);
        note = blankToNull(note);
    }

    /** A source with a citation, a research reference and a confidence mark. */
    public static Source of(String citation, String reference, Confidence confidence) {
        return new Source(citation, reference, confidence, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String toString() {
        return citation + " [" + (reference == null ? "" : reference + ", ") + confidence.mark() + "]";
    }
}
