package dev.waybill.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.json.WaybillJson;
import dev.waybill.message.EscalationReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The buyer's words that call for a person: anger, a threat (chargeback, dispute, bad review,
 * lawyer) and a request for a person, as phrase lists per message language, one JSON resource each
 * ({@code escalation/<tag>.json}, with its {@code source}). Every language's phrases are looked for
 * in every inquiry: buyers do not always write in the language of the reply. Text and phrases are
 * compared case-folded, NFKC-normalised and, in Latin script, without accents; a Latin phrase must
 * start at a word boundary. Immutable and thread-safe.
 */
public final class EscalationLexicon {

    /** The languages with a lexicon, as the message languages. */
    public static final List<String> LANGUAGES = List.of("en", "zh-CN", "ja", "ko", "de", "fr", "es", "pt-BR", "ar",
            "vi", "th", "id");

    private static final Pattern LATIN_MARKS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

    private final Map<EscalationReason, List<Pattern>> phrases;

    private EscalationLexicon(Map<EscalationReason, List<Pattern>> phrases) {
        this.phrases = phrases;
    }

    /** The bundled lexicons of all {@link #LANGUAGES}; a malformed file fails naming it. */
    public static EscalationLexicon bundled() {
        Map<EscalationReason, List<Pattern>> phrases = new EnumMap<>(EscalationReason.class);
        for (String language : LANGUAGES) {
            String file = "escalation/" + language + ".json";
            for (Map.Entry<EscalationReason, List<String>> entry : read(file).entrySet()) {
                List<Pattern> list = phrases.computeIfAbsent(entry.getKey(), k -> new ArrayList<>());
                for (String phrase : entry.getValue()) {
                    list.add(pattern(phrase));
                }
            }
        }
        return new EscalationLexicon(phrases);
    }

    /** Why the buyer's {@code words} call for a person, in the enum's order; empty for a calm inquiry. */
    public List<EscalationReason> reasons(String words) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        String text = normalise(words);
        Set<EscalationReason> found = EnumSet.noneOf(EscalationReason.class);
        for (Map.Entry<EscalationReason, List<Pattern>> entry : phrases.entrySet()) {
            if (entry.getValue().stream().anyMatch(p -> p.matcher(text).find())) {
                found.add(entry.getKey());
            }
        }
        return List.copyOf(found);
    }

    private static Pattern pattern(String phrase) {
        String normalised = normalise(phrase);
        String quoted = Pattern.quote(normalised);
        return Pattern.compile(LATIN.matcher(normalised).find() ? "(?<![\\p{L}\\p{N}])" + quoted : quoted);
    }

    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = LATIN_MARKS.matcher(decomposed).replaceAll("");
        return Normalizer.normalize(plain, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static Map<EscalationReason, List<String>> read(String file) {
        JsonNode root;
        try (InputStream in = EscalationLexicon.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + ": missing from the class path");
            }
            root = WaybillJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": unreadable", e);
        }
        if (!root.path("source").isTextual() || root.path("source").asText().isBlank()) {
            throw new IllegalStateException(file + ": $.source: missing");
        }
        Map<EscalationReason, List<String>> lists = new LinkedHashMap<>();
        for (Map.Entry<String, EscalationReason> key : Map.of("anger", EscalationReason.BUYER_ANGRY,
                "threat", EscalationReason.BUYER_THREATENS, "person", EscalationReason.PERSON_REQUESTED).entrySet()) {
            JsonNode list = root.get(key.getKey());
            if (list == null || !list.isArray() || list.isEmpty()) {
                throw new IllegalStateException(file + ": $." + key.getKey() + ": expected a non-empty array of phrases");
            }
            List<String> phrases = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).isTextual() || list.get(i).asText().isBlank()) {
                    throw new IllegalStateException(file + ": $." + key.getKey() + "[" + i + "]: expected a phrase");
                }
                phrases.add(list.get(i).asText());
            }
            lists.put(key.getValue(), phrases);
        }
        return lists;
    }
}
