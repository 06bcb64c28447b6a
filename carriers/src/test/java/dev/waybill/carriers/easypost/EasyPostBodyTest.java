package dev.waybill.carriers.easypost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carriers.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The body read in one pass for a list, a second for a single tracker; wrong types named by their path. */
class EasyPostBodyTest {

    private static final String KEY = "EZTK-TEST-KEY-0123456789";
    private final EasyPostTracking easypost = EasyPostTracking.of(EasyPostSettings.builder().apiKey(KEY).build());

    @Test
    void aWrongTypedFieldInAListedTrackerIsNamedByItsPathFromTheRoot() {
        String body = Fixtures.text("easypost/trackers_batch.json").replaceFirst("\"weight\": 17.6", "\"weight\": [17.6]");

        assertThatThrownBy(() -> easypost.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierResponseException.class)
                .hasMessageContaining("carrier: easypost")
                .hasMessageContaining("unexpected shape at $.trackers[0].weight")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void anEventWhoseResultIsNotATrackerIsSkippedWhateverItsFields() {
        String body = "{\"object\": \"Event\", \"description\": \"batch.updated\", \"result\": {\"object\": \"Batch\","
                + " \"status\": {\"created\": 0, \"creation_failed\": 1}, \"tracking_details\": 7}}";

        assertThat(easypost.parse(body.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
