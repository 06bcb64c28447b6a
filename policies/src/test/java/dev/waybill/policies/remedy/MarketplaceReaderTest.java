package dev.waybill.policies.remedy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.PolicyNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarketplaceReaderTest {

    private static PolicyNode document(String json) {
        return PolicyNode.parse("marketplaces.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aGracePeriodRuleNeedsItsDays() {
        PolicyNode rules = document("""
                {"rules": [{"marketplace": "AMAZON", "measure": "AFTER_PROMISE", "metric": "A-to-z",
                            "source": {"citation": "A-to-z", "confidence": "V-P"}}]}
                """);

        assertThatThrownBy(() -> MarketplaceReader.rules(rules)).isInstanceOf(PolicyFileException.class)
                .hasMessage("marketplaces.json: $.rules[0]: graceDays is required for AFTER_PROMISE");
    }

    @Test
    void aRuleWithoutASourceIsRefused() {
        PolicyNode rules = document("""
                {"rules": [{"marketplace": "SHOPEE", "measure": "AT_HANDOVER", "metric": "LSR"}]}
                """);

        assertThatThrownBy(() -> MarketplaceReader.rules(rules)).isInstanceOf(PolicyFileException.class)
                .hasMessage("marketplaces.json: $.rules[0].source: missing");
    }

    @Test
    void aBadDateIsReportedAtItsPath() {
        PolicyNode rules = document("""
                {"rules": [{"marketplace": "SHOPEE", "measure": "AT_HANDOVER", "metric": "LSR", "validFrom": "15/01/2024",
                            "source": {"citation": "LSR", "confidence": "S"}}]}
                """);

        assertThatThrownBy(() -> MarketplaceReader.rules(rules)).isInstanceOf(PolicyFileException.class)
                .hasMessage("marketplaces.json: $.rules[0].validFrom: not an ISO date (2026-11-16): '15/01/2024'");
    }
}
