package dev.waybill.examples.cli;

import static dev.waybill.examples.cli.CommandRun.waybill;
import static dev.waybill.examples.cli.Shipments.CN_DE_YUNEXPRESS_IN_LINEHAUL;
import static dev.waybill.examples.cli.Shipments.CN_US_IN_LINEHAUL;
import static dev.waybill.examples.cli.Shipments.jsonLines;
import static dev.waybill.examples.cli.Shipments.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code waybill assess --profiles FILE} and {@code --disruptions FILE} change the verdicts they should. */
class AssessPolicyFilesTest {

    /** Four stages of an international air lane; the linehaul is added per profile. */
    private static final String OTHER_STAGES = """
            "FIRST_MILE": {"p10": 1, "p50": 1.5, "p90": 4, "maxSilentDays": 3},
            "EXPORT_CUSTOMS": {"p10": 0.5, "p50": 1, "p90": 3, "maxSilentDays": 3},
            "IMPORT_CUSTOMS": {"p10": 1, "p50": 1.5, "p90": 5, "maxSilentDays": 4},
            "LAST_MILE": {"p10": 1.5, "p50": 3, "p90": 6, "maxSilentDays": 5}""";

    /**
     * The shop's lanes: its own CN-US postal numbers under the default's id (a linehaul normally
     * silent for at most 2 days), and a YunExpress-only profile for CN-DE.
     */
    private static final String SHOP_LANES = """
            {"profiles": [
              {"id": "CN-US-AIR-POSTAL", "origin": "CN", "destination": "US", "mode": "AIR", "service": "POSTAL",
               "pickupAllowanceDays": 3, "loss": {"afterSilentDays": 20, "source": "Route: 20 days without a scan"},
               "stages": {%1$s, "LINEHAUL": {"p10": 1.5, "p50": 3, "p90": 7, "maxSilentDays": 2}},
               "basis": "PUBLISHED", "source": "our own 2025 scans on this lane"},
              {"id": "CN-DE-YUNEXPRESS", "origin": "CN", "destination": "DE", "mode": "AIR", "carrier": "yunexpress",
               "pickupAllowanceDays": 2, "loss": {"afterSilentDays": 20, "source": "Route: 20 days without a scan"},
               "stages": {%1$s, "LINEHAUL": {"p10": 1, "p50": 2, "p90": 5, "maxSilentDays": 4}},
               "basis": "PUBLISHED", "source": "our own 2025 scans with YunExpress"}
            ]}
            """.formatted(OTHER_STAGES);

    @TempDir
    Path dir;

    private String shipments;

    @BeforeEach
    void writeShipments() {
        shipments = write(dir, "shipments.jsonl", jsonLines(CN_US_IN_LINEHAUL, CN_DE_YUNEXPRESS_IN_LINEHAUL)).toString();
    }

    private static LocalDate eta(JsonNode verdict, String which) {
        return LocalDate.parse(verdict.get("eta").get(which).asText());
    }

    @Test
    void aShopProfileWithADefaultsIdReplacesItForThatLane() {
        Path lanes = write(dir, "lanes.json", SHOP_LANES);

        JsonNode before = waybill("assess", shipments).records().get(0);
        JsonNode after = waybill("assess", "--profiles", lanes.toString(), shipments).records().get(0);

        assertThat(before.get("profile").asText()).isEqualTo("CN-US-AIR-POSTAL");
        assertThat(before.get("exception").asText()).isEqualTo("NONE");
        assertThat(after.get("profile").asText()).isEqualTo("CN-US-AIR-POSTAL");
        assertThat(after.get("silentDays").asInt()).isEqualTo(3);
        assertThat(after.get("exception").asText()).as("3 silent days in a linehaul allowed 2").isEqualTo("STALLED");
        assertThat(after.get("status").asText()).isEqualTo("AT_RISK");
    }

