package dev.waybill.policies.liability;

import dev.waybill.liability.ClaimEngine;
import dev.waybill.liability.LiabilityRegime;
import dev.waybill.liability.RegimeRule;
import dev.waybill.policies.PolicyNode;
import dev.waybill.policies.internal.At;
import dev.waybill.policies.internal.PolicyJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The liability rules Waybill ships, as a ready {@link ClaimEngine}: the regimes in
 * {@code liability-regimes.json} (Montreal 1999, CMR, Hague-Visby, DHL Express, UPS, FedEx, USPS,
 * Royal Mail, UPU, China Post, every row with its citation and confidence) and the default
 * mapping in {@code regime-mapping.json}.
 *
 * <p>A shop's override file has the same shape, both parts optional: its {@code regimes} are added
 * (replacing bundled ones with the same id) and its {@code rules} are tried before the bundled
 * ones.
 *
 * <pre>{@code
 * ClaimEngine claims = LiabilityPolicies.defaults();
 * ClaimEngine mine = LiabilityPolicies.withOverrides(Path.of("my-carriers.json"));
 * }</pre>
 */
public final class LiabilityPolicies {

    /** The bundled regimes resource. */
    public static final String REGIMES = "liability-regimes.json";
    /** The bundled mapping resource. */
    public static final String MAPPING = "regime-mapping.json";

    private LiabilityPolicies() {
    }

    /**
     * The engine built from the bundled regimes and mapping.
     *
     * @throws dev.waybill.policies.PolicyFileException if a bundled file is broken
     */
    public static ClaimEngine defaults() {
        PolicyNode regimesFile = PolicyNode.fromResource(LiabilityPolicies.class, REGIMES);
        LiabilityReader.RegimesFile regimes = PolicyJson.bind(regimesFile, LiabilityReader.RegimesFile.class);
        PolicyNode mappingFile = PolicyNode.fromResource(LiabilityPolicies.class, MAPPING);
        LiabilityReader.MappingFile mapping = PolicyJson.bind(mappingFile, LiabilityReader.MappingFile.class);
        ClaimEngine.Builder engine = ClaimEngine.builder()
                .regimes(LiabilityReader.regimes(At.of(regimesFile).field("regimes"), regimes.regimes()));
        At rulesAt = At.of(mappingFile).field("rules");
        List<RegimeRule> rules = LiabilityReader.rules(rulesAt, mapping.rules());
        checkRegimesKnown(rulesAt, rules, engine.build().regimes().keySet());
        rules.forEach(engine::addRule);
        return engine.build();
    }

    /**
     * The bundled engine with a shop's own regimes and rules on top.
     *
     * @throws dev.waybill.policies.PolicyFileException naming the file, JSON path and problem
     */
    public static ClaimEngine withOverrides(Path file) {
        Objects.requireNonNull(file, "file");
        return withOverrides(defaults(), PolicyNode.fromFile(file));
    }

    /**
     * {@code base} with the regimes and rules of an override document on top.
     *
     * @throws dev.waybill.policies.PolicyFileException naming the file, JSON path and problem
     */
    public static ClaimEngine withOverrides(ClaimEngine base, PolicyNode overrides) {
        LiabilityReader.OverridesFile file = PolicyJson.bind(overrides, LiabilityReader.OverridesFile.class);
        At root = At.of(overrides);
        ClaimEngine.Builder engine = base.toBuilder();
        if (file.regimes() != null) {
            List<LiabilityRegime> regimes = LiabilityReader.regimes(root.field("regimes"), file.regimes());
            engine.regimes(regimes);
        }
        if (file.rules() != null) {
            At rulesAt = root.field("rules");
            List<RegimeRule> rules = LiabilityReader.rules(rulesAt, file.rules());
            checkRegimesKnown(rulesAt, rules, engine.build().regimes().keySet());
            for (int i = rules.size() - 1; i >= 0; i--) {
                engine.addRuleFirst(rules.get(i));
            }
        }
        return engine.build();
    }

    private static void checkRegimesKnown(At list, List<RegimeRule> rules, Set<String> known) {
        for (int i = 0; i < rules.size(); i++) {
            if (!known.contains(rules.get(i).regime())) {
                throw list.index(i).field("regime").problem("unknown regime '" + rules.get(i).regime()
                        + "'; known: " + new TreeSet<>(known));
            }
        }
    }
}
