package dev.waybill.policies.liability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.liability.Claim;
import dev.waybill.liability.ClaimEngine;
import dev.waybill.liability.ClaimRequest;
import dev.waybill.liability.LossKind;
import dev.waybill.liability.Party;
import dev.waybill.policies.PolicyFileException;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Shipment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shop's own liability file on top of the bundled one, and the errors a bad file gets. */
class LiabilityOverridesTest {

    @TempDir
    Path dir;

    private static final String REGIME = """
            {
              "id": "YUNEXPRESS_CONTRACT",
              "name": "Our contract with YunExpress",
              "kind": "CARRIER_TERMS",
              "limits": [
                {"perPackage": {"amount": "50", "currency": "USD"},
                 "source": {"citation": "Service agreement 2026, clause 9.2", "confidence": "V-P"}}
              ],
              "timeLimits": [
                {"kind": "CLAIM", "amount": 45, "unit": "DAYS", "from": "ACCEPTANCE",
                 "source": {"citation": "Service agreement 2026, clause 9.4", "confidence": "V-P"}}
              ]
            }""";

    private static final String YUN_EXPRESS = "{\"regimes\": [" + REGIME + "], \"rules\": ["
            + "{\"regime\": \"YUNEXPRESS_CONTRACT\", \"carriers\": [\"yunexpress\"], \"why\": \"our signed contract\"}]}";

