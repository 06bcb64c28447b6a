package dev.waybill.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.PolicyNode;
import dev.waybill.shipment.Stage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict binder: a bad value is named by its file and path in plain words, with the binder's error as its cause. */
class PolicyJsonTest {

    record Step(Integer days, Stage stage, List<String> places) {
    }

    record Plan(String name, List<Step> steps) {
    }

    private static Plan bind(String json) {
        return PolicyJson.bind(PolicyNode.parse("plan.json", json.getBytes(StandardCharsets.UTF_8)), Plan.class);
    }

    @Test
    void aWellFormedDocumentBindsIntoRecords() {
        Plan plan = bind("{\"name\": \"x\", \"steps\": [{\"days\": 3, \"stage\": \"LINEHAUL\", \"places\": [\"CN\"]}]}");

        assertThat(plan.steps()).containsExactly(new Step(3, Stage.LINEHAUL, List.of("CN")));
    }

    @Test
    void anUnknownFieldIsNamedWithTheFieldsThatAreKnown() {
        assertThatThrownBy(() -> bind("{\"name\": \"x\", \"steps\": [{\"dayz\": 3}]}"))
                .isInstanceOf(PolicyFileException.class)
                .hasMessage("plan.json: $.steps[0].dayz: unknown field; expected one of [days, stage, places]")
                .hasCauseInstanceOf(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class);
    }

    @Test
    void noValueIsCoercedIntoAnotherType() {
        assertThatThrownBy(() -> bind("{\"name\": 7}")).hasMessage("plan.json: $.name: expected a non-empty string, got 7");
        assertThatThrownBy(() -> bind("{\"steps\": [{\"days\": \"3\"}]}"))
                .hasMessage("plan.json: $.steps[0].days: expected a whole number, got \"3\"");
        assertThatThrownBy(() -> bind("{\"steps\": [{\"days\": 1.5}]}"))
                .hasMessage("plan.json: $.steps[0].days: expected a whole number, got 1.5");
        assertThatThrownBy(() -> bind("{\"steps\": [{\"stage\": 2}]}"))
                .hasMessage("plan.json: $.steps[0].stage: expected a non-empty string, got 2");
    }

    @Test
    void anUnknownConstantListsTheKnownOnesAndNoClassName() {
        assertThatThrownBy(() -> bind("{\"steps\": [{\"stage\": \"CUSTOMS\"}]}"))
                .hasMessageStartingWith("plan.json: $.steps[0].stage: unknown value 'CUSTOMS'; expected one of [")
                .hasMessageNotContaining("dev.waybill")
                .hasMessageNotContaining("jackson");
    }

    @Test
    void aWrongShapeSaysWhatWasExpected() {
        assertThatThrownBy(() -> bind("{\"steps\": {\"days\": 1}}")).hasMessage("plan.json: $.steps: expected an array");
        assertThatThrownBy(() -> bind("{\"steps\": [[1]]}")).hasMessage("plan.json: $.steps[0]: expected an object, got array");
    }

    @Test
    void theValidatorsNameTheirPath() {
        At step = new At("plan.json", "$").field("steps").index(2);

        assertThatThrownBy(() -> step.field("days").integer(-2, 0, 365))
                .hasMessage("plan.json: $.steps[2].days: must be between 0 and 365, got -2");
        assertThatThrownBy(() -> step.field("name").text(null)).hasMessage("plan.json: $.steps[2].name: missing");
        assertThatThrownBy(() -> step.field("from").date("15/01/2024"))
                .hasMessage("plan.json: $.steps[2].from: not an ISO date (2026-11-16): '15/01/2024'");
    }
}
