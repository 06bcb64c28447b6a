package dev.waybill.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfidenceTest {

    @Test
    void parsesTheResearchLegendCodes() {
        assertThat(Confidence.parse("V-P")).isEqualTo(Confidence.VERIFIED_PRIMARY);
        assertThat(Confidence.parse(" C ")).isEqualTo(Confidence.CONFLICTING);
        assertThatThrownBy(() -> Confidence.parse("X")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'X'");
    }

    @Test
    void aConclusionIsOnlyAsSureAsItsWeakestFact() {
        assertThat(Confidence.VERIFIED_PRIMARY.weakest(Confidence.SECONDARY)).isEqualTo(Confidence.SECONDARY);
        assertThat(Confidence.UNVERIFIED.weakest(Confidence.VERIFIED_SECONDARY)).isEqualTo(Confidence.UNVERIFIED);
    }

    @Test
    void aSourcePrintsItsCitationReferenceAndMark() {
        assertThat(Source.of("MC99 Art 22(3)", "C-AIR-01", Confidence.VERIFIED_PRIMARY))
                .hasToString("MC99 Art 22(3) [C-AIR-01, V-P]");
        assertThat(Source.of("Waybill default", null, Confidence.UNVERIFIED)).hasToString("Waybill default [U]");
    }
}
