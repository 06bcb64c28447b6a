package dev.waybill.policies.transit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.delay.DateRange;
import dev.waybill.delay.PeakCalendar;
import dev.waybill.delay.PeakSeason;
import dev.waybill.delay.Place;
import dev.waybill.policies.PolicyFileException;
import dev.waybill.shipment.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TransitPolicies#readPeakCalendar}: a shop's own peak seasons, validated. */
class PeakCalendarFileTest {

    @TempDir
    Path dir;

    /** A file with one season whose window is {@code window}; {@code extra} goes inside the season. */
    private Path season(String window, String extra) throws IOException {
        Path file = dir.resolve("shop-peaks.json");
        Files.writeString(file, """
                {"seasons": [{
                  "name": "Mid-autumn festival sale",
                  "window": %s,
                  "origins": ["CN"],
                  "stages": ["FIRST_MILE", "EXPORT_CUSTOMS"],
                  "extraDays": 2,
                  "basis": "DEFAULT",
                  "source": "our warehouse backlog, 2025"%s
                }]}
                """.formatted(window, extra));
        return file;
    }

    @Test
    void aShopSeasonIsReadWithItsWindowPlacesStagesAndDays() throws IOException {
        Path file = season("{\"type\": \"FIXED\", \"from\": \"09-20\", \"to\": \"09-28\"}", "");

        PeakCalendar calendar = TransitPolicies.readPeakCalendar(file);

        assertThat(calendar.seasons()).singleElement().satisfies(season -> {
            assertThat(season.name()).isEqualTo("Mid-autumn festival sale");
            assertThat(season.window().occurrences(2026))
                    .containsExactly(DateRange.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 28)));
            assertThat(season.origins()).containsExactly(Place.parse("CN"));
            assertThat(season.destinations()).isEmpty();
            assertThat(season.stages()).containsExactlyInAnyOrder(Stage.FIRST_MILE, Stage.EXPORT_CUSTOMS);
            assertThat(season.extraDays()).isEqualTo(2);
        });
    }

    @Test
    void aFixedWindowThatEndsBeforeItStartsWrapsIntoTheNextYear() throws IOException {
        Path file = season("{\"type\": \"FIXED\", \"from\": \"12-26\", \"to\": \"01-05\"}", "");

        PeakSeason season = TransitPolicies.readPeakCalendar(file).seasons().get(0);

        assertThat(season.window().occurrences(2026)).contains(
                DateRange.of(LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 5)));
    }

    @Test
    void anUnknownWindowTypeIsNamedByItsPath() throws IOException {
        Path file = season("{\"type\": \"EASTER\", \"from\": \"04-01\", \"to\": \"04-06\"}", "");

        assertThatThrownBy(() -> TransitPolicies.readPeakCalendar(file))
                .isInstanceOfSatisfying(PolicyFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.path()).isEqualTo("$.seasons[0].window.type");
                })
                .hasMessage(file + ": $.seasons[0].window.type: unknown window type 'EASTER'; "
                        + "expected FIXED, THANKSGIVING, LUNAR_NEW_YEAR or HIJRI");
    }

    @Test
    void aDayThatNovemberDoesNotHaveIsNotAMonthDay() throws IOException {
        Path file = season("{\"type\": \"FIXED\", \"from\": \"11-31\", \"to\": \"12-02\"}", "");

        assertThatThrownBy(() -> TransitPolicies.readPeakCalendar(file))
                .hasMessage(file + ": $.seasons[0].window.from: not a month-day MM-DD: '11-31'");
    }

    @Test
    void aMonthDayInAnotherFormatIsRejected() throws IOException {
        Path file = season("{\"type\": \"FIXED\", \"from\": \"11-11\", \"to\": \"20.11\"}", "");

        assertThatThrownBy(() -> TransitPolicies.readPeakCalendar(file))
                .hasMessage(file + ": $.seasons[0].window.to: not a month-day MM-DD: '20.11'");
    }

    @Test
    void aFieldOfAnotherWindowTypeIsRejected() throws IOException {
        Path file = season("{\"type\": \"FIXED\", \"from\": \"11-11\", \"to\": \"11-20\", \"daysAfter\": 3}", "");

        assertThatThrownBy(() -> TransitPolicies.readPeakCalendar(file))
                .hasMessageStartingWith(file + ": $.seasons[0].window.daysAfter: unknown field");
    }

    @Test
    void aLunarNewYearDateFiledUnderTheWrongYearIsRejected() throws IOException {
        Path file = season("""
                {"type": "LUNAR_NEW_YEAR", "daysBefore": 7, "daysAfter": 10,
                 "dates": {"2026": "2026-02-17", "2027": "2026-02-06"}}""", "");

        assertThatThrownBy(() -> TransitPolicies.readPeakCalendar(file))
                .hasMessage(file + ": $.seasons[0].window.dates.2027: date 2026-02-06 is not in 2027");
    }

    @Test
    void aHijriDayMustBeMonthAndDay() throws IOException {
        Path file = season("{\"type\": \"HIJRI\", \"from\": \"9\", \"to\": \"9-30\"}", "");

        assertThatThrownBy(() -> TransitPolicies.readPeakCalendar(file))
                .hasMessage(file + ": $.seasons[0].window.from: not a Hijri month-day M-D: '9'");
    }

    @Test
    void aSeasonThatSlowsNoStageIsRejected() throws IOException {
        Path file = dir.resolve("shop-peaks.json");
        Files.writeString(file, """
                {"seasons": [{"name": "Golden Week", "window": {"type": "FIXED", "from": "10-01", "to": "10-07"},
                  "stages": [], "extraDays": 2, "basis": "DEFAULT", "source": "ours"}]}
                """);

        assertThatThrownBy(() -> TransitPolicies.readPeakCalendar(file))
                .hasMessage(file + ": $.seasons[0].stages: no stages");
    }

    @Test
    void extraDaysBeyondAQuarterAreRejected() throws IOException {
        Path file = season("{\"type\": \"FIXED\", \"from\": \"09-20\", \"to\": \"09-28\"}", "");
        Files.writeString(file, Files.readString(file).replace("\"extraDays\": 2", "\"extraDays\": 120"));

        assertThatThrownBy(() -> TransitPolicies.readPeakCalendar(file))
                .hasMessage(file + ": $.seasons[0].extraDays: must be between 0 and 90, got 120");
    }

    @Test
    void anUnknownSeasonFieldIsRejected() throws IOException {
        Path file = season("{\"type\": \"FIXED\", \"from\": \"09-20\", \"to\": \"09-28\"}", ", \"region\": \"ASIA\"");

        assertThatThrownBy(() -> TransitPolicies.readPeakCalendar(file))
                .hasMessageStartingWith(file + ": $.seasons[0].region: unknown field");
    }
}
