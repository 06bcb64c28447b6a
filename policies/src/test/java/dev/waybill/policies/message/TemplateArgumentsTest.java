package dev.waybill.policies.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.policies.message.TemplateArguments.Known;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The typed template arguments name exactly the placeholders the template files may use. */
class TemplateArgumentsTest {

    private static TemplateArguments.ForMessage message(TemplateArguments.EtaWords eta,
                                                        TemplateArguments.RemedyWords remedy) {
        return new TemplateArguments.ForMessage(Known.of("Lumen"), Known.UNKNOWN, "LP-1042", Known.of("LP00123"),
                "", false, "France", "le transport", "3 jours", true, "2 jours", "ven. 20 nov.", "mar. 17 nov.",
                Known.UNKNOWN, Known.UNKNOWN, "une pièce d'identité", Known.UNKNOWN, eta, remedy);
    }

    @Test
    void aMessageWithoutEtaOrRemedyGivesEveryCommonPlaceholderAndNoOther() {
        assertThat(message(null, null).asMap().keySet()).isEqualTo(TemplateKeys.COMMON);
    }

    @Test
    void theEtaAndTheRemedyAddTheirOwnPlaceholders() {
        Set<String> all = new HashSet<>(TemplateKeys.COMMON);
        all.addAll(TemplateKeys.ETA);
        all.addAll(TemplateKeys.REMEDY);

        assertThat(message(new TemplateArguments.EtaWords("a", "b", "c", false, null),
                new TemplateArguments.RemedyWords(Known.of("45,00 €"), true)).asMap().keySet()).isEqualTo(all);
    }

    @Test
    void anUnknownTextIsEmptyWithItsFlagNo() {
        assertThat(message(null, null).asMap()).containsEntry("buyer", "").containsEntry("buyerKnown", "no")
                .containsEntry("shop", "Lumen").containsEntry("shopKnown", "yes")
                .containsEntry("deliveredOn", "").containsEntry("deliveredKnown", "no");
    }

    @Test
    void aPluralPhraseTakesOnlyItsCount() {
        assertThat(new TemplateArguments.Count(3).asMap().keySet()).isEqualTo(TemplateKeys.COUNT);
        assertThat(TemplateArguments.NONE.asMap()).isEmpty();
    }

    @Test
    void theDayToldBeforeIsAPlaceholderOnlyWhenThereIsOne() {
        assertThat(message(new TemplateArguments.EtaWords("a", "b", "c", false, "d"), null).asMap())
                .containsEntry("etaTold", "d").containsEntry("etaLikely", "b");
    }

    @Test
    void aReasonsPlaceholdersReadByNameAreItsMap() {
        TemplateArguments.ForReason reason = new TemplateArguments.ForReason("situation", Known.of("because"), "stage",
                "days", "market", "value", "action", Known.UNKNOWN, "percent", Known.of("goodwill"), Known.of("claim"),
                "party", "facts", "first", "second", "third", true);

        Map<String, Object> map = reason.asMap();

        assertThat(map).containsOnlyKeys(TemplateKeys.REASON);
        for (String name : TemplateKeys.REASON) {
            assertThat(reason.byName().apply(name)).as(name).isEqualTo(map.get(name)).isNotNull();
        }
        // each text lands under its own name, each flag says whether its text is known
        assertThat(map).containsEntry("because", "because").containsEntry("causeKnown", "yes")
                .containsEntry("amount", "").containsEntry("amountKnown", "no").containsEntry("third", "third")
                .containsEntry("apologise", "yes");
        assertThat(reason.byName().apply("count")).isNull();
    }

    @Test
    void aMessagesPlaceholdersReadByNameAreItsMap() {
        TemplateArguments.ForMessage message = message(new TemplateArguments.EtaWords("a", "b", "c", false, "d"),
                new TemplateArguments.RemedyWords(Known.of("45,00 €"), true));
        message.asMap().forEach((name, value) -> assertThat(message.byName().apply(name)).as(name).isEqualTo(value));
    }
}
