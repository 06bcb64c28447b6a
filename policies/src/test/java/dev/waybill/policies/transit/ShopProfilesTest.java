package dev.waybill.policies.transit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.delay.Basis;
import dev.waybill.delay.PromiseBand;
import dev.waybill.delay.ServiceLevel;
import dev.waybill.delay.TransitProfile;
import dev.waybill.delay.TransitProfiles;
import dev.waybill.policies.PolicyFileException;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TransitPolicies#withProfiles}: a shop's own lanes replace or add to the defaults. */
class ShopProfilesTest {

    private static final CountryCode CN = CountryCode.of("CN");
    private static final CountryCode US = CountryCode.of("US");
    private static final CountryCode DE = CountryCode.of("DE");
    private static final TransitProfiles DEFAULTS = TransitPolicies.defaultProfiles();

    /** Five in-transit stages of an international lane, LINEHAUL given separately. */
    private static final String STAGES_BUT_LINEHAUL = """
            "FIRST_MILE": {"p10": 0.5, "p50": 1, "p90": 3, "maxSilentDays": 3},
            "EXPORT_CUSTOMS": {"p10": 0.5, "p50": 1, "p90": 2, "maxSilentDays": 2},
            "IMPORT_CUSTOMS": {"p10": 1, "p50": 2, "p90": 4, "maxSilentDays": 4},
            "LAST_MILE": {"p10": 1, "p50": 2, "p90": 4, "maxSilentDays": 4}""";

    @TempDir
    Path dir;

    private Path file(String json) throws IOException {
        Path file = dir.resolve("shop-lanes.json");
        Files.writeString(file, json);
        return file;
    }

    /** A file of one international profile; {@code extra} goes inside the profile object. */
    private Path oneProfile(String id, String lane, String linehaul, String extra) throws IOException {
        return file("""
                {"profiles": [{
                  "id": "%s", %s,
                  "pickupAllowanceDays": 2,
                  "loss": {"afterSilentDays": 20, "source": "our claims with the carrier, 2025"},
                  "stages": {%s,
                    "LINEHAUL": %s},
                  "basis": "PUBLISHED",
                  "source": "our own 2025 scans on this lane"%s
                }]}
                """.formatted(id, lane, STAGES_BUT_LINEHAUL, linehaul, extra));
    }

    private Path oneProfile(String linehaul, String extra) throws IOException {
        return oneProfile("CN-US-AIR-POSTAL", "\"origin\": \"CN\", \"destination\": \"US\", \"mode\": \"AIR\", \"service\": \"POSTAL\"",
                linehaul, extra);
    }

    @Test
    void aProfileWithAnExistingIdReplacesTheDefaultInPlace() throws IOException {
        Path file = oneProfile("{\"p10\": 2, \"p50\": 4, \"p90\": 9, \"maxSilentDays\": 2}", "");

        TransitProfiles merged = TransitPolicies.withProfiles(DEFAULTS, file);

        TransitProfile profile = merged.profileFor(Lane.of(CN, US, Mode.AIR));
        assertThat(profile.id()).isEqualTo("CN-US-AIR-POSTAL");
        assertThat(profile.timing(Stage.LINEHAUL).p90()).isEqualTo(9);
        assertThat(profile.timing(Stage.LINEHAUL).maxSilentDays()).isEqualTo(2);
        assertThat(profile.basis()).isEqualTo(Basis.PUBLISHED);
        assertThat(profile.source()).isEqualTo("our own 2025 scans on this lane");
        assertThat(merged.profiles()).hasSameSizeAs(DEFAULTS.profiles());
        assertThat(DEFAULTS.profileFor(Lane.of(CN, US, Mode.AIR)).timing(Stage.LINEHAUL).maxSilentDays())
                .as("the defaults themselves are untouched").isNotEqualTo(2);
    }

