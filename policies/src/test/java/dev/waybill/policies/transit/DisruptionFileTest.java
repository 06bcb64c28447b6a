package dev.waybill.policies.transit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.delay.DateRange;
import dev.waybill.delay.Disruption;
import dev.waybill.delay.DisruptionKind;
import dev.waybill.delay.Place;
import dev.waybill.policies.PolicyFileException;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TransitPolicies#readDisruptions}: the disruptions a shop registers, validated. */
class DisruptionFileTest {

    private static final String TYPHOON = """
            {"id": "typhoon-haikui", "kind": "WEATHER", "places": ["CN", "TW"],
             "from": "2026-09-03", "to": "2026-09-07", "stages": ["FIRST_MILE", "LINEHAUL"], "extraDays": 3,
             "description": "Typhoon closes Shenzhen and Taipei airports"}""";

    private static final String STRIKE = """
            {"id": "de-port-strike", "kind": "STRIKE", "lane": {"origin": "CN", "destination": "DE"},
             "from": "2026-09-01", "to": "2026-09-10", "stages": ["IMPORT_CUSTOMS"], "extraDays": 5}""";

    @TempDir
    Path dir;

    private Path file(String json) throws IOException {
        Path file = dir.resolve("disruptions.json");
        Files.writeString(file, json);
        return file;
    }

    /** A file with one disruption made of {@code fields}. */
    private Path one(String fields) throws IOException {
        return file("{\"disruptions\": [{" + fields + "}]}");
    }

