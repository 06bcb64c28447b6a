package dev.waybill.watch.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.Assessment;
import dev.waybill.delay.Verdict;
import dev.waybill.shipment.Shipment;
import dev.waybill.watch.rules.NoticeKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The shop's own notices ({@code CLAIM_DUE}, {@code NEEDS_PERSON}, {@code SILENT}) in the shop's
 * language, from {@code shop-notices.json}: the exact tag, else its language alone ({@code pt} for
 * {@code pt-BR}), else English.
 */
final class ShopTexts {

    private static final String RESOURCE = "/dev/waybill/watch/shop-notices.json";
    private static final String ENGLISH = "en";

    private final Map<String, JsonNode> byLanguage = new HashMap<>();

    private ShopTexts(JsonNode root) {
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().startsWith("_")) {
                byLanguage.put(e.getKey(), e.getValue());
            }
        }
    }

    /** The bundled texts. */
    static ShopTexts bundled() {
        try (InputStream in = ShopTexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new ShopTexts(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The tag of the language written for {@code wanted}. */
    String language(Locale wanted) {
        String tag = wanted.toLanguageTag();
        if (byLanguage.containsKey(tag)) {
            return tag;
        }
        for (String known : byLanguage.keySet()) {
            if (Locale.forLanguageTag(known).getLanguage().equals(wanted.getLanguage())) {
                return known;
            }
        }
        return ENGLISH;
    }

    /** The subject of a shop notice of {@code kind} in {@code language} (a tag {@link #language} gave). */
    String subject(String language, NoticeKind kind, Shipment shipment, Assessment assessment) {
        return fill(text(language, kind, "subject"), shipment, assessment);
    }

    /** The body of a shop notice of {@code kind} in {@code language}. */
    String body(String language, NoticeKind kind, Shipment shipment, Assessment assessment) {
        return fill(text(language, kind, "body"), shipment, assessment);
    }

    private String text(String language, NoticeKind kind, String field) {
        JsonNode text = byLanguage.getOrDefault(language, byLanguage.get(ENGLISH)).path(kind.name()).path(field);
        if (text.isMissingNode()) {
            text = byLanguage.get(ENGLISH).path(kind.name()).path(field);
        }
        return text.isMissingNode() ? kind + ": {shipment}" : text.asText();
    }

    private static String fill(String template, Shipment shipment, Assessment assessment) {
        Verdict v = assessment.verdict();
        String text = template.replace("{shipment}", shipment.id())
                .replace("{exception}", v.exception().name())
                .replace("{days}", Long.toString(v.silentDays()));
        if (assessment.claim().isPresent()) {
            text = text.replace("{party}", assessment.claim().get().party().name().toLowerCase(Locale.ROOT)
                            .replace('_', ' '))
                    .replace("{regime}", String.valueOf(assessment.claim().get().regime()))
                    .replace("{deadline}", assessment.claim().get().deadline().toString());
        }
        return text;
    }
}
