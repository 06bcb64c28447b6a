package dev.waybill.delay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Promise bands: the promised lead, the band a parcel is judged against, and the ETA it gives. */
class PromiseBandTest {

    private static final CountryCode BR = CountryCode.of("BR");
    private static final ZoneOffset BRT = ZoneOffset.ofHours(-3);
    private static final LaneMatch BR_BR = new LaneMatch(Place.parse("BR"), Place.parse("BR"), Mode.ROAD, true,
            Optional.empty(), Optional.empty());
    private static final LossRule LOSS = LossRule.afterSilence(28, "test");

    private static TransitProfile profile(String id, StageTiming firstMile, List<PromiseBand> bands) {
        Map<Stage, StageTiming> stages = new EnumMap<>(Stage.class);
        stages.put(Stage.FIRST_MILE, firstMile);
        stages.put(Stage.LINEHAUL, StageTiming.of(0, 0, 0, 1));
        stages.put(Stage.LAST_MILE, StageTiming.of(0, 0, 0, 1));
        return new TransitProfile(id, BR_BR, stages, 2, LOSS, Basis.LEARNED, "source of " + id, bands);
    }

    /** First mile 2/5/9 days; promised under 15 days 1/3/5, promised 15 days or more 6/9/14. */
    private static final TransitProfile BANDED = profile("TEST-BR-BR", StageTiming.of(2, 5, 9, 10), List.of(
            new PromiseBand(0, 15, profile("TEST-BR-BR/PROMISED-0-14D", StageTiming.of(1, 3, 5, 10), List.of())),
            new PromiseBand(15, PromiseBand.UNBOUNDED,
                    profile("TEST-BR-BR/PROMISED-15+D", StageTiming.of(6, 9, 14, 10), List.of()))));

    private static Shipment pickedUp(String promisedBy) {
        Lanes.ParcelBuilder parcel = Lanes.parcel(BR, BR, Mode.ROAD)
                .event("2026-03-01T10:00:00-03:00", EventCode.LABEL_CREATED)
                .event("2026-03-02T10:00:00-03:00", EventCode.PICKED_UP);
        return promisedBy == null ? parcel.build() : parcel.promisedBy(promisedBy).build();
    }

    private static Eta eta(Shipment shipment) {
        TransitProfiles profiles = TransitProfiles.of(Lanes.fallbacksPlus(BANDED), List.of());
        return VerdictEngine.builder(profiles).build()
                .assess(shipment, OffsetDateTime.parse("2026-03-02T20:00:00-03:00").toInstant(), BRT).eta().orElseThrow();
    }

    @Test
    void thePromisedLeadCountsFromTheLabelsDateOrTheFirstEvent() {
        assertThat(PromiseBand.promisedLead(pickedUp("2026-03-10"))).isEqualTo(OptionalInt.of(9));
        Shipment noLabel = Lanes.parcel(BR, BR, Mode.ROAD).event("2026-03-02T23:30:00-03:00", EventCode.PICKED_UP)
                .promisedBy("2026-03-10").build();
        // the scan's local date (2 March), not its UTC date (3 March)
        assertThat(PromiseBand.promisedLead(noLabel)).isEqualTo(OptionalInt.of(8));
        assertThat(PromiseBand.promisedLead(pickedUp(null))).isEmpty();
        assertThat(PromiseBand.promisedLead(pickedUp("2026-02-27"))).isEmpty();
    }

    @Test
    void aParcelIsJudgedAgainstTheBandOfItsPromisedLead() {
        assertThat(BANDED.forShipment(pickedUp("2026-03-10")).id()).isEqualTo("TEST-BR-BR/PROMISED-0-14D");
        assertThat(BANDED.forShipment(pickedUp("2026-03-16")).id()).isEqualTo("TEST-BR-BR/PROMISED-15+D");
        assertThat(BANDED.forShipment(pickedUp("2026-03-15")).id()).isEqualTo("TEST-BR-BR/PROMISED-0-14D");
        assertThat(BANDED.forShipment(pickedUp(null))).isSameAs(BANDED);
    }

    @Test
    void theEtaComesFromTheBand() {
        // 20:00 on the pickup day: 10 hours (0.42 days) of first mile behind; ceil(p - 0.42) days from 2 March
        assertThat(eta(pickedUp("2026-03-10"))).isEqualTo(Eta.of(LocalDate.parse("2026-03-03"),
                LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-07")));
        assertThat(eta(pickedUp("2026-03-31"))).isEqualTo(Eta.of(LocalDate.parse("2026-03-08"),
                LocalDate.parse("2026-03-11"), LocalDate.parse("2026-03-16")));
        assertThat(eta(pickedUp(null))).isEqualTo(Eta.of(LocalDate.parse("2026-03-04"),
                LocalDate.parse("2026-03-07"), LocalDate.parse("2026-03-11")));
    }

    @Test
    void theExplanationNamesTheBandAndItsSource() {
        TransitProfiles profiles = TransitProfiles.of(Lanes.fallbacksPlus(BANDED), List.of());
        Verdict verdict = VerdictEngine.builder(profiles).build().assess(pickedUp("2026-03-10"),
                OffsetDateTime.parse("2026-03-02T20:00:00-03:00").toInstant(), BRT);
        assertThat(verdict.explanation().get(0)).startsWith("judged against transit profile TEST-BR-BR/PROMISED-0-14D"
                + " (learned: source of TEST-BR-BR/PROMISED-0-14D)");
    }

    @Test
    void bandsMustNotOverlapNorBeEmpty() {
        TransitProfile narrow = profile("b", StageTiming.of(1, 3, 5, 10), List.of());
        assertThatThrownBy(() -> profile("p", StageTiming.of(2, 5, 9, 10),
                List.of(new PromiseBand(0, 15, narrow), new PromiseBand(10, 20, narrow))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without overlap");
        assertThatThrownBy(() -> new PromiseBand(15, 15, narrow)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 <= fromDays < toDays");
        assertThatThrownBy(() -> new PromiseBand(0, 15, BANDED)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot have bands of its own");
    }
}
