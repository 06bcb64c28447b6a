package dev.waybill.policies.transit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.waybill.delay.Place;
import dev.waybill.delay.ServiceLevel;
import dev.waybill.delay.TransitProfile;
import dev.waybill.delay.TransitProfiles;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled {@code transit-profiles.json}: what it covers and the anchors its numbers respect. */
class BundledTransitProfilesTest {

    private static final CountryCode CN = CountryCode.of("CN");
    private static final TransitProfiles DEFAULTS = TransitPolicies.defaultProfiles();

    /** The main destinations from China that issue 2 names. */
    @ParameterizedTest(name = "CN to {0}")
    @ValueSource(strings = {"US", "CA", "MX", "BR", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "SE", "TR", "JP",
            "KR", "AU", "SA", "AE", "SG", "MY", "TH", "VN", "ID", "PH"})
    void everyMainLaneFromChinaHasItsOwnPostalAirExpressAirAndSeaProfile(String destination) {
        CountryCode to = CountryCode.of(destination);

        TransitProfile postal = DEFAULTS.profileFor(new Lane(CN, to, Mode.AIR, "yunexpress"));
        TransitProfile express = DEFAULTS.profileFor(new Lane(CN, to, Mode.AIR, "dhl"));
        TransitProfile sea = DEFAULTS.profileFor(Lane.of(CN, to, Mode.SEA));

        for (TransitProfile profile : List.of(postal, express, sea)) {
            assertThat(profile.match().origin()).as(profile.id()).isEqualTo(new Place.Country(CN));
            assertThat(profile.match().destination()).as(profile.id()).isEqualTo(new Place.Country(to));
            assertThat(profile.match().domestic()).as(profile.id()).isFalse();
        }
        assertThat(postal.match().mode()).isEqualTo(Mode.AIR);
        assertThat(postal.match().service()).hasValue(ServiceLevel.POSTAL);
        assertThat(express.match().mode()).isEqualTo(Mode.AIR);
        assertThat(express.match().service()).hasValue(ServiceLevel.EXPRESS);
        assertThat(sea.match().mode()).isEqualTo(Mode.SEA);
        assertThat(express.totalP90()).as("express is faster than postal at the 90th percentile")
                .isLessThan(postal.totalP90());
        assertThat(postal.totalP90()).as("air is faster than sea at the 90th percentile").isLessThan(sea.totalP90());
    }

    @Test
    void aLaneWithoutACarrierIsJudgedAsPostalAndTheBigIntegratorsAsExpress() {
        assertThat(DEFAULTS.serviceLevel(Lane.of(CN, CountryCode.of("US"), Mode.AIR))).isEqualTo(ServiceLevel.POSTAL);
        for (String integrator : List.of("dhl", "fedex", "ups", "DHL")) {
            assertThat(DEFAULTS.serviceLevel(new Lane(CN, CountryCode.of("US"), Mode.AIR, integrator)))
                    .as(integrator).isEqualTo(ServiceLevel.EXPRESS);
        }
    }

    @Test
    void everyCountryPairAndModeGetsAProfileForItsKindOfLane() {
        List<CountryCode> countries = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream()
                .map(CountryCode::of).toList();
        List<String> wrong = new ArrayList<>();

        assertThatCode(() -> {
            for (CountryCode origin : countries) {
                for (CountryCode destination : countries) {
                    for (Mode mode : Mode.values()) {
                        for (String carrier : new String[] {null, "dhl"}) {
                            Lane lane = new Lane(origin, destination, mode, carrier);
                            TransitProfile profile = DEFAULTS.profileFor(lane);
                            if (profile.match().mode() != mode || profile.match().domestic() != lane.isDomestic()) {
                                wrong.add(lane + " -> " + profile.id());
                            }
                        }
                    }
                }
            }
        }).doesNotThrowAnyException();
        assertThat(countries).hasSizeGreaterThan(240);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aPairWithoutItsOwnProfileFallsBackToItsRegionsThenToTheGlobalProfile() {
        TransitProfile regional = DEFAULTS.profileFor(Lane.of(CountryCode.of("HK"), CountryCode.of("PT"), Mode.AIR));
        TransitProfile global = DEFAULTS.profileFor(Lane.of(CountryCode.of("BR"), CountryCode.of("ZA"), Mode.AIR));

        assertThat(regional.match().origin()).isEqualTo(Place.parse("EAST_ASIA"));
        assertThat(regional.match().destination()).isEqualTo(Place.parse("EUROPE"));
        assertThat(global.match().origin()).isEqualTo(Place.ANY);
        assertThat(global.match().destination()).isEqualTo(Place.ANY);
    }

    @Test
    void everyProfileSaysWhereItsNumbersComeFrom() {
        assertThat(DEFAULTS.profiles()).isNotEmpty().allSatisfy(profile -> {
            assertThat(profile.basis()).as(profile.id()).isNotNull();
            assertThat(profile.source()).as(profile.id()).isNotBlank();
            assertThat(profile.loss().source()).as(profile.id()).isNotBlank();
        });
    }

    @Test
    void noInternationalAirProfilePresumesLossBeforeTwentySilentDays() {
        List<TransitProfile> internationalAir = DEFAULTS.profiles().stream()
                .filter(p -> p.match().mode() == Mode.AIR && !p.match().domestic()).toList();

        assertThat(internationalAir).hasSizeGreaterThan(48).allSatisfy(profile ->
                assertThat(profile.loss().afterSilentDays()).as(profile.id()).isGreaterThanOrEqualTo(20));
    }

    @Test
    void noDomesticProfilePresumesLossBeforeSevenSilentDays() {
        assertThat(DEFAULTS.profiles().stream().filter(p -> p.match().domestic()).toList())
                .isNotEmpty()
                .allSatisfy(profile ->
                        assertThat(profile.loss().afterSilentDays()).as(profile.id()).isGreaterThanOrEqualTo(7));
    }

    @Test
    void internationalRoadProfilesCarryTheCmrThirtyAndSixtyDayPresumptions() {
        List<TransitProfile> road = DEFAULTS.profiles().stream()
                .filter(p -> p.match().mode() == Mode.ROAD && !p.match().domestic()).toList();

        assertThat(road).isNotEmpty().allSatisfy(profile -> {
            assertThat(profile.loss().promiseThreshold()).as(profile.id()).hasValue(30);
            assertThat(profile.loss().startThreshold()).as(profile.id()).hasValue(60);
            assertThat(profile.loss().source()).as(profile.id()).contains("CMR art. 20(1)");
        });
        assertThat(DEFAULTS.profileFor(Lane.of(CountryCode.of("PL"), CountryCode.of("DE"), Mode.ROAD)).loss()
                .promiseThreshold()).hasValue(30);
    }

    @Test
    void noStageMayStaySilentAsLongAsTheLossThreshold() {
        assertThat(DEFAULTS.profiles()).allSatisfy(profile -> assertThat(profile.route()).allSatisfy(stage ->
                assertThat(profile.timing(stage).maxSilentDays()).as(profile.id() + " " + stage)
                        .isLessThan(profile.loss().afterSilentDays())));
    }

    @Test
    void domesticProfilesHaveNoCustomsStagesOnTheirRoute() {
        TransitProfile domestic = DEFAULTS.profileFor(Lane.of(CountryCode.of("US"), CountryCode.of("US"), Mode.AIR));

        assertThat(domestic.match().domestic()).isTrue();
        assertThat(domestic.route()).noneMatch(dev.waybill.shipment.Stage::isCustoms);
    }
}
