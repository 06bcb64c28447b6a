package dev.waybill.source;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a rule comes from: the legal or contractual citation, the research row it was read from,
 * how sure that reading is, and optionally the page and a note on what is unsettled.
 *
 * <p>Immutable and thread-safe. {@code toString()} gives {@code "MC99 Art 22(3) [C-AIR-01, V-P]"}.
 *
 * @param citation   the provision or terms, for example {@code MC99 Art 31(2)}
 * @param reference  the research row, for example {@code C-AIR-03} (stripped); empty for a Waybill default
 * @param confidence how well the fact is established
 * @param url        the page the fact was read from (stripped); empty when not given
 * @param note       what is unsettled or left out (stripped); empty when nothing is
 */
public record Source(String citation, Optional<String> reference, Confidence confidence, Optional<String> url,
                     Optional<String> note) {

    /** Validates the citation and confidence; blank optional parts become empty. */
    public Source {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(confidence, "confidence");
        if (citation.isBlank()) {
            throw new IllegalArgumentException("citation is blank");
        }
        citation = citation.strip();
        reference = stripped(Objects.requireNonNull(reference, "reference"));
        url = stripped(Objects.requireNonNull(url, "url"));
        note = stripped(Objects.requireNonNull(note, "note"));
    }

    /** A source whose optional parts are plain text, null or blank when not given. */
    public Source(String citation, String reference, Confidence confidence, String url, String note) {
        this(citation, Optional.ofNullable(reference), confidence, Optional.ofNullable(url), Optional.ofNullable(note));
    }

    /** A source with a citation, a research reference (null for a Waybill default) and a confidence mark. */
    public static Source of(String citation, String reference, Confidence confidence) {
        return new Source(citation, Optional.ofNullable(reference), confidence, Optional.empty(), Optional.empty());
    }

    private static Optional<String> stripped(Optional<String> text) {
        return text.filter(part -> !part.isBlank()).map(String::strip);
    }

    @Override
    public String toString() {
        return citation + " [" + reference.map(row -> row + ", ").orElse("") + confidence.mark() + "]";
    }
}