    /** {@code text} with the first {@code target} replaced. */
    private static String replaceFirst(String text, String target, String replacement) {
        int at = text.indexOf(target);
        assertThat(at).as("fixture contains " + target).isNotNegative();
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    private Path write(String json) throws IOException {
        Path file = dir.resolve("shop-liability.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private static Shipment yunExpressParcel() {
        return Shipment.builder("order-9", new Lane(CountryCode.of("CN"), CountryCode.of("FR"), Mode.AIR, "yunexpress"))
                .shippedAt(OffsetDateTime.parse("2026-03-02T10:00:00+08:00")).value(Money.of("USD", "80.00")).build();
    }

    @Test
    void aShopsContractTermsWinOverTheDefaultMapping() throws IOException {
        ClaimEngine claims = LiabilityPolicies.withOverrides(write(YUN_EXPRESS));

        Claim claim = claims.claim(ClaimRequest.of(yunExpressParcel(), Party.LINEHAUL_CARRIER, LossKind.LOSS,
                LocalDate.parse("2026-03-20"))).orElseThrow();

        assertThat(claim.regime()).isEqualTo("YUNEXPRESS_CONTRACT");
        assertThat(claim.deadline()).isEqualTo("2026-04-16");
        assertThat(claim.recoverable()).contains(Money.of("USD", "50.00"));
        assertThat(claims.regime("MONTREAL_1999")).as("the bundled regimes stay").isPresent();
    }

    @Test
    void aShopCanReplaceABundledRegimeById() throws IOException {
        ClaimEngine claims = LiabilityPolicies.withOverrides(write("""
                {"regimes": [{"id": "UPS", "name": "UPS with our negotiated terms", "kind": "CARRIER_TERMS",
                  "limits": [{"perPackage": {"amount": "500", "currency": "USD"},
                              "source": {"citation": "UPS agreement 2026", "confidence": "V-P"}}],
                  "timeLimits": [{"kind": "CLAIM", "amount": 90, "unit": "DAYS", "from": "DELIVERY",
                                  "source": {"citation": "UPS agreement 2026", "confidence": "V-P"}}]}]}
                """));

        assertThat(claims.regime("UPS").orElseThrow().name()).isEqualTo("UPS with our negotiated terms");
        assertThat(claims.rules()).isEqualTo(LiabilityPolicies.defaults().rules());
    }

    @Test
    void aRuleNamingAnUnknownRegimeIsReportedAtItsPath() throws IOException {
        Path file = write("""
                {"rules": [{"regime": "CIM", "modes": ["RAIL"], "why": "rail"}]}
                """);

        assertThatThrownBy(() -> LiabilityPolicies.withOverrides(file))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith(file + ": $.rules[0].regime: unknown regime 'CIM'")
                .satisfies(e -> assertThat(((PolicyFileException) e).path()).isEqualTo("$.rules[0].regime"));
    }

    @Test
    void aBadConfidenceMarkIsReportedAtItsPath() throws IOException {
        Path file = write(replaceFirst(YUN_EXPRESS, "\"confidence\": \"V-P\"", "\"confidence\": \"sure\""));

        assertThatThrownBy(() -> LiabilityPolicies.withOverrides(file))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageContaining("$.regimes[0].limits[0].source.confidence: unknown confidence mark 'sure'; "
                        + "expected one of [V-P, V-S, S, C, U]");
    }

    @Test
    void aLimitWithoutAShapeIsReported() throws IOException {
        Path file = write(replaceFirst(YUN_EXPRESS, "\"perPackage\": {\"amount\": \"50\", \"currency\": \"USD\"},", ""));

        assertThatThrownBy(() -> LiabilityPolicies.withOverrides(file))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageContaining("$.regimes[0].limits[0]: a limit needs perKg, perPackage");
    }

    @Test
    void twoAmountsWithoutACombinationAreReported() throws IOException {
        Path file = write(replaceFirst(YUN_EXPRESS, "\"perPackage\": {\"amount\": \"50\", \"currency\": \"USD\"},",
                "\"perPackage\": {\"amount\": \"50\", \"currency\": \"XDR\"}, \"perKg\": {\"amount\": \"2\", \"currency\": \"XDR\"},"));

        assertThatThrownBy(() -> LiabilityPolicies.withOverrides(file))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageContaining("$.regimes[0].limits[0].combine: missing");
    }

    @Test
    void aTypoInAFieldNameIsReported() throws IOException {
        Path file = write(replaceFirst(YUN_EXPRESS, "\"unit\": \"DAYS\"", "\"units\": \"DAYS\""));

        assertThatThrownBy(() -> LiabilityPolicies.withOverrides(file))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageContaining("$.regimes[0].timeLimits[0].units: unknown field");
    }

    @Test
    void anUnknownTriggerIsReportedWithTheValuesThatAreKnown() throws IOException {
        Path file = write(replaceFirst(YUN_EXPRESS, "\"from\": \"ACCEPTANCE\"", "\"from\": \"PICKUP\""));

        assertThatThrownBy(() -> LiabilityPolicies.withOverrides(file))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageContaining("$.regimes[0].timeLimits[0].from: unknown value 'PICKUP'; expected one of [ACCEPTANCE,");
    }

    @Test
    void aReversedValidityIsReported() throws IOException {
        Path file = write(replaceFirst(YUN_EXPRESS, "\"from\": \"ACCEPTANCE\"",
                "\"from\": \"ACCEPTANCE\", \"validFrom\": \"2026-06-01\", \"validTo\": \"2026-01-01\""));

        assertThatThrownBy(() -> LiabilityPolicies.withOverrides(file))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageContaining("$.regimes[0].timeLimits[0]: validity ends (2026-01-01) before it starts (2026-06-01)");
    }

    @Test
    void aDuplicateRegimeIdAndABadIdAreReported() throws IOException {
        Path duplicate = write("{\"regimes\": [" + REGIME + "," + REGIME + "]}");

        assertThatThrownBy(() -> LiabilityPolicies.withOverrides(duplicate))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageContaining("$.regimes[1].id: duplicate regime id 'YUNEXPRESS_CONTRACT'");

        Path lowerCase = write(replaceFirst(YUN_EXPRESS, "\"id\": \"YUNEXPRESS_CONTRACT\"", "\"id\": \"yun express\""));
        assertThatThrownBy(() -> LiabilityPolicies.withOverrides(lowerCase))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageContaining("$.regimes[0]: regime id must be upper case");
    }

    @Test
    void aFileThatIsNotJsonIsReported() throws IOException {
        Path file = write("{\"rules\": [");

        assertThatThrownBy(() -> LiabilityPolicies.withOverrides(file))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith(file + ": $: not valid JSON");
    }
}
