package dev.waybill.policies.remedy;

import dev.waybill.policies.PolicyNode;
import dev.waybill.remedy.CompensationEngine;
import dev.waybill.remedy.CompensationPolicy;
import dev.waybill.remedy.MarketplaceRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The compensation rules Waybill ships, as a ready {@link CompensationEngine}: the default ladder in
 * {@code compensation-ladder.json} (a judgement, every threshold replaceable) and the dated
 * marketplace rules in {@code marketplace-rules.json} (Amazon, Shopee, with sources).
 *
 * <p>A shop replaces the ladder with its own file of the same shape; loading validates every value
 * and fails with the file, the JSON path and the problem
 * ({@link dev.waybill.policies.PolicyFileException}).
 *
 * <pre>{@code
 * CompensationEngine engine = CompensationPolicies.withLadder(Path.of("my-ladder.json"));
 * Remedy remedy = engine.remedy(CompensationRequest.of(shipment, verdict, today));
 * }</pre>
 */
public final class CompensationPolicies {

    /** The bundled ladder resource. */
    public static final String LADDER = "compensation-ladder.json";
    /** The bundled marketplace rules resource. */
    public static final String MARKETPLACES = "marketplace-rules.json";

    private CompensationPolicies() {
    }

    /**
     * The engine built from the bundled ladder and marketplace rules.
     *
     * @throws dev.waybill.policies.PolicyFileException if a bundled file is broken
     */
    public static CompensationEngine defaults() {
        return CompensationEngine.of(defaultLadder(), marketplaceRules());
    }

    /**
     * The engine with a shop's own ladder and the bundled marketplace rules.
     *
     * @throws dev.waybill.policies.PolicyFileException naming the file, JSON path and problem
     */
    public static CompensationEngine withLadder(Path file) {
        return CompensationEngine.of(ladder(file), marketplaceRules());
    }

    /**
     * The bundled default ladder.
     *
     * @throws dev.waybill.policies.PolicyFileException if the bundled file is broken
     */
    public static CompensationPolicy defaultLadder() {
        return ladder(PolicyNode.fromResource(CompensationPolicies.class, LADDER));
    }

    /**
     * A shop's ladder file.
     *
     * @throws dev.waybill.policies.PolicyFileException naming the file, JSON path and problem
     */
    public static CompensationPolicy ladder(Path file) {
        return ladder(PolicyNode.fromFile(Objects.requireNonNull(file, "file")));
    }

    /**
     * A ladder from a parsed document.
     *
     * @throws dev.waybill.policies.PolicyFileException naming the file, JSON path and problem
     */
    public static CompensationPolicy ladder(PolicyNode document) {
        return LadderReader.ladder(document);
    }

    /**
     * The bundled marketplace rules.
     *
     * @throws dev.waybill.policies.PolicyFileException if the bundled file is broken
     */
    public static List<MarketplaceRule> marketplaceRules() {
        return MarketplaceReader.rules(PolicyNode.fromResource(CompensationPolicies.class, MARKETPLACES));
    }
}
