package dev.waybill.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ShipmentJsonInstantTest {

    @Test
    void theCommonShapesReadExactlyAsTheIsoFormatterReadsThem() throws InvalidRecordException {
        for (String text : new String[] {"2026-11-02T08:00:00+08:00", "2026-11-12T15:10:00Z",
            "2026-11-12T07:10:00-08:00", "2026-11-12T15:10:00+14:00", "2026-02-28T23:59:59+05:45"}) {
            assertThat(ShipmentJson.instant(text, "at")).isEqualTo(OffsetDateTime.parse(text));
        }
        assertThat(ShipmentJson.instant("2026-11-12T15:10:00-00:00", "at"))
                .isEqualTo(OffsetDateTime.parse("2026-11-12T15:10:00Z"));
    }

    @Test
    void shapesOutsideTheCommonOnesAreStillReadOrRejectedTheGeneralWay() throws InvalidRecordException {
        assertThat(ShipmentJson.instant(" 2026-11-30T23:59:59.250z ", "at"))
                .isEqualTo(OffsetDateTime.parse("2026-11-30T23:59:59.250Z"));
        assertThat(ShipmentJson.instant("2026-11-30T08:00+01:00", "at"))
                .isEqualTo(OffsetDateTime.parse("2026-11-30T08:00+01:00"));
        assertThatThrownBy(() -> ShipmentJson.instant("2026-02-30T10:00:00Z", "events[0].at"))
                .hasMessageContaining("events[0].at").hasMessageContaining("not an ISO-8601 instant with an offset");
        assertThatThrownBy(() -> ShipmentJson.instant("2026-11-12T10:00:00", "events[0].at"))
                .hasMessageContaining("timestamp without an offset");
        assertThatThrownBy(() -> ShipmentJson.instant("2026-11-12T24:00:00Z", "at")).isInstanceOf(
                InvalidRecordException.class);
    }
}
