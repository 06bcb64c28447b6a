package dev.waybill.watch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.watch.rules.NoticeKind;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ShopTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+\\}");

    @Test
    void everyLanguageWritesEveryShopNoticeWithTheSamePlaceholdersAsEnglish() throws Exception {
        JsonNode root;
        try (InputStream in = ShopTexts.class.getResourceAsStream("/dev/waybill/watch/shop-notices.json")) {
            root = new ObjectMapper().readTree(in);
        }
        List<String> languages = new ArrayList<>();
        root.fieldNames().forEachRemaining(l -> {
            if (!l.startsWith("_")) {
                languages.add(l);
            }
        });
        assertThat(languages).hasSize(12);
        for (String language : languages) {
            for (NoticeKind kind : List.of(NoticeKind.CLAIM_DUE, NoticeKind.NEEDS_PERSON, NoticeKind.SILENT)) {
                for (String field : List.of("subject", "body")) {
                    String text = root.path(language).path(kind.name()).path(field).asText(null);
                    assertThat(text).as("%s %s %s", language, kind, field).isNotBlank();
                    assertThat(placeholders(text)).as("%s %s %s", language, kind, field)
                            .isEqualTo(placeholders(root.path("en").path(kind.name()).path(field).asText()));
                }
            }
        }
    }

    @Test
    void theShopsLanguageIsTheExactTagElseItsLanguageElseEnglish() {
        ShopTexts texts = ShopTexts.bundled();
        assertThat(texts.language(Locale.forLanguageTag("de-AT"))).isEqualTo("de");
        assertThat(texts.language(Locale.forLanguageTag("pt"))).isEqualTo("pt-BR");
        assertThat(texts.language(Locale.forLanguageTag("zh-CN"))).isEqualTo("zh-CN");
        assertThat(texts.language(Locale.forLanguageTag("sw"))).isEqualTo("en");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
