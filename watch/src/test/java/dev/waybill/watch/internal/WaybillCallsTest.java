package dev.waybill.watch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.Waybill;
import dev.waybill.delay.Basis;
import dev.waybill.delay.LaneMatch;
import dev.waybill.delay.LossRule;
import dev.waybill.delay.Place;
import dev.waybill.delay.PromiseBand;
import dev.waybill.delay.StageTiming;
import dev.waybill.delay.TransitProfile;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TrackingEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The poll schedule's stage medians come from the profile the verdict engine judges the parcel by. */
class WaybillCallsTest {

    private static final CountryCode BR = CountryCode.of("BR");

    private static TransitProfile profile(String id, double firstMileP50, List<PromiseBand> bands) {
        Map<Stage, StageTiming> stages = new EnumMap<>(Stage.class);
        stages.put(Stage.FIRST_MILE, StageTiming.of(1, firstMileP50, firstMileP50 + 4, 10));
        stages.put(Stage.LINEHAUL, StageTiming.of(0, 0, 0, 1));
        stages.put(Stage.LAST_MILE, StageTiming.of(0, 0, 0, 1));
        return new TransitProfile(id,
                new LaneMatch(Place.parse("BR"), Place.parse("BR"), Mode.ROAD, true, Optional.empty(), Optional.empty()),
                stages, 2, LossRule.afterSilence(28, "test"), Basis.LEARNED, "test", bands);
    }

    private static Shipment promised(String promisedBy) {
        return Shipment.builder("o-1", Lane.of(BR, BR, Mode.ROAD))
                .event(TrackingEvent.of(OffsetDateTime.parse("2026-03-01T10:00:00-03:00"), EventCode.LABEL_CREATED))
                .event(TrackingEvent.of(OffsetDateTime.parse("2026-03-02T10:00:00-03:00"), EventCode.PICKED_UP))
                .promisedBy(LocalDate.parse(promisedBy)).build();
    }

    @Test
    void aParcelInAPromiseBandIsTimedByItsBandNotByItsLane() {
        TransitProfile banded = profile("TEST-BR-BR", 5, List.of(
                new PromiseBand(0, 15, profile("TEST-BR-BR/NEAR", 3, List.of())),
                new PromiseBand(15, PromiseBand.UNBOUNDED, profile("TEST-BR-BR/FAR", 9, List.of()))));
        Waybill defaults = DefaultPolicies.waybill().build();
        Waybill waybill = defaults.toBuilder().verdicts(defaults.verdicts().toBuilder()
                .profiles(defaults.verdicts().profiles().withOverrides(List.of(banded))).build()).build();
        WaybillCalls calls = new WaybillCalls(waybill);

        assertThat(calls.stageP50Days(promised("2026-03-10"), Stage.FIRST_MILE)).isEqualTo(3);
        assertThat(calls.stageP50Days(promised("2026-03-25"), Stage.FIRST_MILE)).isEqualTo(9);
    }
}
