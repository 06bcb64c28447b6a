package dev.waybill.policies.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A template whose placeholders are all plain is rendered by joining its pieces, not by ICU's
 * formatter: for every bundled template, in every language, the two give the same text; a count
 * phrase kept for a count renders as ICU renders it.
 */
class TemplatePiecesTest {

    /** Values that quoting, braces, spaces at the ends and scripts could trip. */
    private static final String[] VALUES = {"x", "l'expédition", "{not a placeholder}", " padded ", "", "'", "١٢ نوفمبر",
            "12月3日", "don''t"};

    @Test
    void everyBundledTemplateRendersAsIcuRendersIt() {
        MessageTemplates bundled = MessageTemplates.defaults();
        int joined = 0;
        int checked = 0;
        for (Locale language : bundled.languages()) {
            Catalog catalog = bundled.catalogFor(language).orElseThrow();
            for (String key : TemplateKeys.required()) {
                Template template = catalog.template(key);
                for (String value : VALUES) {
                    for (String flag : new String[] {"yes", "no"}) {
                        Map<String, Object> arguments = arguments(key, value, flag);
                        assertThat(template.render(arguments, catalog.locale()))
                                .as("%s in %s with %s", key, language, value)
                                .isEqualTo(template.renderWithIcu(arguments, catalog.locale()));
                        checked++;
                    }
                }
                if (template.hasOnlyPlainPlaceholders()) {
                    joined++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(joined).as("templates rendered by joining").isGreaterThan(100);
    }

    @Test
    void aMissingOrNonTextArgumentIsLeftToIcu() {
        Template template = Template.of("reasons.situations.LATE", "test", ULocale.ENGLISH, "the {stage} leg");

        assertThat(template.render(Map.of("stage", 3), ULocale.ENGLISH)).isEqualTo("the 3 leg");
        assertThat(template.render(Map.of(), ULocale.ENGLISH)).isEqualTo("the {stage} leg");
        assertThat(template.render(Map.of("stage", "linehaul"), ULocale.ENGLISH)).isEqualTo("the linehaul leg");
    }

    @Test
    void aCountPhraseKeptRendersAsIcuRendersIt() {
        MessageTemplates bundled = MessageTemplates.defaults();
        for (Locale language : bundled.languages()) {
            Catalog catalog = bundled.catalogFor(language).orElseThrow();
            for (String key : new String[] {"phrases.lateBy", "phrases.silentFor"}) {
                Template template = catalog.template(key);
                for (ULocale format : new ULocale[] {catalog.locale(), new ULocale("ar_SA"), ULocale.ENGLISH}) {
                    for (int count : new int[] {0, 1, 2, 3, 5, 11, 21, 100, 101, 365, 366, 1000, -1}) {
                        String icu = template.renderWithIcu(Map.of("count", count), format);
                        assertThat(template.renderCount(count, format)).as("%s %s %s", key, format, count).isEqualTo(icu);
                        assertThat(template.renderCount(count, format)).as("kept: %s %s %s", key, format, count)
                                .isEqualTo(icu);
                    }
                }
            }
        }
    }

    @Test
    void quotingIsReadAsIcuReadsIt() {
        for (String text : new String[] {"l''article {stage}", "it's the {stage}",
                "{stage}''{stage}", " padded {stage} ", "a '#' and a '|' by {stage}"}) {
            Template template = Template.of("reasons.situations.LATE", "test", ULocale.FRENCH, text);
            Map<String, Object> arguments = Map.of("stage", "l'acheminement");

            assertThat(template.hasOnlyPlainPlaceholders()).as(text).isTrue();
            assertThat(template.render(arguments, ULocale.FRENCH)).as(text)
                    .isEqualTo(template.renderWithIcu(arguments, ULocale.FRENCH));
        }
    }

    private static Map<String, Object> arguments(String key, String value, String flag) {
        Map<String, Object> arguments = new HashMap<>();
        for (String name : TemplateKeys.allowed(key)) {
            arguments.put(name, TemplateKeys.FLAGS.contains(name) ? flag : TemplateKeys.COUNT.contains(name) ? 2 : value);
        }
        return arguments;
    }
}
