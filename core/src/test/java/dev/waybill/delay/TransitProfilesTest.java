package dev.waybill.delay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Stage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Profile lookup: the most specific profile for a lane wins, and every lane gets one. */
class TransitProfilesTest {

    private static final CountryCode CN = CountryCode.of("CN");
    private static final CountryCode FR = CountryCode.of("FR");

    private static TransitProfile profile(String id, String origin, String destination, ServiceLevel service,
                                          String carrier) {
        return new TransitProfile(id, new LaneMatch(Place.parse(origin), Place.parse(destination), Mode.AIR, false,
                service, carrier), Lanes.CN_US.stages(), 3, LossRule.afterSilence(20, "test"), Basis.DEFAULT, "test");
    }

    private static final TransitProfiles PROFILES = TransitProfiles.of(Lanes.fallbacksPlus(
            profile("region", "EAST_ASIA", "EUROPE", null, null),
            profile("country", "CN", "FR", null, null),
            profile("express", "CN", "FR", ServiceLevel.EXPRESS, null),
            profile("yun", "CN", "FR", null, "yunexpress")), List.of("dhl", "FedEx"));

    @Test
    void aCarriersOwnProfileBeatsTheCountryPair() {
        assertThat(PROFILES.profileFor(new Lane(CN, FR, Mode.AIR, "YunExpress")).id()).isEqualTo("yun");
    }

    @Test
    void anExpressCarrierGetsTheExpressProfile() {
        assertThat(PROFILES.profileFor(new Lane(CN, FR, Mode.AIR, "fedex")).id()).isEqualTo("express");
        assertThat(PROFILES.serviceLevel(new Lane(CN, FR, Mode.AIR, "dhl"))).isEqualTo(ServiceLevel.EXPRESS);
    }

    @Test
    void anyOtherCarrierGetsTheCountryPair() {
        assertThat(PROFILES.profileFor(new Lane(CN, FR, Mode.AIR, "cainiao")).id()).isEqualTo("country");
    }

    @Test
    void aPairWithoutItsOwnProfileFallsBackToItsRegions() {
        assertThat(PROFILES.profileFor(Lane.of(CountryCode.of("HK"), CountryCode.of("IT"), Mode.AIR)).id())
                .isEqualTo("region");
    }

    @Test
    void anyOtherPairGetsTheGlobalFallbackOfItsMode() {
        assertThat(PROFILES.profileFor(Lane.of(CountryCode.of("BR"), CountryCode.of("ZA"), Mode.SEA)).id())
                .isEqualTo("ANY-SEA");
        assertThat(PROFILES.profileFor(Lane.of(FR, FR, Mode.ROAD)).id()).isEqualTo("ANY-ROAD-DOMESTIC");
    }

    @Test
    void anOverrideWithAKnownIdReplacesItAndANewOneWinsTies() {
        TransitProfile replaced = profile("country", "CN", "FR", null, null);
        TransitProfile added = profile("shop", "CN", "FR", null, null);

        TransitProfiles overridden = PROFILES.withOverrides(List.of(replaced, added));

        assertThat(overridden.profiles()).extracting(TransitProfile::id).containsOnlyOnce("country");
        assertThat(overridden.profileFor(new Lane(CN, FR, Mode.AIR, "cainiao")).id()).isEqualTo("shop");
    }

    @Test
    void profilesWithoutAFallbackForEveryModeAreRefused() {
        List<TransitProfile> withoutSea = new ArrayList<>(Lanes.fallbacksPlus());
        withoutSea.removeIf(p -> p.id().equals("ANY-SEA"));

        assertThatThrownBy(() -> TransitProfiles.of(withoutSea, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SEA international");
    }

    @Test
    void aStageMaySilentNoLongerThanTheLossThreshold() {
        assertThatThrownBy(() -> new TransitProfile("bad", Lanes.CN_US.match(), Lanes.timings(
                StageTiming.of(1, 2, 4, 3), StageTiming.of(1, 1, 2, 2), StageTiming.of(20, 30, 40, 25),
                StageTiming.of(1, 1, 3, 3), StageTiming.of(1, 2, 4, 3)), 3, LossRule.afterSilence(20, "t"),
                Basis.DEFAULT, "t"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LINEHAUL may be silent 25 days");
    }

    @Test
    void anInternationalProfileMustTimeTheCustomsStages() {
        var stages = new java.util.EnumMap<>(Lanes.CN_US.stages());
        stages.remove(Stage.IMPORT_CUSTOMS);

        assertThatThrownBy(() -> new TransitProfile("bad", Lanes.CN_US.match(), stages, 3,
                LossRule.afterSilence(20, "t"), Basis.DEFAULT, "t"))
                .hasMessageContaining("no timing for stage IMPORT_CUSTOMS");
    }

    @Test
    void percentilesMustBeInOrder() {
        assertThatThrownBy(() -> StageTiming.of(1, 5, 3, 2)).hasMessageContaining("p10 <= p50 <= p90");
    }

    @Test
    void everyCountryIsInExactlyOneRegion() {
        for (String code : java.util.Locale.getISOCountries()) {
            assertThat(Region.of(CountryCode.of(code))).as(code).isPresent();
        }
    }

    @Test
    void aLaneMatchWithoutServiceOrCarrierHasThemEmptyAndABlankCarrierIsAbsent() {
        LaneMatch any = new LaneMatch(Place.parse("CN"), Place.parse("FR"), Mode.AIR, false, null, "  ");
        LaneMatch yun = new LaneMatch(Place.parse("CN"), Place.parse("FR"), Mode.AIR, false, ServiceLevel.EXPRESS,
                " YunExpress ");

        assertThat(any.service()).isEmpty();
        assertThat(any.carrier()).isEmpty();
        assertThat(any).hasToString("CN-FR AIR");
        assertThat(yun.service()).hasValue(ServiceLevel.EXPRESS);
        assertThat(yun.carrier()).hasValue("yunexpress");
        assertThat(yun).hasToString("CN-FR AIR EXPRESS yunexpress");
    }
}
