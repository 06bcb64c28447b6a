package dev.waybill.policies.message;

import com.ibm.icu.util.ULocale;
import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.PolicyNode;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one template file, complete or partial: {@code language} and any of the sections
 * {@code phrases}, {@code parts}, {@code remedies}, {@code stages}, {@code documents},
 * {@code situations}. Every key must be known and every template valid.
 */
final class CatalogReader {

    private CatalogReader() {
    }

    /** What one file holds. */
    record Read(Locale language, String file, Map<String, Template> templates) {
    }

    /**
     * Reads the file at {@code root}.
     *
     * @throws PolicyFileException naming the file, the key and the problem
     */
    static Read read(PolicyNode root) {
        root.onlyFields(TemplateKeys.SECTIONS.toArray(String[]::new));
        PolicyNode languageNode = root.required("language");
        Locale language = language(languageNode);
        ULocale locale = ULocale.forLocale(language);
        Set<String> known = Set.copyOf(TemplateKeys.required());
        Map<String, Template> templates = new LinkedHashMap<>();
        for (String section : List.of("phrases", "parts", "remedies", "stages", "documents")) {
            for (Map.Entry<String, PolicyNode> field : root.optional(section).map(PolicyNode::fields).orElse(List.of())) {
                add(templates, known, section + "." + field.getKey(), field.getValue(), locale);
            }
        }
        for (Map.Entry<String, PolicyNode> situation : root.optional("situations").map(PolicyNode::fields)
                .orElse(List.of())) {
            PolicyNode node = situation.getValue();
            if (!known.contains("situations." + situation.getKey() + ".subject")) {
                throw node.problem("unknown situation; expected one of " + situationNames());
            }
            node.onlyFields(TemplateKeys.SITUATION_FIELDS.toArray(String[]::new));
            for (Map.Entry<String, PolicyNode> field : node.fields()) {
                add(templates, known, "situations." + situation.getKey() + "." + field.getKey(), field.getValue(),
                        locale);
            }
        }
        for (Map.Entry<String, PolicyNode> section : root.optional("reasons").map(PolicyNode::fields)
                .orElse(List.of())) {
            PolicyNode node = section.getValue();
            if (!TemplateKeys.REASONS.containsKey(section.getKey())) {
                throw node.problem("unknown section of reasons; expected one of " + TemplateKeys.REASONS.keySet());
            }
            for (Map.Entry<String, PolicyNode> field : node.fields()) {
                add(templates, known, "reasons." + section.getKey() + "." + field.getKey(), field.getValue(), locale);
            }
        }
        return new Read(language, root.file(), templates);
    }

    private static void add(Map<String, Template> templates, Set<String> known, String key, PolicyNode node,
                            ULocale locale) {
        if (!known.contains(key)) {
            throw node.problem("unknown template key");
        }
        templates.put(key, Template.of(key, node.file(), locale, text(node)));
    }

    private static String text(PolicyNode node) {
        if (!node.json().isTextual()) {
            throw node.problem("expected a string, got " + node.json());
        }
        return node.json().asText();
    }

    private static Locale language(PolicyNode node) {
        String tag = node.text();
        try {
            Locale language = new Locale.Builder().setLanguageTag(tag).build();
            if (language.getLanguage().isEmpty()) {
                throw node.problem("not a BCP 47 language tag: '" + tag + "'");
            }
            return language;
        } catch (IllformedLocaleException e) {
            throw node.problem("not a BCP 47 language tag: '" + tag + "'");
        }
    }

    private static List<String> situationNames() {
        return java.util.Arrays.stream(dev.waybill.message.Situation.values()).map(Enum::name).toList();
    }

    /** Reads a file that must be complete on its own. */
    static Catalog complete(PolicyNode root) {
        Read read = read(root);
        return Catalog.complete(read.language(), read.file(), read.templates());
    }

    /** Fails with a clear message when an override is empty of templates. */
    static void requireSomething(Read read) {
        if (read.templates().isEmpty()) {
            throw new PolicyFileException(read.file(), "$", "no templates in the file");
        }
    }
}
