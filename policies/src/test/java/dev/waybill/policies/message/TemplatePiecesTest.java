package dev.waybill.policies.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A template whose placeholders are all plain or selects is rendered by joining its pieces, not by ICU's
 * formatter: for every bundled template, in every language, with every combination of its flags, the two
 * give the same text; a count phrase kept for a count renders as ICU renders it.
 */
class TemplatePiecesTest {

    /** Values that quoting, braces, spaces at the ends and scripts could trip. */
    private static final String[] VALUES = {"x", "l'expédition", "{not a placeholder}", " padded ", "", "'", "١٢ نوفمبر",
            "12月3日", "don''t"};

    @Test
    void everyBundledTemplateRendersAsIcuRendersIt() {
        MessageTemplates bundled = MessageTemplates.defaults();
        int joined = 0;
        int selecting = 0;
        int checked = 0;
        for (Locale language : bundled.languages()) {
            Catalog catalog = bundled.catalogFor(language).orElseThrow();
            for (String key : TemplateKeys.required()) {
                Template template = catalog.template(key);
                List<String> flags = TemplateKeys.allowed(key).stream().filter(TemplateKeys.FLAGS::contains).sorted().toList();
                for (String value : VALUES) {
                    for (List<String> setting : settings(flags)) {
                        Map<String, Object> arguments = arguments(key, value, flags, setting);
                        assertThat(template.render(arguments, catalog.locale()))
                                .as("%s in %s with %s and %s", key, language, value, arguments)
                                .isEqualTo(template.renderWithIcu(arguments, catalog.locale()));
                        checked++;
                    }
                }
                if (template.joinsWithoutIcu()) {
                    joined++;
                    if (template.text().contains("select")) {
                        selecting++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(joined).as("templates rendered by joining").isGreaterThan(100);
        assertThat(selecting).as("templates with a select rendered by joining").isGreaterThan(50);
    }

    @Test
    void aSelectPicksItsVariantAsIcuDoes() {
        Template template = Template.of("reasons.kinds.LATE", "test", ULocale.ENGLISH,
                "{situation}{causeKnown, select, yes{ {because}} no{ (no cause)} other{ ''other''}}.");
        assertThat(template.joinsWithoutIcu()).isTrue();
        for (String flag : new String[] {"yes", "no", "maybe", "other", ""}) {
            Map<String, Object> arguments = Map.of("situation", "late", "causeKnown", flag, "because", "by customs");
            assertThat(template.render(arguments, ULocale.ENGLISH)).as(flag)
                    .isEqualTo(template.renderWithIcu(arguments, ULocale.ENGLISH));
        }
        assertThat(template.render(Map.of("situation", "late", "causeKnown", "yes", "because", "by customs"),
                ULocale.ENGLISH)).isEqualTo("late by customs.");
        // a flag that is not a text is ICU's to write
        assertThat(template.render(Map.of("situation", "late", "causeKnown", true, "because", "x"), ULocale.ENGLISH))
                .isEqualTo("late 'other'.");
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

            assertThat(template.joinsWithoutIcu()).as(text).isTrue();
            assertThat(template.render(arguments, ULocale.FRENCH)).as(text)
                    .isEqualTo(template.renderWithIcu(arguments, ULocale.FRENCH));
        }
    }

    /**
     * Settings of {@code flags} ("yes", "no", or a value no variant names): all alike, each flag alone
     * against all the others, and 40 seeded mixes.
     */
    private static List<List<String>> settings(List<String> flags) {
        String[] values = {"yes", "no", "unknown"};
        List<List<String>> settings = new ArrayList<>();
        for (String all : values) {
            settings.add(Collections.nCopies(flags.size(), all));
            for (String alone : values) {
                for (int i = 0; i < flags.size() && !alone.equals(all); i++) {
                    List<String> setting = new ArrayList<>(Collections.nCopies(flags.size(), all));
                    setting.set(i, alone);
                    settings.add(setting);
                }
            }
        }
        Random random = new Random(flags.hashCode());
        for (int i = 0; i < 40 && flags.size() > 1; i++) {
            settings.add(flags.stream().map(flag -> values[random.nextInt(values.length)]).toList());
        }
        return settings;
    }

    private static Map<String, Object> arguments(String key, String value, List<String> flags, List<String> setting) {
        Map<String, Object> arguments = new HashMap<>();
        for (String name : TemplateKeys.allowed(key)) {
            arguments.put(name, TemplateKeys.FLAGS.contains(name) ? setting.get(flags.indexOf(name))
                    : TemplateKeys.COUNT.contains(name) ? 2 : value);
        }
        return arguments;
    }
}