    @Test
    void aProfileWithANewIdIsAddedAndACarrierProfileBeatsTheCountryPair() throws IOException {
        Path file = oneProfile("CN-DE-YUNEXPRESS",
                "\"origin\": \"CN\", \"destination\": \"DE\", \"mode\": \"AIR\", \"carrier\": \"YunExpress\"",
                "{\"p10\": 2, \"p50\": 3, \"p90\": 6, \"maxSilentDays\": 5}", "");

        TransitProfiles merged = TransitPolicies.withProfiles(DEFAULTS, file);

        assertThat(merged.profiles()).hasSize(DEFAULTS.profiles().size() + 1);
        assertThat(merged.profileFor(new Lane(CN, DE, Mode.AIR, "yunexpress")).id()).isEqualTo("CN-DE-YUNEXPRESS");
        assertThat(merged.profileFor(new Lane(CN, DE, Mode.AIR, "4px")).id())
                .isEqualTo(DEFAULTS.profileFor(new Lane(CN, DE, Mode.AIR, "4px")).id())
                .isNotEqualTo("CN-DE-YUNEXPRESS");
    }

    @Test
    void aNewProfileAsSpecificAsADefaultWinsTheTie() throws IOException {
        Path file = oneProfile("SHOP-CN-US-POSTAL",
                "\"origin\": \"CN\", \"destination\": \"US\", \"mode\": \"AIR\", \"service\": \"POSTAL\"",
                "{\"p10\": 2, \"p50\": 3, \"p90\": 6, \"maxSilentDays\": 5}", "");

        TransitProfiles merged = TransitPolicies.withProfiles(DEFAULTS, file);

        assertThat(merged.profileFor(Lane.of(CN, US, Mode.AIR)).id()).isEqualTo("SHOP-CN-US-POSTAL");
    }

    @Test
    void expressCarriersInTheFileAreAddedToTheBundledOnes() throws IOException {
        Path file = file("""
                {"expressCarriers": ["cne-express"], "profiles": []}
                """);

        TransitProfiles merged = TransitPolicies.withProfiles(DEFAULTS, file);

        assertThat(merged.serviceLevel(new Lane(CN, US, Mode.AIR, "cne-express"))).isEqualTo(ServiceLevel.EXPRESS);
        assertThat(merged.serviceLevel(new Lane(CN, US, Mode.AIR, "dhl"))).isEqualTo(ServiceLevel.EXPRESS);
        assertThat(DEFAULTS.serviceLevel(new Lane(CN, US, Mode.AIR, "cne-express"))).isEqualTo(ServiceLevel.POSTAL);
    }

    @Test
    void learnedPeakDaysAreReadIntoTheProfile() throws IOException {
        Path file = oneProfile("{\"p10\": 2, \"p50\": 4, \"p90\": 9, \"maxSilentDays\": 2}",
                ", \"peakDays\": {\"extraDays\": 1.58, \"deliveries\": 430, \"source\": \"430 peak parcels\"}");

        TransitProfile profile = TransitPolicies.withProfiles(DEFAULTS, file).profileFor(Lane.of(CN, US, Mode.AIR));

        assertThat(profile.peakDays().orElseThrow().extraDays()).isEqualTo(1.58);
        assertThat(profile.peakDays().orElseThrow().deliveries()).isEqualTo(430);
        assertThat(profile.peakDays().orElseThrow().source()).isEqualTo("430 peak parcels");
        assertThat(profile.peakDays().orElseThrow().wholeDays()).isEqualTo(2);
    }