    @Test
    void aShopsCarrierProfileIsTheOneTheVerdictNames() {
        Path lanes = write(dir, "lanes.json", SHOP_LANES);

        JsonNode before = waybill("assess", shipments).records().get(1);
        CommandRun run = waybill("assess", "--profiles", lanes.toString(), shipments);

        assertThat(run.status()).isZero();
        assertThat(before.get("id").asText()).isEqualTo("SO-1005");
        assertThat(before.get("profile").asText()).isEqualTo("CN-DE-AIR-POSTAL");
        assertThat(run.records().get(1).get("profile").asText()).isEqualTo("CN-DE-YUNEXPRESS");
    }

    @Test
    void aDisruptionOnTheLaneMakesTheParcelAtRiskFromTheDisruptionWithALaterEta() {
        Path disruptions = write(dir, "disruptions.json", """
                {"disruptions": [
                  {"id": "typhoon-2026-04", "kind": "WEATHER", "lane": {"origin": "CN", "destination": "US"},
                   "from": "2026-04-24", "to": "2026-04-30", "stages": ["LINEHAUL"], "extraDays": 4,
                   "description": "Typhoon grounds transpacific freighters"}
                ]}
                """);

        List<JsonNode> without = waybill("assess", shipments).records();
        CommandRun run = waybill("assess", "--disruptions", disruptions.toString(), shipments);

        assertThat(run.status()).isZero();
        JsonNode before = without.get(0);
        JsonNode after = run.records().get(0);
        assertThat(before.get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(after.get("status").asText()).isEqualTo("AT_RISK");
        assertThat(after.get("cause").asText()).isEqualTo("DISRUPTION");
        assertThat(eta(after, "likely")).isAfter(eta(before, "likely"));
        assertThat(eta(after, "latest")).isAfter(eta(before, "latest"));
        assertThat(run.records().get(1)).as("a parcel on another lane is untouched").isEqualTo(without.get(1));
    }

    @Test
    void aDisruptionByPlaceInABareArrayWorksToo() {
        Path disruptions = write(dir, "disruptions.json", """
                [{"id": "frankfurt-strike", "kind": "STRIKE", "places": ["DE"],
                  "from": "2026-04-24", "to": "2026-05-02", "stages": ["LINEHAUL", "IMPORT_CUSTOMS"], "extraDays": 3}]
                """);

        List<JsonNode> without = waybill("assess", shipments).records();
        CommandRun run = waybill("assess", "--disruptions", disruptions.toString(), shipments);

        assertThat(run.status()).isZero();
        JsonNode after = run.records().get(1);
        assertThat(after.get("id").asText()).isEqualTo("SO-1005");
        assertThat(after.get("status").asText()).isEqualTo("AT_RISK");
        assertThat(after.get("cause").asText()).isEqualTo("DISRUPTION");
        assertThat(eta(after, "likely")).isAfter(eta(without.get(1), "likely"));
        assertThat(run.records().get(0)).as("the CN-US parcel is untouched").isEqualTo(without.get(0));
    }

    @Test
    void aShopsPeakCalendarReplacesTheBundledOne() {
        Path stalled = write(dir, "stalled.jsonl", "{\"id\": \"SO-PEAK\", \"origin\": \"CN\", \"destination\": \"US\","
                + " \"events\": [{\"at\": \"2026-11-12T10:00:00+08:00\", \"code\": \"PICKED_UP\"}]}\n");
        Path noPeaks = write(dir, "no-peaks.json", "{\"seasons\": []}");

        JsonNode bundled = waybill("assess", "--now", "2026-11-20T12:00:00Z", stalled.toString()).only();
        JsonNode none = waybill("assess", "--now", "2026-11-20T12:00:00Z", "--peak-calendar", noPeaks.toString(),
                stalled.toString()).only();

        assertThat(bundled.get("exception").asText()).isEqualTo("STALLED");
        assertThat(bundled.get("cause").asText()).as("the 11.11 backlog at Chinese origins").isEqualTo("PEAK_SEASON");
        assertThat(none.get("cause").asText()).isEqualTo("CARRIER");
        assertThat(waybill("assess", "--peak-calendar", dir.resolve("missing.json").toString(), stalled.toString())
                .status()).isEqualTo(1);
    }
}
