package dev.waybill.policies.returns;

import dev.waybill.policies.PolicyNode;
import dev.waybill.returns.CategoryExclusion;
import dev.waybill.returns.ReturnCategory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Readers for the value shapes both return files share, with errors at the right JSON path. */
final class PolicyValues {

    private PolicyValues() {
    }

    /** A list of non-blank strings. */
    static List<String> texts(PolicyNode array) {
        List<String> texts = new ArrayList<>();
        for (PolicyNode element : array.elements()) {
            texts.add(element.text());
        }
        return texts;
    }

    /** Exclusions: {@code [{"category": "SEALED_HYGIENE", "onlyIfOpened": true, "basis": "..."}]}. */
    static List<CategoryExclusion> exclusions(PolicyNode array, String defaultBasis) {
        List<CategoryExclusion> exclusions = new ArrayList<>();
        Set<ReturnCategory> seen = EnumSet.noneOf(ReturnCategory.class);
        for (PolicyNode element : array.elements()) {
            element.onlyFields("category", "onlyIfOpened", "basis");
            PolicyNode categoryNode = element.required("category");
            ReturnCategory category = categoryNode.enumValue(ReturnCategory.class);
            if (category == ReturnCategory.STANDARD) {
                throw categoryNode.problem("STANDARD goods cannot be excluded");
            }
            if (!seen.add(category)) {
                throw categoryNode.problem(category + " is listed twice");
            }
            boolean onlyIfOpened = element.optional("onlyIfOpened").map(PolicyNode::bool).orElse(false);
            if (onlyIfOpened && !category.isSealed()) {
                throw element.required("onlyIfOpened").problem("only sealed categories (SEALED_HYGIENE, "
                        + "SEALED_MEDIA) can be excluded only once opened");
            }
            String basis = defaultBasis == null ? element.required("basis").text()
                    : element.optional("basis").map(PolicyNode::text).orElse(defaultBasis);
            exclusions.add(new CategoryExclusion(category, onlyIfOpened, basis));
        }
        return exclusions;
    }

    /** Builds a value, turning a validation failure of a core type into an error at {@code node}. */
    static <T> T at(PolicyNode node, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw node.problem(e.getMessage());
        }
    }
}