    @Test
    void negativePeakDaysAreNamedByTheirPath() throws IOException {
        Path file = oneProfile("{\"p10\": 2, \"p50\": 4, \"p90\": 9, \"maxSilentDays\": 2}",
                ", \"peakDays\": {\"extraDays\": -1, \"deliveries\": 430, \"source\": \"430 peak parcels\"}");

        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, file))
                .isInstanceOfSatisfying(PolicyFileException.class,
                        e -> assertThat(e.path()).isEqualTo("$.profiles[0].peakDays.extraDays"))
                .hasMessage(file + ": $.profiles[0].peakDays.extraDays: must be between 0 and 365 days, got -1");
    }

    @Test
    void peakDaysWithoutTheirCountAreNamedByTheirPath() throws IOException {
        Path file = oneProfile("{\"p10\": 2, \"p50\": 4, \"p90\": 9, \"maxSilentDays\": 2}",
                ", \"peakDays\": {\"extraDays\": 2, \"source\": \"430 peak parcels\"}");

        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, file))
                .hasMessage(file + ": $.profiles[0].peakDays.deliveries: missing");
    }

    @Test
    void aStageNameThatIsNotAnInTransitStageIsNamedByItsPath() throws IOException {
        Path file = oneProfile("{\"p10\": 1, \"p50\": 3, \"p90\": 7, \"maxSilentDays\": 6}, "
                + "\"CUSTOMS\": {\"p10\": 1, \"p50\": 2, \"p90\": 4, \"maxSilentDays\": 3}", "");

        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, file))
                .isInstanceOfSatisfying(PolicyFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.path()).isEqualTo("$.profiles[0].stages.CUSTOMS");
                })
                .hasMessage(file + ": $.profiles[0].stages.CUSTOMS: not an in-transit stage: CUSTOMS");
    }

    @Test
    void deliveredIsNotAStageAProfileCanTime() throws IOException {
        Path file = oneProfile("{\"p10\": 1, \"p50\": 3, \"p90\": 7, \"maxSilentDays\": 6}, "
                + "\"DELIVERED\": {\"p10\": 0, \"p50\": 0, \"p90\": 0, \"maxSilentDays\": 1}", "");

        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, file))
                .hasMessage(file + ": $.profiles[0].stages.DELIVERED: not an in-transit stage: DELIVERED");
    }

    @Test
    void aMedianAboveTheNinetiethPercentileIsNamedByItsStage() throws IOException {
        Path file = oneProfile("{\"p10\": 1, \"p50\": 8, \"p90\": 7, \"maxSilentDays\": 6}", "");

        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, file))
                .isInstanceOfSatisfying(PolicyFileException.class,
                        e -> assertThat(e.path()).isEqualTo("$.profiles[0].stages.LINEHAUL"))
                .hasMessageStartingWith(file + ": $.profiles[0].stages.LINEHAUL: percentiles must satisfy 0 <= p10 <= p50 <= p90");
    }

    @Test
    void aStageThatMayStaySilentAsLongAsTheLossThresholdIsRejected() throws IOException {
        Path file = oneProfile("{\"p10\": 1, \"p50\": 3, \"p90\": 7, \"maxSilentDays\": 20}", "");

        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, file))
                .isInstanceOfSatisfying(PolicyFileException.class,
                        e -> assertThat(e.path()).isEqualTo("$.profiles[0]"))
                .hasMessageContaining("LINEHAUL may be silent 20 days, not less than the loss threshold of 20");
    }

    /** Promise bands: {@code ranges} as {fromDays, toDays} (toDays null: no end), linehaul p50 = 10 * (band + 1). */
    private Path withBands(Integer... ranges) throws IOException {
        StringBuilder bands = new StringBuilder(", \"promiseBands\": [");
        for (int i = 0; i < ranges.length; i += 2) {
            bands.append(i == 0 ? "" : ", ").append("{\"fromDays\": ").append(ranges[i])
                    .append(ranges[i + 1] == null ? "" : ", \"toDays\": " + ranges[i + 1])
                    .append(", \"stages\": {").append(STAGES_BUT_LINEHAUL).append(", \"LINEHAUL\": {\"p10\": 1, \"p50\": ")
                    .append(10 * (i / 2 + 1)).append(", \"p90\": 30, \"maxSilentDays\": 6}}, \"source\": \"band ")
                    .append(i / 2).append("\"}");
        }
        return oneProfile("{\"p10\": 1, \"p50\": 3, \"p90\": 7, \"maxSilentDays\": 6}", bands.append("]").toString());
    }

    @Test
    void promiseBandsAreReadWithTheirRangesTimingsAndSources() throws IOException {
        TransitProfiles profiles = TransitPolicies.withProfiles(DEFAULTS, withBands(0, 18, 18, null));

        TransitProfile profile = profiles.profiles().stream().filter(p -> p.id().equals("CN-US-AIR-POSTAL"))
                .findFirst().orElseThrow();
        assertThat(profile.timing(Stage.LINEHAUL).p50()).isEqualTo(3);
        assertThat(profile.promiseBands()).hasSize(2);
        PromiseBand near = profile.promiseBands().get(0);
        PromiseBand far = profile.promiseBands().get(1);
        assertThat(near.fromDays()).isZero();
        assertThat(near.toDays()).isEqualTo(18);
        assertThat(near.profile().id()).isEqualTo("CN-US-AIR-POSTAL/PROMISED-0-17D");
        assertThat(near.profile().timing(Stage.LINEHAUL).p50()).isEqualTo(10);
        assertThat(near.profile().source()).isEqualTo("band 0");
        assertThat(far.toDays()).isEqualTo(PromiseBand.UNBOUNDED);
        assertThat(far.profile().id()).isEqualTo("CN-US-AIR-POSTAL/PROMISED-18+D");
        assertThat(far.profile().timing(Stage.LINEHAUL).p50()).isEqualTo(20);
        assertThat(far.profile().pickupAllowanceDays()).isEqualTo(2);
    }

    @Test
    void overlappingPromiseBandsAreRejectedNamingTheProfile() throws IOException {
        Path file = withBands(0, 20, 18, null);

        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, file))
                .isInstanceOfSatisfying(PolicyFileException.class,
                        e -> assertThat(e.path()).isEqualTo("$.profiles[0]"))
                .hasMessageContaining("promise bands must be in ascending order without overlap");
    }

    @Test
    void aPromiseBandEndingWhereItStartsIsNamedByItsPath() throws IOException {
        Path file = withBands(0, 18, 18, 18);

        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, file))
                .isInstanceOfSatisfying(PolicyFileException.class,
                        e -> assertThat(e.path()).isEqualTo("$.profiles[0].promiseBands[1]"))
                .hasMessageContaining("a promise band needs 0 <= fromDays < toDays, got 18 and 18");
    }

    @Test
    void anUnknownFieldIsRejectedByItsPath() throws IOException {
        Path file = oneProfile("{\"p10\": 1, \"p50\": 3, \"p90\": 7, \"maxSilentDays\": 6}", ", \"transitDays\": 12");

        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, file))
                .isInstanceOfSatisfying(PolicyFileException.class,
                        e -> assertThat(e.path()).isEqualTo("$.profiles[0].transitDays"))
                .hasMessageContaining("unknown field");
    }

    @Test
    void aTypoInsideAStageTimingIsRejectedByItsPath() throws IOException {
        Path file = oneProfile("{\"p10\": 1, \"p50\": 3, \"p95\": 7, \"maxSilentDays\": 6}", "");

        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, file))
                .hasMessageStartingWith(file + ": $.profiles[0].stages.LINEHAUL.p95: unknown field");
    }

    @Test
    void aProfileWithoutASourceIsRejected() throws IOException {
        Path file = file("""
                {"profiles": [{
                  "id": "CN-US-AIR-POSTAL", "origin": "CN", "destination": "US", "mode": "AIR",
                  "pickupAllowanceDays": 2,
                  "loss": {"afterSilentDays": 20, "source": "our claims with the carrier, 2025"},
                  "stages": {%s, "LINEHAUL": {"p10": 1, "p50": 3, "p90": 7, "maxSilentDays": 6}},
                  "basis": "DEFAULT"
                }]}
                """.formatted(STAGES_BUT_LINEHAUL));

        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, file))
                .hasMessage(file + ": $.profiles[0].source: missing");
    }

    @Test
    void aLossRuleWithoutASourceIsRejected() throws IOException {
        Path file = file("""
                {"profiles": [{
                  "id": "CN-US-AIR-POSTAL", "origin": "CN", "destination": "US", "mode": "AIR",
                  "pickupAllowanceDays": 2, "loss": {"afterSilentDays": 20},
                  "stages": {%s, "LINEHAUL": {"p10": 1, "p50": 3, "p90": 7, "maxSilentDays": 6}},
                  "basis": "DEFAULT", "source": "ours"
                }]}
                """.formatted(STAGES_BUT_LINEHAUL));

        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, file))
                .hasMessage(file + ": $.profiles[0].loss.source: missing");
    }

    @Test
    void anInternationalProfileMissingAStageIsRejected() throws IOException {
        Path file = file("""
                {"profiles": [{
                  "id": "CN-US-AIR-POSTAL", "origin": "CN", "destination": "US", "mode": "AIR",
                  "pickupAllowanceDays": 2, "loss": {"afterSilentDays": 20, "source": "ours"},
                  "stages": {"FIRST_MILE": {"p10": 0.5, "p50": 1, "p90": 3, "maxSilentDays": 3},
                             "LINEHAUL": {"p10": 1, "p50": 3, "p90": 7, "maxSilentDays": 6},
                             "LAST_MILE": {"p10": 1, "p50": 2, "p90": 4, "maxSilentDays": 4}},
                  "basis": "DEFAULT", "source": "ours"
                }]}
                """);

        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, file))
                .isInstanceOfSatisfying(PolicyFileException.class, e -> assertThat(e.path()).isEqualTo("$.profiles[0]"))
                .hasMessageContaining("no timing for stage EXPORT_CUSTOMS");
    }

    @Test
    void aBadModeAndABadPlaceAreNamedByTheirPaths() throws IOException {
        Path truck = oneProfile("X", "\"origin\": \"CN\", \"destination\": \"US\", \"mode\": \"TRUCK\"",
                "{\"p10\": 1, \"p50\": 3, \"p90\": 7, \"maxSilentDays\": 6}", "");
        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, truck))
                .hasMessageStartingWith(truck + ": $.profiles[0].mode: unknown value 'TRUCK'");

        Path china = oneProfile("X", "\"origin\": \"China\", \"destination\": \"US\", \"mode\": \"AIR\"",
                "{\"p10\": 1, \"p50\": 3, \"p90\": 7, \"maxSilentDays\": 6}", "");
        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, china))
                .hasMessage(china + ": $.profiles[0].origin: not a country code, a region or *: 'China'");
    }

    @Test
    void twoNewProfilesWithOneIdAreRejectedNamingTheFile() throws IOException {
        String profile = """
                {"id": "CN-DE-YUNEXPRESS", "origin": "CN", "destination": "DE", "mode": "AIR", "carrier": "yunexpress",
                 "pickupAllowanceDays": 2, "loss": {"afterSilentDays": 20, "source": "ours"},
                 "stages": {%s, "LINEHAUL": {"p10": 1, "p50": 3, "p90": 7, "maxSilentDays": 6}},
                 "basis": "DEFAULT", "source": "ours"}""".formatted(STAGES_BUT_LINEHAUL);
        Path file = file("{\"profiles\": [" + profile + ", " + profile + "]}");

        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, file))
                .isInstanceOf(PolicyFileException.class)
                .hasMessage(file + ": $.profiles: duplicate transit profile id CN-DE-YUNEXPRESS");
    }

    @Test
    void replacingAGlobalFallbackWithANarrowerLaneIsRejectedNamingTheFile() throws IOException {
        Path file = oneProfile("ANY-AIR-INTERNATIONAL", "\"origin\": \"CN\", \"destination\": \"US\", \"mode\": \"AIR\"",
                "{\"p10\": 1, \"p50\": 3, \"p90\": 7, \"maxSilentDays\": 6}", "");

        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, file))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith(file + ": $.profiles: no fallback profile for AIR international lanes");
    }

    @Test
    void aFileThatIsNotJsonNamesTheLine() throws IOException {
        Path file = file("{\"profiles\": [\n  {\"id\": \"CN-US\",}\n]}");

        assertThatThrownBy(() -> TransitPolicies.withProfiles(DEFAULTS, file))
                .hasMessageStartingWith(file + ": $: not valid JSON: ")
                .hasMessageContaining("line 2");
    }
}
