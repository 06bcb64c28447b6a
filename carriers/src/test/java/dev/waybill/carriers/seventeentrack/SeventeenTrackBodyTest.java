package dev.waybill.carriers.seventeentrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carriers.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The body read in one pass: answers and webhooks alike, wrong types named by their path. */
class SeventeenTrackBodyTest {

    private static final String KEY = "17T-TEST-KEY-4B1C9D2E";
    private final SeventeenTrackTracking track17 = SeventeenTrackTracking.of(
            SeventeenTrackSettings.builder().apiKey(KEY).build());

    @Test
    void aWrongTypedFieldInAnAcceptedItemIsNamedByItsPathFromTheRoot() {
        String body = Fixtures.text("17track/gettrackinfo_ok.json")
                .replaceFirst("\"shipping_info\": \\{", "\"shipping_info\": [\"oops\"], \"was\": {");

        assertThatThrownBy(() -> track17.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierResponseException.class)
                .hasMessageContaining("carrier: 17track")
                .hasMessageContaining("unexpected shape at $.data.accepted[0].track_info.shipping_info")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void fieldsNobodyReadsAreIgnoredWhereverTheyAre() {
        String body = Fixtures.text("17track/gettrackinfo_ok.json")
                .replaceFirst("\"track_info\": \\{", "\"track_info\": {\"new_block\": {\"x\": [1, {\"y\": null}]}, ");

        assertThat(track17.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(track17.parse(Fixtures.bytes("17track/gettrackinfo_ok.json")));
    }

    @Test
    void aWebhookWhoseEventFollowsItsDataIsStillAWebhook() {
        String body = "{\"data\": {\"number\": \"RR123456789CN\", \"carrier\": 3011}, \"event\": \"TRACKING_STOPPED\"}";

        assertThat(track17.read(body.getBytes(StandardCharsets.UTF_8)).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.trackingNumber()).isEqualTo("RR123456789CN"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsNotAnAnswer() {
        assertThatThrownBy(() -> track17.parse("[1, 2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierResponseException.class).hasMessageContaining("not a 17TRACK answer");
    }
}
