package dev.waybill.carriers.dhl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carriers.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A response read in one pass, a push body's single shipment or array too; wrong types named by their path. */
class DhlBodyTest {

    private final DhlTracking dhl = DhlTracking.of(DhlSettings.builder().apiKey("dhl-test-key").build());

    @Test
    void aWrongTypedFieldInAShipmentIsNamedByItsPathFromTheRoot() {
        String body = Fixtures.text("dhl/tracking_ok.json").replaceFirst("\"value\": 1.5", "\"value\": \"heavy\"");

        assertThatThrownBy(() -> dhl.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierResponseException.class)
                .hasMessageContaining("carrier: dhl")
                .hasMessageContaining("unexpected shape at $.shipments[0].details.weight.value");
    }

    @Test
    void aSingleShipmentAndAnArrayOfShipmentsReadAsTheResponseDoes() {
        String response = Fixtures.text("dhl/tracking_ok.json");
        String shipment = response.substring(response.indexOf('[') + 1, response.lastIndexOf(']'));

        assertThat(dhl.parse(shipment.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(dhl.parse(response.getBytes(StandardCharsets.UTF_8)));
        assertThat(dhl.parse(("[" + shipment + "]").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(dhl.parse(response.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aProblemBodyIsADhlErrorWithItsStatusAsCode() {
        String problem = "{\"title\": \"Unauthorized\", \"status\": 401, \"detail\": \"Invalid credentials\"}";

        assertThatThrownBy(() -> dhl.parse(problem.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierResponseException.class)
                .hasMessageContaining("a DHL error body: Unauthorized: Invalid credentials")
                .hasMessageContaining("code: 401");
    }
}
