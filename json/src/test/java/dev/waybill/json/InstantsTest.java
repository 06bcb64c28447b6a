package dev.waybill.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The contract's instants: ISO-8601 with an offset, nothing else. */
class InstantsTest {

    @Test
    void instantsWithAnOffsetOrZReadAsJavaTimeReadsThem() throws ContractJsonException {
        for (String text : new String[] {"2026-11-02T08:00:00+08:00", "2026-11-12T15:10:00Z",
            "2026-11-12T07:10:00-08:00", "2026-11-12T15:10:00+14:00", "2026-02-28T23:59:59+05:45",
            "2026-11-30T08:00+01:00", "2026-11-30T23:59:59.250Z"}) {
            assertThat(WaybillJson.parseInstant(text, "at")).isEqualTo(OffsetDateTime.parse(text));
        }
        assertThat(WaybillJson.parseInstant("2026-11-12T15:10:00-00:00", "at"))
                .isEqualTo(OffsetDateTime.parse("2026-11-12T15:10:00Z"));
        assertThat(WaybillJson.parseInstant(" 2026-11-30T23:59:59.250z ", "at"))
                .isEqualTo(OffsetDateTime.parse("2026-11-30T23:59:59.250Z"));
    }

    @Test
    void aTimestampWithoutAnOffsetIsInvalidAndSaysSo() {
        assertThatThrownBy(() -> WaybillJson.parseInstant("2026-11-12T10:00:00", "events[0].at"))
                .isInstanceOf(ContractJsonException.class)
                .hasMessage("events[0].at: timestamp without an offset: '2026-11-12T10:00:00'");
    }

    @Test
    void anythingElseIsNotAnInstant() {
        for (String text : new String[] {"2026-02-30T10:00:00Z", "2026-11-12T24:00:00Z", "2026-11-12",
            "2026-11-12 10:00:00Z", "2026-11-12T10:00:00+19:00", "1762070400"}) {
            assertThatThrownBy(() -> WaybillJson.parseInstant(text, "shippedAt")).as(text)
                    .hasMessage("shippedAt: not an ISO-8601 instant with an offset: '" + text + "'");
        }
    }

    @Test
    void instantsAreWrittenWithTheirOffsetAndSeconds() {
        assertThat(WaybillJson.formatInstant(OffsetDateTime.parse("2026-11-02T08:00+08:00")))
                .isEqualTo("2026-11-02T08:00:00+08:00");
        assertThat(WaybillJson.formatInstant(OffsetDateTime.parse("2026-11-02T08:00:00.5Z")))
                .isEqualTo("2026-11-02T08:00:00.5Z");
    }
}
