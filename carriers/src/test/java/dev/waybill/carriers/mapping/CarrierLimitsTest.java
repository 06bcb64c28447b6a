package dev.waybill.carriers.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carriers.testing.LogCapture;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.InputLimits;
import dev.waybill.shipment.Shipment;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The limits of {@link InputLimits} on carrier bodies: refused in words, naming the carrier and the limit. */
class CarrierLimitsTest {

    record Parcel(String number) {
    }

    private static final BodyReader<Parcel> PARCEL = BodyReader.of("acme", Parcel.class);
    private static final LaneDefaults LANE = new LaneDefaults(CountryCode.of("CN"), CountryCode.of("DE"), CountryCode.of("CN"));

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBodyNestedDeeperThanTheLimitIsRefusedInWordsByTheStreamingReader() {
        byte[] deep = json("{\"number\":\"RR1\",\"extra\":" + "[".repeat(70) + "]".repeat(70) + "}");

        assertThatThrownBy(() -> PARCEL.read(200, deep)).isInstanceOfSatisfying(CarrierResponseException.class, e -> {
            assertThat(e.carrier()).isEqualTo("acme");
            assertThat(e.problem()).isEqualTo("refused: nested 65 levels deep, deeper than the limit of 64");
        });
    }

    @Test
    void aBodyNestedDeeperThanTheLimitIsRefusedInWordsByTheTreeReader() {
        assertThatThrownBy(() -> CarrierJson.tree("acme", 200, json("[".repeat(65) + "]".repeat(65))))
                .isInstanceOfSatisfying(CarrierResponseException.class, e -> assertThat(e.problem())
                        .isEqualTo("refused: nested 65 levels deep, deeper than the limit of 64"));
    }

    @Test
    void aStringLongerThanTheLimitIsRefusedInWords() {
        byte[] longText = json("{\"number\":\"" + "9".repeat(InputLimits.DEFAULT_MAX_STRING_LENGTH + 1) + "\"}");

        assertThatThrownBy(() -> PARCEL.read(200, longText)).isInstanceOfSatisfying(CarrierResponseException.class,
                e -> assertThat(e.problem()).startsWith("refused: a string of 1048577 characters"));
    }

    @Test
    void moreEventsThanTheCapAreRefusedNamingTheTrackingNumber() {
        ShipmentDraft draft = ShipmentDraft.of("acme", "RR1");
        for (int i = 0; i < InputLimits.DEFAULT_MAX_EVENTS_PER_SHIPMENT; i++) {
            draft.event(EventDraft.of("2026-11-02T08:00:00Z", StatusMapping.of(EventCode.IN_TRANSIT), null, null, "x"));
        }
        EventDraft oneMore = EventDraft.of("2026-11-02T09:00:00Z", StatusMapping.of(EventCode.IN_TRANSIT), null, null,
                "y");

        assertThatThrownBy(() -> draft.event(oneMore)).isInstanceOfSatisfying(CarrierResponseException.class,
                e -> assertThat(e.problem()).isEqualTo("more than 1000 events for tracking number RR1 (the limit per shipment)"));
    }

    @Test
    void aWeightAboveTheLimitIsLeftOutWithAWarningNamingTheField() {
        try (LogCapture logs = LogCapture.start()) {
            Shipment shipment = ShipmentDraft.of("acme", "RR1").weightKg(new BigDecimal("250000"))
                    .event(EventDraft.of("2026-11-02T08:00:00Z", StatusMapping.of(EventCode.PICKED_UP), null, null, "x"))
                    .build(LANE);

            assertThat(shipment.weightKg()).isEmpty();
            assertThat(logs.warnings()).singleElement().asString()
                    .contains("weightKg 250000 is above the limit of 100000 kg").contains("tracking=RR1");
        }
        assertThat(ShipmentDraft.of("acme", "RR2").weightKg(new BigDecimal("100000"))
                .event(EventDraft.of("2026-11-02T08:00:00Z", StatusMapping.of(EventCode.PICKED_UP), null, null, "x"))
                .build(LANE).weightKg().orElseThrow()).isEqualByComparingTo("100000");
    }

    @Test
    void aTimeBeyondTheYear9999IsUnreadableSoItsEventIsLeftOut() {
        assertThat(EventTime.tryParse("+10000-01-01T00:00:00Z")).isEmpty();
        assertThat(EventTime.tryParse("9999-12-31T23:59:59Z")).isPresent();
    }
}
