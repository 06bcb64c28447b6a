package dev.waybill.policies.message;

import com.ibm.icu.util.ULocale;
import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.PolicyNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The message templates of every language Waybill can write in: the bundled ones (en, zh-CN, ja,
 * ko, de, fr, es, pt-BR, ar, vi, th, id) and whatever the shop adds or overrides from its own
 * files. Every file is validated when read (unknown key or placeholder, missing situation, bad
 * plural or select syntax), with an error naming the file, the template key and the problem.
 *
 * <p>Immutable and thread-safe; {@link #overriddenBy(Path)} returns a new set.
 *
 * <pre>{@code
 * MessageTemplates templates = MessageTemplates.defaults()
 *         .overriddenBy(Path.of("brand-voice-de.json"))   // partial: replaces some German templates
 *         .overriddenBy(Path.of("ms.json"));              // complete: adds Malay
 * }</pre>
 */
public final class MessageTemplates {

    /** The languages bundled with Waybill, by file name. */
    public static final List<String> BUNDLED = List.of("en", "zh-CN", "ja", "ko", "de", "fr", "es", "pt-BR", "ar",
            "vi", "th", "id");

    private static final String RESOURCE_DIRECTORY = "templates/";

    private final Map<String, Catalog> catalogs;

    private MessageTemplates(Map<String, Catalog> catalogs) {
        this.catalogs = Map.copyOf(catalogs);
        if (!this.catalogs.containsKey("en")) {
            throw new IllegalStateException("English templates are the fallback and must be present");
        }
    }

    /**
     * The bundled templates.
     *
     * @throws PolicyFileException if a bundled file is broken (a build that passes its tests never is)
     */
    public static MessageTemplates defaults() {
        Map<String, Catalog> catalogs = new LinkedHashMap<>();
        for (String tag : BUNDLED) {
            PolicyNode root = PolicyNode.fromResource(MessageTemplates.class, RESOURCE_DIRECTORY + tag + ".json");
            Catalog catalog = CatalogReader.complete(root);
            if (!catalog.language().toLanguageTag().equals(tag)) {
                throw new PolicyFileException(root.file(), "$.language", "says "
                        + catalog.language().toLanguageTag() + " in the file for " + tag);
            }
            catalogs.put(tag, catalog);
        }
        return new MessageTemplates(catalogs);
    }

    /**
     * These templates with the shop's file applied: a file for a language that is already here may
     * hold any subset of its templates, which replace the existing ones; a file for a new language
     * must be complete.
     *
     * @throws PolicyFileException naming the file, the template key and the problem
     */
    public MessageTemplates overriddenBy(Path file) {
        Objects.requireNonNull(file, "file");
        return overriddenBy(PolicyNode.fromFile(file));
    }

    /** Like {@link #overriddenBy(Path)}, for a file already read (from a database, a classpath resource). */
    public MessageTemplates overriddenBy(PolicyNode root) {
        Objects.requireNonNull(root, "root");
        CatalogReader.Read read = CatalogReader.read(root);
        String tag = read.language().toLanguageTag();
        Map<String, Catalog> merged = new LinkedHashMap<>(catalogs);
        Catalog existing = catalogs.get(tag);
        if (existing == null) {
            merged.put(tag, Catalog.complete(read.language(), read.file(), read.templates()));
        } else {
            if (read.templates().isEmpty()) {
                throw new PolicyFileException(read.file(), "$", "no templates to override for " + tag);
            }
            merged.put(tag, existing.plus(read.templates()));
        }
        return new MessageTemplates(merged);
    }

    /** The languages there are templates for, as BCP 47 tags. */
    public List<Locale> languages() {
        List<Locale> languages = new ArrayList<>();
        catalogs.values().forEach(c -> languages.add(c.language()));
        languages.sort(java.util.Comparator.comparing(Locale::toLanguageTag));
        return List.copyOf(languages);
    }

    /**
     * The language that would be written for a buyer who reads {@code language}: the same tag, else
     * the same language and script (a {@code pt-PT} buyer reads the {@code pt-BR} templates, a
     * {@code zh-TW} buyer, in Traditional script, does not read {@code zh-CN}); empty when none fits.
     */
    public Optional<Locale> bestMatch(Locale language) {
        return catalogFor(language).map(Catalog::language);
    }

    Optional<Catalog> catalogFor(Locale language) {
        Objects.requireNonNull(language, "language");
        Catalog exact = catalogs.get(language.toLanguageTag());
        if (exact != null) {
            return Optional.of(exact);
        }
        ULocale wanted = ULocale.addLikelySubtags(ULocale.forLocale(language));
        Catalog sameScript = null;
        for (String tag : BUNDLED.stream().filter(catalogs::containsKey).toList()) {
            sameScript = better(sameScript, catalogs.get(tag), wanted);
        }
        for (Map.Entry<String, Catalog> entry : new java.util.TreeMap<>(catalogs).entrySet()) {
            if (!BUNDLED.contains(entry.getKey())) {
                sameScript = better(sameScript, entry.getValue(), wanted);
            }
        }
        return Optional.ofNullable(sameScript);
    }

    private static Catalog better(Catalog best, Catalog candidate, ULocale wanted) {
        ULocale have = ULocale.addLikelySubtags(candidate.locale());
        if (!have.getLanguage().equals(wanted.getLanguage()) || !have.getScript().equals(wanted.getScript())) {
            return best;
        }
        if (best == null) {
            return candidate;
        }
        boolean bestSameRegion = ULocale.addLikelySubtags(best.locale()).getCountry().equals(wanted.getCountry());
        boolean candidateSameRegion = have.getCountry().equals(wanted.getCountry());
        return !bestSameRegion && candidateSameRegion ? candidate : best;
    }

    /** The English catalog, the fallback for every language without templates. */
    Catalog english() {
        return catalogs.get("en");
    }
}
