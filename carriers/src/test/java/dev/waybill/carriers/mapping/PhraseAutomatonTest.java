package dev.waybill.carriers.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The automaton finds every phrase in one pass, overlapping or nested, and keeps to word boundaries. */
class PhraseAutomatonTest {

    @Test
    void overlappingAndNestedPhrasesAreAllFound() {
        PhraseAutomaton automaton = anywhere("he", "she", "his", "hers");

        assertThat(found(automaton, "ushers", 4)).containsExactly(0, 1, 3);
        assertThat(found(automaton, "ahishe", 4)).containsExactly(0, 1, 2);
        assertThat(automaton.scan("xyz")).isNull();
    }

    @Test
    void aPhraseEndingInsideALongerFailedOneIsFoundThroughItsFailureLink() {
        PhraseAutomaton automaton = anywhere("delivery attempted", "attempt");

        assertThat(found(automaton, "delivery attempt failed", 2)).containsExactly(1);
    }

    @Test
    void aWholeWordPhraseIsNotFoundInsideAWordButAnOpenOneIs() {
        PhraseAutomaton automaton = new PhraseAutomaton(List.of("lost", "zoll"), new boolean[] {true, true},
                new boolean[] {true, false});

        assertThat(automaton.scan("almost there")).isNull();
        assertThat(found(automaton, "Parcel LOST.", 2)).containsExactly(0);
        assertThat(found(automaton, "Zollabfertigung", 2)).containsExactly(1);
        assertThat(automaton.scan("Verzollung")).isNull();
    }

    @Test
    void hanAndKanaPhrasesNeedNoSpacesAroundThem() {
        PhraseAutomaton automaton = new PhraseAutomaton(List.of("签收", "配達中"), new boolean[] {false, false},
                new boolean[] {false, false});

        assertThat(found(automaton, "已签收，签收人凭取货码签收", 2)).containsExactly(0);
        assertThat(found(automaton, "ただいま配達中です", 2)).containsExactly(1);
    }

    private static PhraseAutomaton anywhere(String... phrases) {
        return new PhraseAutomaton(List.of(phrases), new boolean[phrases.length], new boolean[phrases.length]);
    }

    private static List<Integer> found(PhraseAutomaton automaton, String text, int phrases) {
        long[] hits = automaton.scan(text);
        assertThat(hits).as(text).isNotNull();
        List<Integer> ids = new ArrayList<>();
        for (int p = 0; p < phrases; p++) {
            if (TextRule.has(hits, p)) {
                ids.add(p);
            }
        }
        return ids;
    }
}
