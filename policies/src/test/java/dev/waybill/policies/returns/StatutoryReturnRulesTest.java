package dev.waybill.policies.returns;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.PolicyNode;
import dev.waybill.returns.Caveat;
import dev.waybill.returns.ReturnRule;
import dev.waybill.returns.ReturnRuleBook;
import dev.waybill.shipment.CountryCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatutoryReturnRulesTest {

    private static final String JAPAN = """
            {"id": "JP", "countries": ["JP"], "statutory": true, "citation": "ASCT art. 15-3",
             "confidence": "V-P", "research": ["A-JP-01"],
             "period": {"days": 8, "dayType": "CALENDAR", "start": "DELIVERY", "firstDay": "EVENT_DAY",
                        "rollOver": false, "restDays": ["SATURDAY", "SUNDAY"]},
             "exclusions": [], "returnShippingPaidBy": "CONSUMER"}""";

    private static ReturnRuleBook read(String json) {
        return StatutoryReturnRules.read(PolicyNode.parse("rules.json", json.getBytes(UTF_8)));
    }

    private static String rules(String... rows) {
        return "{\"rules\": [" + String.join(",", rows) + "]}";
    }

    @Test
    void everyBundledRuleNamesItsResearchRowsExceptTheOnesResearchDoesNotCover() {
        ReturnRuleBook book = StatutoryReturnRules.defaults();

        for (ReturnRule rule : book.rules().values()) {
            if (rule.research().isEmpty()) {
                assertThat(rule.caveats()).as(rule.country().value())
                        .anySatisfy(c -> assertThat(c.topic()).isIn(Caveat.Topic.RULE));
            }
        }
        assertThat(book.ruleFor(CountryCode.of("DE")).orElseThrow().research()).startsWith("A-DE-01").contains("A-EU-01");
    }

    @Test
    void aNationalEntrySettlesTheTopicsItsOwnLawVerifies() {
        ReturnRuleBook book = StatutoryReturnRules.defaults();

        assertThat(book.ruleFor(CountryCode.of("DE")).orElseThrow().caveats()).isEmpty();
        assertThat(book.ruleFor(CountryCode.of("AT")).orElseThrow().caveats())
                .extracting(Caveat::topic).containsExactly(Caveat.Topic.ROLL_OVER);
    }

    @Test
    void aMinimalRowLoads() {
        ReturnRule japan = read(rules(JAPAN)).ruleFor(CountryCode.of("JP")).orElseThrow();

        assertThat(japan.statutory()).isTrue();
        assertThat(japan.period().orElseThrow().days()).isEqualTo(8);
        assertThat(japan.refundWithinDays()).isEmpty();
    }

    @Test
    void anUnknownFieldIsAnErrorAtItsPath() {
        assertThatThrownBy(() -> read(rules(JAPAN.replace("\"exclusions\": []", "\"exclusion\": []"))))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith("rules.json: $.rules[0].exclusion: unknown field");
    }

    @Test
    void aBadEnumValueNamesThePathAndTheChoices() {
        assertThatThrownBy(() -> read(rules(JAPAN.replace("\"EVENT_DAY\"", "\"SAME_DAY\""))))
                .hasMessageStartingWith("rules.json: $.rules[0].period.firstDay: unknown value 'SAME_DAY'; expected one of "
                        + "[DAY_AFTER_EVENT, EVENT_DAY]");
    }

    @Test
    void aMarketWithoutAStatutoryRightCannotHaveAPeriod() {
        assertThatThrownBy(() -> read(rules(JAPAN.replace("\"statutory\": true", "\"statutory\": false"))))
                .hasMessage("rules.json: $.rules[0].period: a market without a statutory right has no period");
    }

    @Test
    void aCountryInTwoRowsIsAnError() {
        assertThatThrownBy(() -> read(rules(JAPAN, JAPAN)))
                .hasMessage("rules.json: $.rules[1].countries: JP has a rule in an earlier row");
    }

    @Test
    void aPeriodOutOfRangeIsAnError() {
        assertThatThrownBy(() -> read(rules(JAPAN.replace("\"days\": 8", "\"days\": 0"))))
                .hasMessage("rules.json: $.rules[0].period.days: must be between 1 and 365, got 0");
    }

    @Test
    void aRollOverWithoutRestDaysIsAnErrorAtThePeriod() {
        assertThatThrownBy(() -> read(rules(JAPAN.replace("\"rollOver\": false, \"restDays\": [\"SATURDAY\", \"SUNDAY\"]",
                "\"rollOver\": true, \"restDays\": []"))))
                .hasMessageStartingWith("rules.json: $.rules[0].period: roll-over and business days need the rest days");
    }

    @Test
    void aCaveatMustMarkAnUnverifiedFact() {
        assertThatThrownBy(() -> read(rules(JAPAN.replace("\"research\": [\"A-JP-01\"],",
                "\"research\": [], \"caveats\": [{\"topic\": \"RULE\", \"confidence\": \"V-P\", \"note\": \"read\"}],"))))
                .hasMessageStartingWith("rules.json: $.rules[0].caveats[0]: a caveat marks an unverified");
    }

    @Test
    void aNationalEntryMustBelongToTheRow() {
        assertThatThrownBy(() -> read(rules(JAPAN.replace("\"exclusions\": [],",
                "\"exclusions\": [], \"national\": {\"DE\": {\"citation\": \"BGB\", \"confidence\": \"V-P\"}},"))))
                .hasMessage("rules.json: $.rules[0].national.DE: DE is not one of this row's countries");
    }

    @Test
    void aRulesFileOnDiskIsNamedInItsErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-rules.json");
        Files.writeString(file, rules(JAPAN.replace("\"V-P\"", "\"sure\"")));

        assertThatThrownBy(() -> StatutoryReturnRules.load(file))
                .hasMessageStartingWith(file + ": $.rules[0].confidence: unknown confidence mark 'sure'");
    }
}
