package dev.waybill.policies.returns;

import dev.waybill.policies.internal.At;
import dev.waybill.returns.CategoryExclusion;
import dev.waybill.returns.ReturnCategory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An excluded category as both return files write it:
 * {@code {"category": "SEALED_HYGIENE", "onlyIfOpened": true, "basis": "art. 16(e)"}}.
 *
 * @param category     the category excluded
 * @param onlyIfOpened excluded only once unsealed
 * @param basis        why; required in the statutory rules
 */
record ExclusionJson(ReturnCategory category, Boolean onlyIfOpened, String basis) {

    /**
     * The exclusions of the list at {@code at}, checked; {@code defaultBasis} null makes each
     * {@code basis} required.
     */
    static List<CategoryExclusion> exclusions(At at, List<ExclusionJson> written, String defaultBasis) {
        List<CategoryExclusion> exclusions = new ArrayList<>();
        Set<ReturnCategory> seen = EnumSet.noneOf(ReturnCategory.class);
        for (int i = 0; i < at.required(written).size(); i++) {
            At element = at.index(i);
            ExclusionJson json = element.required(written.get(i));
            At categoryAt = element.field("category");
            ReturnCategory category = categoryAt.required(json.category());
            if (category == ReturnCategory.STANDARD) {
                throw categoryAt.problem("STANDARD goods cannot be excluded");
            }
            if (!seen.add(category)) {
                throw categoryAt.problem(category + " is listed twice");
            }
            boolean onlyIfOpened = json.onlyIfOpened() != null && json.onlyIfOpened();
            if (onlyIfOpened && !category.isSealed()) {
                throw element.field("onlyIfOpened").problem("only sealed categories (SEALED_HYGIENE, "
                        + "SEALED_MEDIA) can be excluded only once opened");
            }
            At basisAt = element.field("basis");
            String basis = defaultBasis == null ? basisAt.text(json.basis())
                    : json.basis() == null ? defaultBasis : basisAt.text(json.basis());
            exclusions.add(new CategoryExclusion(category, onlyIfOpened, basis));
        }
        return exclusions;
    }
}
