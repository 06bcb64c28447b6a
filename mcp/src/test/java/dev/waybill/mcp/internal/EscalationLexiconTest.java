package dev.waybill.mcp.internal;

import static dev.waybill.message.EscalationReason.BUYER_ANGRY;
import static dev.waybill.message.EscalationReason.BUYER_THREATENS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.json.WaybillJson;
import dev.waybill.message.EscalationReason;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The buyer's words, in every message language: angry, threatening, asking for a person, or calm. */
class EscalationLexiconTest {

    private static final EscalationLexicon LEXICON = EscalationLexicon.bundled();

    private static final String CORPUS = "/escalation-corpus.json";

    /**
     * The corpus, {@code escalation-corpus.json}: per message language, real-sounding inquiries with a
     * hand-written expectation ({@code escalate}, and for those that do, the {@code reasons}).
     */
    static Stream<Arguments> inquiries() throws IOException {
        JsonNode root;
        try (InputStream in = EscalationLexiconTest.class.getResourceAsStream(CORPUS)) {
            assertThat(in).as(CORPUS).isNotNull();
            root = WaybillJson.mapper().readTree(in);
        }
        List<Arguments> arguments = new ArrayList<>();
        root.fields().forEachRemaining(language -> {
            for (JsonNode inquiry : language.getValue()) {
                List<EscalationReason> reasons = new ArrayList<>();
                inquiry.path("reasons").forEach(reason -> reasons.add(EscalationReason.valueOf(reason.asText())));
                arguments.add(Arguments.of(language.getKey(), inquiry.get("text").asText(),
                        inquiry.get("escalate").asBoolean(), reasons));
            }
        });
        return arguments.stream();
    }

    @Test
    void theCorpusHasTwentyInquiriesPerLanguageEightOfEachKind() throws IOException {
        Map<String, int[]> counts = new TreeMap<>();
        inquiries().forEach(arguments -> {
            Object[] a = arguments.get();
            int[] count = counts.computeIfAbsent((String) a[0], k -> new int[2]);
            count[(Boolean) a[2] ? 0 : 1]++;
            if ((Boolean) a[2]) {
                assertThat((List<?>) a[3]).as("reasons of %s", a[1]).isNotEmpty();
            } else {
                assertThat((List<?>) a[3]).as("reasons of %s", a[1]).isEmpty();
            }
        });
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(EscalationLexicon.LANGUAGES);
        counts.forEach((language, count) -> {
            assertThat(count[0] + count[1]).as("%s: inquiries", language).isGreaterThanOrEqualTo(20);
            assertThat(count[0]).as("%s: inquiries that escalate", language).isGreaterThanOrEqualTo(8);
            assertThat(count[1]).as("%s: calm inquiries", language).isGreaterThanOrEqualTo(8);
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("inquiries")
    void theBuyersWordsGiveTheExpectedReasons(String language, String inquiry, boolean escalate,
            List<EscalationReason> expected) {
        List<EscalationReason> reasons = LEXICON.reasons(inquiry);
        assertThat(!reasons.isEmpty()).as("%s escalates: %s", language, inquiry).isEqualTo(escalate);
        assertThat(reasons).as("%s: %s", language, inquiry).containsExactlyElementsOf(expected);
    }

    @Test
    void everyMessageLanguageHasALexiconWithASource() {
        assertThat(EscalationLexicon.LANGUAGES).containsExactly("en", "zh-CN", "ja", "ko", "de", "fr", "es", "pt-BR",
                "ar", "vi", "th", "id");
    }

    @Test
    void accentsAndCaseDoNotHideAPhrase() {
        assertThat(LEXICON.reasons("JE SUIS FURIEUSE, C'EST INADMISSIBLE")).containsExactly(BUYER_ANGRY);
        assertThat(LEXICON.reasons("Ich will eine Ruckbuchung")).containsExactly(BUYER_THREATENS);
    }

    @Test
    void aPhraseInsideAnotherWordDoesNotCount() {
        assertThat(LEXICON.reasons("Can I preview the delivery slot?")).isEmpty();
    }

    @Test
    void noWordsNoReasons() {
        assertThat(LEXICON.reasons(null)).isEmpty();
        assertThat(LEXICON.reasons("   ")).isEmpty();
    }
}
