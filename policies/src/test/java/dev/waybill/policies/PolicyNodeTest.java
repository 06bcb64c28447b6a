package dev.waybill.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Stage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyNodeTest {

    private static final String LANES = """
            {
              "about": "a shop's own lanes",
              "profiles": [
                {"id": "CN-DE-YUN", "origin": "CN", "pickupAllowanceDays": 3,
                 "stages": {"LINEHAUL": {"p50": 4}}},
                {"id": "CN-FR-YUN", "origin": "CN", "cap": {"amount": "12.50", "currency": "EUR"}}
              ]
            }
            """;

    @TempDir
    Path dir;

    private static PolicyNode lanes() {
        return PolicyNode.parse("shop-lanes.json", LANES.getBytes(StandardCharsets.UTF_8));
    }

    private static PolicyNode json(String text) {
        return PolicyNode.parse("shop.json", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingRequiredFieldNamesTheFileTheJsonPathAndTheProblem() {
        PolicyNode second = lanes().required("profiles").elements().get(1);

        assertThatThrownBy(() -> second.required("destination"))
                .isInstanceOfSatisfying(PolicyFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("shop-lanes.json");
                    assertThat(e.path()).isEqualTo("$.profiles[1].destination");
                })
                .hasMessage("shop-lanes.json: $.profiles[1].destination: missing");
    }

    @Test
    void aFileNestedDeeperThanTheLimitIsRefusedInWords() {
        byte[] deep = ("{\"profiles\": " + "[".repeat(70) + "]".repeat(70) + "}").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PolicyNode.parse("deep.json", deep))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith("deep.json: $: not valid JSON: nested 65 levels deep, deeper than the limit of 64");
    }

    @Test
    void aNullRequiredFieldCountsAsMissing() {
        assertThatThrownBy(() -> json("{\"source\": null}").required("source"))
                .hasMessage("shop.json: $.source: missing");
    }

    @Test
    void requiredAndOptionalOnSomethingThatIsNotAnObjectSayWhatItIs() {
        PolicyNode profiles = lanes().required("profiles");

        assertThatThrownBy(() -> profiles.required("id"))
                .hasMessage("shop-lanes.json: $.profiles: expected an object, got array");
        assertThatThrownBy(() -> profiles.optional("id"))
                .hasMessage("shop-lanes.json: $.profiles: expected an object, got array");
    }

    @Test
    void nestedNodesCarryTheirFullJsonPath() {
        PolicyNode p50 = lanes().required("profiles").elements().get(0)
                .required("stages").required("LINEHAUL").required("p50");

        assertThat(p50.path()).isEqualTo("$.profiles[0].stages.LINEHAUL.p50");
        assertThat(p50.file()).isEqualTo("shop-lanes.json");
        assertThat(p50.integer()).isEqualTo(4);
    }

    @Test
    void anOptionalFieldIsEmptyWhenAbsentOrNullAndPositionedWhenPresent() {
        PolicyNode root = json("{\"description\": null, \"kind\": \"WEATHER\"}");

        assertThat(root.optional("description")).isEmpty();
        assertThat(root.optional("window")).isEmpty();
        assertThat(root.optional("kind")).get().satisfies(kind -> {
            assertThat(kind.path()).isEqualTo("$.kind");
            assertThat(kind.text()).isEqualTo("WEATHER");
        });
        assertThat(root.has("kind")).isTrue();
        assertThat(root.has("description")).isFalse();
    }

    @Test
    void elementsAreIndexedInThePathAndANonArrayIsAnError() {
        List<PolicyNode> profiles = lanes().required("profiles").elements();

        assertThat(profiles).extracting(PolicyNode::path).containsExactly("$.profiles[0]", "$.profiles[1]");
        assertThatThrownBy(() -> lanes().required("about").elements())
                .hasMessage("shop-lanes.json: $.about: expected an array");
    }

    @Test
    void fieldsComeInDocumentOrderWithTheirPaths() {
        PolicyNode first = lanes().required("profiles").elements().get(0);

        assertThat(first.fields()).extracting(Map.Entry::getKey)
                .containsExactly("id", "origin", "pickupAllowanceDays", "stages");
        assertThat(first.fields().get(3).getValue().path()).isEqualTo("$.profiles[0].stages");
    }

    @Test
    void onlyFieldsRejectsAnUnknownFieldByItsPathAndListsTheKnownOnes() {
        PolicyNode second = lanes().required("profiles").elements().get(1);

        assertThat(lanes().onlyFields("about", "profiles")).isNotNull();
        assertThatThrownBy(() -> second.onlyFields("id", "origin", "destination"))
                .isInstanceOfSatisfying(PolicyFileException.class,
                        e -> assertThat(e.path()).isEqualTo("$.profiles[1].cap"))
                .hasMessage("shop-lanes.json: $.profiles[1].cap: unknown field; expected one of [id, origin, destination]");
    }

    @Test
    void invalidJsonNamesTheLineAndColumn() {
        String broken = """
                {
                  "profiles": [
                    {"id": "CN-DE-YUN" "origin": "CN"}
                  ]
                }
                """;

        assertThatThrownBy(() -> PolicyNode.parse("shop-lanes.json", broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(PolicyFileException.class, e -> assertThat(e.path()).isEqualTo("$"))
                .hasMessageStartingWith("shop-lanes.json: $: not valid JSON: ")
                .hasMessageEndingWith(" at line 3, column 24");
    }

    @Test
    void duplicateKeysAreRejectedRatherThanSilentlyOverwritten() {
        String twice = """
                {"id": "CN-DE-YUN",
                 "extraDays": 2,
                 "extraDays": 20}
                """;

        assertThatThrownBy(() -> json(twice))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageContaining("shop.json: $: not valid JSON: ")
                .hasMessageContaining("Duplicate field 'extraDays'")
                .hasMessageContaining("line 3");
    }

    @Test
    void trailingContentAfterTheDocumentIsRejected() {
        assertThatThrownBy(() -> json("{\"profiles\": []} {\"profiles\": []}"))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith("shop.json: $: not valid JSON: ");
    }

    @Test
    void anEmptyDocumentIsRejected() {
        assertThatThrownBy(() -> json("  \n"))
                .hasMessage("shop.json: $: empty document");
    }

    @Test
    void aShopFileIsNamedByItsPathAndAMissingOneIsAnError() throws IOException {
        Path file = dir.resolve("lanes.json");
        Files.writeString(file, "{\"profiles\": [{\"id\": 7}]}");

        PolicyNode id = PolicyNode.fromFile(file).required("profiles").elements().get(0).required("id");

        assertThatThrownBy(id::text)
                .hasMessage(file + ": $.profiles[0].id: expected a non-empty string, got 7");
        Path missing = dir.resolve("no-such.json");
        assertThatThrownBy(() -> PolicyNode.fromFile(missing))
                .isInstanceOfSatisfying(PolicyFileException.class, e -> assertThat(e.file()).isEqualTo(missing.toString()))
                .hasMessageStartingWith(missing + ": $: cannot read");
    }

    @Test
    void aMissingBundledResourceIsNamed() {
        assertThatThrownBy(() -> PolicyNode.fromResource(PolicyNodeTest.class, "no-such-policy.json"))
                .hasMessageStartingWith("no-such-policy.json: $: resource not found");
    }

    @Test
    void typedReadersAcceptGoodValues() {
        PolicyNode root = json("""
                {"text": "  Shenzhen  ", "days": 14, "rate": "0.25", "weight": 1.5, "opened": true,
                 "date": "2026-11-16", "country": "fr", "stage": "LINEHAUL",
                 "cap": {"amount": "12.50", "currency": "EUR"}}
                """);

        assertThat(root.required("text").text()).isEqualTo("Shenzhen");
        assertThat(root.required("days").integer(0, 365)).isEqualTo(14);
        assertThat(root.required("rate").decimal()).isEqualByComparingTo("0.25");
        assertThat(root.required("weight").decimal()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(root.required("opened").bool()).isTrue();
        assertThat(root.required("date").date()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(root.required("country").country()).isEqualTo(CountryCode.of("FR"));
        assertThat(root.required("stage").enumValue(Stage.class)).isEqualTo(Stage.LINEHAUL);
        assertThat(root.required("cap").money()).isEqualTo(Money.of("EUR", "12.50"));
    }

    @Test
    void typedReadersNameThePathAndQuoteTheBadValue() {
        PolicyNode root = json("""
                {"days": 400, "half": 1.5, "word": "", "rate": "a quarter", "opened": "yes",
                 "date": "2026-02-30", "country": "XX", "stage": "CUSTOMS",
                 "cap": {"amount": "12.50", "currency": "EURO"}, "odd": {"amount": "1", "currency": "EUR", "fx": 1}}
                """);

        assertThatThrownBy(() -> root.required("days").integer(0, 365))
                .hasMessage("shop.json: $.days: must be between 0 and 365, got 400");
        assertThatThrownBy(() -> root.required("half").integer())
                .hasMessage("shop.json: $.half: expected a whole number, got 1.5");
        assertThatThrownBy(() -> root.required("word").text())
                .hasMessage("shop.json: $.word: expected a non-empty string, got \"\"");
        assertThatThrownBy(() -> root.required("rate").decimal())
                .hasMessage("shop.json: $.rate: not a decimal: 'a quarter'");
        assertThatThrownBy(() -> root.required("opened").bool())
                .hasMessage("shop.json: $.opened: expected true or false, got \"yes\"");
        assertThatThrownBy(() -> root.required("date").date())
                .hasMessage("shop.json: $.date: not an ISO date (2026-11-16): '2026-02-30'");
        assertThatThrownBy(() -> root.required("country").country())
                .hasMessage("shop.json: $.country: not an ISO 3166-1 alpha-2 country code: 'XX'");
        assertThatThrownBy(() -> root.required("stage").enumValue(Stage.class))
                .hasMessageStartingWith("shop.json: $.stage: unknown value 'CUSTOMS'; expected one of [LABEL_CREATED");
        assertThatThrownBy(() -> root.required("cap").money())
                .hasMessage("shop.json: $.cap.currency: not an ISO 4217 currency code: 'EURO'");
        assertThatThrownBy(() -> root.required("odd").money())
                .hasMessage("shop.json: $.odd.fx: unknown field; expected one of [amount, currency]");
    }
}
