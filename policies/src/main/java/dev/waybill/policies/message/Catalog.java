package dev.waybill.policies.message;

import com.ibm.icu.util.ULocale;
import dev.waybill.policies.PolicyFileException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The templates of one language, complete: every key of {@link TemplateKeys#required()}.
 * Immutable and thread-safe.
 */
final class Catalog {

    private final Locale language;
    private final ULocale locale;
    private final Map<String, Template> templates;

    private Catalog(Locale language, Map<String, Template> templates) {
        this.language = language;
        this.locale = ULocale.forLocale(language);
        this.templates = Map.copyOf(templates);
    }

    /**
     * A complete catalog from {@code templates}.
     *
     * @throws PolicyFileException naming {@code file} and the first key that is missing
     */
    static Catalog complete(Locale language, String file, Map<String, Template> templates) {
        for (String key : TemplateKeys.required()) {
            if (!templates.containsKey(key)) {
                String problem = key.startsWith("situations.")
                        ? "missing: situation " + key.split("\\.")[1] + " needs its " + key.substring(key.lastIndexOf('.') + 1)
                        : "missing template";
                throw new PolicyFileException(file, "$." + key, problem);
            }
        }
        return new Catalog(language, templates);
    }

    /** This catalog with {@code overrides} replacing or adding templates. */
    Catalog plus(Map<String, Template> overrides) {
        Map<String, Template> merged = new LinkedHashMap<>(templates);
        merged.putAll(overrides);
        return new Catalog(language, merged);
    }

    /** The language tag the templates are written in. */
    Locale language() {
        return language;
    }

    /** The same, as an ICU locale. */
    ULocale locale() {
        return locale;
    }

    /** True for right-to-left scripts (Arabic, Hebrew, Persian, ...). */
    boolean isRightToLeft() {
        return locale.isRightToLeft();
    }

    /** The template at {@code key}. */
    Template template(String key) {
        Template template = templates.get(key);
        if (template == null) {
            throw new IllegalArgumentException("no template " + key + " in " + language.toLanguageTag());
        }
        return template;
    }

    /** Renders the template at {@code key}, numbers formatted for {@code formatLocale}. */
    String render(String key, TemplateArguments arguments, ULocale formatLocale) {
        Template template = template(key);
        return arguments instanceof TemplateArguments.Count count ? template.renderCount(count.count(), formatLocale)
                : template.render(arguments, formatLocale);
    }
}
