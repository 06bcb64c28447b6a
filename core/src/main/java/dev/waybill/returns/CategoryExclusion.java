package dev.waybill.returns;

import java.util.Objects;

/**
 * A category of goods a market's law excludes from the withdrawal right, for example sealed
 * hygiene goods once unsealed (Directive 2011/83/EU art. 16(e)).
 *
 * <p>Immutable and thread-safe.
 *
 * @param category     the category excluded
 * @param onlyIfOpened true when the exclusion applies only once the seal was broken after delivery
 * @param basis        the provision, for example {@code "art. 16(e)"}
 */
public record CategoryExclusion(ReturnCategory category, boolean onlyIfOpened, String basis) {

    /** Validates the parts. */
    public CategoryExclusion {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(basis, "basis");
        if (category == ReturnCategory.STANDARD) {
            throw new IllegalArgumentException("STANDARD goods cannot be excluded");
        }
        if (basis.isBlank()) {
            throw new IllegalArgumentException("exclusion basis is blank");
        }
    }

    /** True when this exclusion takes away the right for goods of {@code category}, {@code opened} or not. */
    public boolean excludes(ReturnCategory category, boolean opened) {
        return this.category == category && (!onlyIfOpened || opened);
    }

    /** Why the right is lost, in one phrase: {@code "no withdrawal right for ... once unsealed (art. 16(e))"}. */
    public String reason() {
        return "no withdrawal right for " + category.description() + (onlyIfOpened ? " once unsealed after delivery" : "")
                + " (" + basis + ")";
    }
}
