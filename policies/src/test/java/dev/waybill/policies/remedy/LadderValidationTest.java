package dev.waybill.policies.remedy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.policies.PolicyFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shop's ladder file is checked value by value; each error names the file, the JSON path and the problem. */
class LadderValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The bundled ladder with one change, written to a shop file and loaded. */
    private AbstractThrowableAssert<?, ? extends Throwable> loading(Consumer<ObjectNode> change) throws IOException {
        ObjectNode ladder;
        try (InputStream in = CompensationPolicies.class.getResourceAsStream(CompensationPolicies.LADDER)) {
            ladder = (ObjectNode) JSON.readTree(in);
        }
        change.accept(ladder);
        Path file = dir.resolve("shop-ladder.json");
        Files.write(file, JSON.writeValueAsBytes(ladder));
        return assertThatThrownBy(() -> CompensationPolicies.ladder(file)).isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith(file + ": ");
    }

    private static ObjectNode step(JsonNode ladder, int index) {
        return (ObjectNode) ladder.get("lateness").get(index);
    }

    @Test
    void aMissingSectionIsReported() throws IOException {
        loading(ladder -> ladder.remove("faults")).hasMessageEndingWith("$.faults: missing");
    }

    @Test
    void aMissingFaultIsReported() throws IOException {
        loading(ladder -> ((ObjectNode) ladder.get("faults")).remove("MISSING_ITEM"))
                .hasMessageEndingWith("$.faults.MISSING_ITEM: missing");
    }

    @Test
    void aMisspelledSectionIsReportedRatherThanIgnored() throws IOException {
        loading(ladder -> ladder.set("latenes", ladder.get("lateness")))
                .hasMessageContaining("$.latenes: unknown field");
    }

    @Test
    void aRemedyThatCannotSettleTheFaultIsReported() throws IOException {
        loading(ladder -> ((ObjectNode) ladder.get("faults").get("LOST")).put("remedy", "EXCHANGE"))
                .hasMessageContaining("$.faults.LOST.remedy: LOST is settled by one of")
                .hasMessageEndingWith("not EXCHANGE");
    }

    @Test
    void stepsOutOfOrderAreReported() throws IOException {
        loading(ladder -> step(ladder, 1).put("fromDaysLate", 1))
                .hasMessageEndingWith("$.lateness[1].fromDaysLate: must be after the previous step's 1 days: steps go by"
                        + " increasing days late");
    }

    @Test
    void aGestureThatShrinksWithDaysLateIsReported() throws IOException {
        loading(ladder -> step(ladder, 1).put("percent", 2))
                .hasMessageEndingWith("$.lateness[1]: COUPON 2% is less generous than the previous step (COUPON 5%):"
                        + " the gesture must grow with days late");
    }

    @Test
    void aPercentOutOfRangeIsReported() throws IOException {
        loading(ladder -> step(ladder, 0).put("percent", 0))
                .hasMessageEndingWith("$.lateness[0].percent: must be above 0 and at most 100, got 0");
        loading(ladder -> ((ObjectNode) ladder.get("faults").get("WRONG_ITEM")).put("goodwillPercent", 150))
                .hasMessageEndingWith("$.faults.WRONG_ITEM.goodwillPercent: must be between 0 and 100, got 150");
    }

    @Test
    void aLatenessStepCannotSettleInFull() throws IOException {
        loading(ladder -> step(ladder, 0).put("kind", "FULL_REFUND"))
                .hasMessageContaining("$.lateness[0].kind: a lateness step gives one of");
    }

    @Test
    void anApologyCarriesNoPercent() throws IOException {
        loading(ladder -> step(ladder, 0).put("kind", "APOLOGY"))
                .hasMessageEndingWith("$.lateness[0].percent: an apology carries no percent");
    }

    @Test
    void anOpenProblemCanOnlyEarnAnApologyOrNothing() throws IOException {
        loading(ladder -> ladder.put("atRisk", "COUPON")).hasMessageEndingWith("$.atRisk: must be APOLOGY or NONE, got COUPON");
    }

    @Test
    void aBadMarketIsReported() throws IOException {
        loading(ladder -> ((ArrayNode) ladder.get("replacementFirst")).add("XX"))
                .hasMessageEndingWith("$.replacementFirst[5]: not an ISO 3166-1 alpha-2 country code: 'XX'");
    }

    @Test
    void twoReturnCostsInOneCurrencyAreReported() throws IOException {
        loading(ladder -> ((ArrayNode) ladder.get("returnCosts")).addObject().put("amount", "12.00").put("currency", "USD"))
                .hasMessageEndingWith("$.returnCosts[1].currency: a second return cost in USD");
    }

    @Test
    void aNonPositiveReturnCostIsReported() throws IOException {
        loading(ladder -> ((ObjectNode) ladder.get("returnCosts").get(0)).put("amount", "-1"))
                .hasMessageEndingWith("$.returnCosts[0].amount: a return cost must be positive, got -1");
    }

    @Test
    void aCauseCannotBeBothTheBuyersAndTheCarriers() throws IOException {
        loading(ladder -> ((ArrayNode) ladder.get("carrierCauses")).add("ADDRESS"))
                .hasMessageEndingWith("$.carrierCauses[3]: ADDRESS is already in buyerCauses: a cause cannot be both the"
                        + " buyer's and the carrier's");
    }

    @Test
    void anUnknownCauseIsReportedWithTheKnownOnes() throws IOException {
        loading(ladder -> ((ArrayNode) ladder.get("buyerCauses")).add("WEATHER"))
                .hasMessageContaining("$.buyerCauses[2]: unknown value 'WEATHER'; expected one of [NONE, CUSTOMS,");
    }

    @Test
    void aFileThatIsNotJsonIsReported() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"lateness\": [}");

        assertThatThrownBy(() -> CompensationPolicies.ladder(file)).isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith(file + ": $: not valid JSON");
    }
}
