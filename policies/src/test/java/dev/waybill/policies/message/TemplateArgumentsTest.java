package dev.waybill.policies.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.policies.message.TemplateArguments.Known;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateArgumentsTest {

    @Test
    void aReasonsPlaceholdersReadByNameAreItsMap() {
        TemplateArguments.ForReason reason = new TemplateArguments.ForReason("situation", Known.of("because"), "stage",
                "days", "market", "value", "action", Known.UNKNOWN, "percent", Known.of("goodwill"), Known.of("claim"),
                "party", "facts", "first", "second", "third", true);

        Map<String, Object> map = reason.asMap();

        assertThat(map).containsOnlyKeys(TemplateKeys.REASON);
        for (String name : TemplateKeys.REASON) {
            assertThat(reason.value(name)).as(name).isEqualTo(map.get(name)).isNotNull();
        }
        // each text lands under its own name, each flag says whether its text is known
        assertThat(map).containsEntry("because", "because").containsEntry("causeKnown", "yes")
                .containsEntry("amount", "").containsEntry("amountKnown", "no").containsEntry("third", "third")
                .containsEntry("apologise", "yes");
        assertThat(reason.value("count")).isNull();
    }
}
