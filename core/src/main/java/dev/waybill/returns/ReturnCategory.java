package dev.waybill.returns;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of goods a withdrawal concerns, as far as the exceptions of the law care. The names
 * follow the categories of Directive 2011/83/EU art. 16; each market's rule says which of them it
 * excludes and whether only once unsealed.
 */
public enum ReturnCategory {
    /** Ordinary goods: no category exception applies. */
    STANDARD("ordinary goods"),
    /** Made to the consumer's specifications or clearly personalised. */
    PERSONALIZED("goods made to the consumer's specifications or clearly personalised"),
    /** Liable to deteriorate or expire rapidly (fresh food, flowers). */
    PERISHABLE("goods liable to deteriorate or expire rapidly"),
    /** Sealed goods not suitable for return for health or hygiene reasons. */
    SEALED_HYGIENE("sealed goods not suitable for return for health or hygiene reasons"),
    /** Sealed audio or video recordings or sealed computer software. */
    SEALED_MEDIA("sealed audio or video recordings or sealed computer software"),
    /** Digital content not supplied on a tangible medium. */
    DIGITAL_CONTENT("digital content not supplied on a tangible medium"),
    /** Newspapers, periodicals or magazines (not subscriptions). */
    NEWSPAPER("newspapers, periodicals or magazines");

    private final String description;

    ReturnCategory(String description) {
        this.description = description;
    }

    /** The category in plain words, for reasons: {@code "sealed audio or video recordings ..."}. */
    public String description() {
        return description;
    }

    /** True for the categories whose exception depends on the seal being broken. */
    public boolean isSealed() {
        return this == SEALED_HYGIENE || this == SEALED_MEDIA;
    }

    /**
     * Parses a category name, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException quoting the text and listing the names
     */
    public static ReturnCategory parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "unknown category '" + text + "'; expected one of " + java.util.Arrays.toString(values())));
    }

    /** Parses like {@link #parse(String)} but answers empty instead of throwing. */
    public static Optional<ReturnCategory> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (ReturnCategory category : values()) {
            if (category.name().equals(name)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
