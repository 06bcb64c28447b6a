package dev.waybill.remedy;

import java.util.Objects;

/**
 * Whether a late order should count against the shop on its marketplace, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param marketplace       the marketplace, upper case
 * @param countsAgainstShop false where the delay is the carrier's and within the marketplace's grace,
 *                          so the shop can ask for it to be kept out of its metrics; true where it may count
 * @param basis             why, in one sentence, with the source
 */
public record MarketplaceStanding(String marketplace, boolean countsAgainstShop, String basis) {

    /** Validates the parts. */
    public MarketplaceStanding {
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(basis, "basis");
    }
}