    @Test
    void placeAndLaneDisruptionsAreReadWithEveryField() throws IOException {
        List<Disruption> disruptions = TransitPolicies.readDisruptions(
                file("{\"disruptions\": [" + TYPHOON + ", " + STRIKE + "]}"));

        assertThat(disruptions).hasSize(2);
        Disruption typhoon = disruptions.get(0);
        assertThat(typhoon.id()).isEqualTo("typhoon-haikui");
        assertThat(typhoon.kind()).isEqualTo(DisruptionKind.WEATHER);
        assertThat(typhoon.places()).containsExactly(Place.parse("CN"), Place.parse("TW"));
        assertThat(typhoon.laneOrigin()).isEmpty();
        assertThat(typhoon.window()).isEqualTo(DateRange.of(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 7)));
        assertThat(typhoon.stages()).containsExactlyInAnyOrder(Stage.FIRST_MILE, Stage.LINEHAUL);
        assertThat(typhoon.extraDays()).isEqualTo(3);
        assertThat(typhoon.description()).isEqualTo("Typhoon closes Shenzhen and Taipei airports");
        Disruption strike = disruptions.get(1);
        assertThat(strike.kind()).isEqualTo(DisruptionKind.STRIKE);
        assertThat(strike.places()).isEmpty();
        assertThat(strike.laneOrigin()).hasValue(CountryCode.of("CN"));
        assertThat(strike.laneDestination()).hasValue(CountryCode.of("DE"));
        assertThat(strike.affects(Lane.of(CountryCode.of("CN"), CountryCode.of("DE"), Mode.SEA), Stage.IMPORT_CUSTOMS))
                .isTrue();
        assertThat(strike.affects(Lane.of(CountryCode.of("CN"), CountryCode.of("FR"), Mode.SEA), Stage.IMPORT_CUSTOMS))
                .isFalse();
    }

    @Test
    void aBareArrayOfDisruptionsIsAcceptedToo() throws IOException {
        List<Disruption> disruptions = TransitPolicies.readDisruptions(file("[" + STRIKE + "]"));

        assertThat(disruptions).extracting(Disruption::id).containsExactly("de-port-strike");
    }

    @Test
    void placesAndALaneTogetherAreRejected() throws IOException {
        Path file = one("""
                "id": "both", "kind": "CONGESTION", "places": ["US"], "lane": {"origin": "CN", "destination": "US"},
                "from": "2026-11-20", "to": "2026-12-05", "stages": ["IMPORT_CUSTOMS"], "extraDays": 4""");

        assertThatThrownBy(() -> TransitPolicies.readDisruptions(file))
                .isInstanceOfSatisfying(PolicyFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.path()).isEqualTo("$.disruptions[0]");
                })
                .hasMessage(file + ": $.disruptions[0]: give either \"places\" (countries or regions) or \"lane\" "
                        + "{origin, destination}");
    }

    @Test
    void neitherPlacesNorALaneIsRejected() throws IOException {
        Path file = one("""
                "id": "nowhere", "kind": "CONGESTION",
                "from": "2026-11-20", "to": "2026-12-05", "stages": ["IMPORT_CUSTOMS"], "extraDays": 4""");

        assertThatThrownBy(() -> TransitPolicies.readDisruptions(file))
                .hasMessageStartingWith(file + ": $.disruptions[0]: give either \"places\"");
    }

    @Test
    void anUnknownKindIsNamedByItsPath() throws IOException {
        Path file = one("""
                "id": "quake", "kind": "TSUNAMI", "places": ["JP"],
                "from": "2026-03-01", "to": "2026-03-09", "stages": ["LAST_MILE"], "extraDays": 4""");

        assertThatThrownBy(() -> TransitPolicies.readDisruptions(file))
                .hasMessage(file + ": $.disruptions[0].kind: unknown value 'TSUNAMI'; "
                        + "expected one of [WEATHER, CONGESTION, STRIKE, OTHER]");
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRejected() throws IOException {
        Path file = one("""
                "id": "backwards", "kind": "STRIKE", "places": ["FR"],
                "from": "2026-06-10", "to": "2026-06-01", "stages": ["LAST_MILE"], "extraDays": 2""");

        assertThatThrownBy(() -> TransitPolicies.readDisruptions(file))
                .hasMessage(file + ": $.disruptions[0]: range ends before it starts: 2026-06-10 to 2026-06-01");
    }

    @Test
    void aPlaceThatIsNeitherCountryNorRegionIsNamedByItsIndex() throws IOException {
        Path file = one("""
                "id": "typhoon", "kind": "WEATHER", "places": ["CN", "Asia"],
                "from": "2026-09-03", "to": "2026-09-07", "stages": ["LINEHAUL"], "extraDays": 3""");

        assertThatThrownBy(() -> TransitPolicies.readDisruptions(file))
                .hasMessage(file + ": $.disruptions[0].places[1]: not a country code, a region or *: 'Asia'");
    }

    @Test
    void aLaneWithoutADestinationIsRejected() throws IOException {
        Path file = one("""
                "id": "strike", "kind": "STRIKE", "lane": {"origin": "CN"},
                "from": "2026-09-01", "to": "2026-09-10", "stages": ["IMPORT_CUSTOMS"], "extraDays": 5""");

        assertThatThrownBy(() -> TransitPolicies.readDisruptions(file))
                .hasMessage(file + ": $.disruptions[0].lane.destination: missing");
    }

    @Test
    void anUnknownStageAndNegativeExtraDaysAreNamedByTheirPaths() throws IOException {
        Path stage = one("""
                "id": "strike", "kind": "STRIKE", "places": ["DE"],
                "from": "2026-09-01", "to": "2026-09-10", "stages": ["CUSTOMS"], "extraDays": 5""");
        assertThatThrownBy(() -> TransitPolicies.readDisruptions(stage))
                .hasMessageStartingWith(stage + ": $.disruptions[0].stages[0]: unknown value 'CUSTOMS'");

        Path days = one("""
                "id": "strike", "kind": "STRIKE", "places": ["DE"],
                "from": "2026-09-01", "to": "2026-09-10", "stages": ["LAST_MILE"], "extraDays": -2""");
        assertThatThrownBy(() -> TransitPolicies.readDisruptions(days))
                .hasMessage(days + ": $.disruptions[0].extraDays: must be between 0 and 365, got -2");
    }

    @Test
    void aMisspelledFieldIsRejectedRatherThanIgnored() throws IOException {
        Path file = one("""
                "id": "strike", "kind": "STRIKE", "places": ["DE"], "untill": "2026-09-12",
                "from": "2026-09-01", "to": "2026-09-10", "stages": ["LAST_MILE"], "extraDays": 5""");

        assertThatThrownBy(() -> TransitPolicies.readDisruptions(file))
                .hasMessageStartingWith(file + ": $.disruptions[0].untill: unknown field");
    }
}
