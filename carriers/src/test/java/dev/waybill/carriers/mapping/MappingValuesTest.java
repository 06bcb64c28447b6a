package dev.waybill.carriers.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.carriers.http.CarrierError;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The adapter-author SPI's values answer absent parts as empty, and take plain values, null or blank for absent. */
class MappingValuesTest {

    private static final StatusMapping MOVING = StatusMapping.of(EventCode.IN_TRANSIT);

    @Test
    void aDraftAnswersWhatTheBodyDidNotGiveAsEmptyAndBlankTextAsAbsent() {
        EventDraft bare = new EventDraft(null, null, MOVING, "  ", null, "", " \t", null);

        assertThat(bare.rawTime()).isEmpty();
        assertThat(bare.time()).isEmpty();
        assertThat(bare.location()).isEmpty();
        assertThat(bare.country()).isEmpty();
        assertThat(bare.detail()).isEmpty();
        assertThat(bare.text()).isEmpty();
        assertThat(bare.reading()).isEmpty();
        assertThat(bare.place(Places.defaults())).isEmpty();

        EventDraft full = EventDraft.of("2026-11-02T08:00:00+08:00", MOVING, "SHENZHEN", CountryCode.of("CN"), "x")
                .withText("Departed");
        assertThat(full.time()).hasValue(EventTime.of(OffsetDateTime.parse("2026-11-02T08:00:00+08:00")));
        assertThat(full.location()).hasValue("SHENZHEN");
        assertThat(full.country()).hasValue(CountryCode.of("CN"));
        assertThat(full.text()).hasValue("Departed");
        assertThat(full).isEqualTo(EventDraft.of("2026-11-02T08:00:00+08:00", MOVING, "SHENZHEN",
                CountryCode.of("CN"), "x").withText("Departed")).isNotEqualTo(bare);
    }

    @Test
    void anEventTimeHasExactlyOneOfItsPartsAndMovesToAnOffset() {
        EventTime local = EventTime.ofLocal(LocalDateTime.parse("2026-11-02T08:00"));
        EventTime offset = EventTime.of(OffsetDateTime.parse("2026-11-02T08:00+08:00"));

        assertThat(local.withOffset()).isEmpty();
        assertThat(local.local()).hasValue(LocalDateTime.parse("2026-11-02T08:00"));
        assertThat(offset.local()).isEmpty();
        assertThat(local.withOffsetOrUtc()).isEqualTo(OffsetDateTime.parse("2026-11-02T08:00Z"));
        assertThat(offset.withOffsetOrUtc()).isEqualTo(OffsetDateTime.parse("2026-11-02T08:00+08:00"));
        assertThat(local.at(ZoneOffset.ofHours(8))).isEqualTo(offset);
        assertThat(offset.at(ZoneOffset.UTC)).isEqualTo(EventTime.of(OffsetDateTime.parse("2026-11-02T00:00Z")));
        assertThat(local).hasToString("EventTime[local=2026-11-02T08:00]");
    }

    @Test
    void aPlaceARowDefaultsAndAnErrorAnswerAbsentPartsAsEmpty() {
        Place country = new Place(CountryCode.of("US"), " ", null);
        assertThat(country.city()).isEmpty();
        assertThat(country.zone()).isEmpty();
        assertThat(country).hasToString("Place[country=US]");
        assertThat(new Place(CountryCode.of("JP"), "Tokyo", ZoneId.of("Asia/Tokyo")).zone())
                .hasValue(ZoneId.of("Asia/Tokyo"));

        assertThat(MOVING.reason()).isEmpty();
        assertThat(StatusMapping.of(EventCode.DELIVERY_FAILED, Reason.ADDRESS).reason()).hasValue(Reason.ADDRESS);

        LaneDefaults home = LaneDefaults.of(CountryCode.of("CN"));
        assertThat(home.origin()).isEmpty();
        assertThat(new LaneDefaults(null, CountryCode.of("DE"), CountryCode.of("CN")).destination())
                .hasValue(CountryCode.of("DE"));

        assertThat(new CarrierError(" ", null)).isEqualTo(CarrierError.NONE);
        assertThat(new CarrierError("4004", "Not found").message()).hasValue("Not found");
    }
}
