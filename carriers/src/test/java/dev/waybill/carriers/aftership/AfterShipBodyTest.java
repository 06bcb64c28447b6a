package dev.waybill.carriers.aftership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carriers.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A list, its pagination and a webhook read in one pass; wrong types named by their path. */
class AfterShipBodyTest {

    @Test
    void aWrongTypedFieldInACheckpointIsNamedByItsPathFromTheRoot() {
        String body = Fixtures.text("aftership/tracking_list_2026-07.json")
                .replaceFirst("\"location\": \"Shenzhen\"", "\"location\": {\"city\": \"Shenzhen\"}");

        assertThatThrownBy(() -> AfterShipMapper.page(body.getBytes(StandardCharsets.UTF_8), 200))
                .isInstanceOf(CarrierResponseException.class)
                .hasMessageContaining("carrier: aftership")
                .hasMessageContaining("unexpected shape at $.data.trackings[0].checkpoints[0].location");
    }

    @Test
    void aListGivesItsTrackingsAndItsPaginationFromOneRead() {
        String body = "{\"meta\": {\"code\": 200}, \"data\": {\"pagination\": {\"has_next_page\": true,"
                + " \"next_cursor\": \"c2\", \"total\": 3}, \"trackings\": [{\"tracking_number\": \"YT1\","
                + " \"unknown\": {\"x\": 1}}]}}";

        AfterShipMapper.Page page = AfterShipMapper.page(body.getBytes(StandardCharsets.UTF_8), 200);

        assertThat(page.trackings()).singleElement()
                .satisfies(tracking -> assertThat(tracking.trackingNumber()).isEqualTo("YT1"));
        assertThat(page.pagination()).isEqualTo(new AfterShipResponse.Pagination(true, "c2"));
    }

    @Test
    void aVersionedSingleIsTheTrackingItsDataIs() {
        String body = "{\"meta\": {\"code\": 201}, \"data\": {\"id\": \"t1\", \"tracking_number\": \"YT2\","
                + " \"slug\": \"yunexpress\", \"checkpoints\": []}}";

        assertThat(AfterShipMapper.trackings(body.getBytes(StandardCharsets.UTF_8), 201)).singleElement()
                .satisfies(tracking -> assertThat(tracking.slug()).isEqualTo("yunexpress"));
    }
}
