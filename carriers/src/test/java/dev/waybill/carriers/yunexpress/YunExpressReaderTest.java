package dev.waybill.carriers.yunexpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carriers.mapping.BodyReader;
import dev.waybill.carriers.testing.SameReading;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class YunExpressReaderTest {

    /** The binding the reader replaces: Jackson on the records' annotations. */
    private static final BodyReader<YunExpressResponse.Root> BINDING = BodyReader.of(YunExpressTracking.NAME,
            YunExpressResponse.Root.class);

    @Test
    void everyVariantOfTheRealBodiesIsReadOrRefusedAsTheBindingDoes() {
        SameReading.Counts counts = SameReading.check(List.of("yunexpress/laradocs-get-track-all-info-au-submitted.json",
                        "yunexpress/oms-create-order-error-500.json"),
                2_000, body -> YunExpressReader.read(0, body), body -> BINDING.read(0, body));

        assertThat(counts.read()).isGreaterThan(6_000);
        assertThat(counts.refused()).isGreaterThan(1_500).isLessThan(counts.read() - 1_500);
    }

    @Test
    void aWrongTypeIsRefusedWithItsPathAndANumberSentAsTextIsRead() {
        assertThatThrownBy(() -> YunExpressReader.read(200, ("{\"Code\":\"0000\",\"Item\":{\"OrderTrackingDetails\":"
                + "[{\"TrackingStatus\":\"ten\"}]}}").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierResponseException.class)
                .hasMessageContaining("unexpected shape at $.Item.OrderTrackingDetails[0].TrackingStatus: expected a number, "
                        + "found text ('ten')");
        YunExpressResponse.Root root = YunExpressReader.read(200, ("{\"Code\":0,\"Item\":{\"PackageState\":\" 3 \","
                + "\"OrderTrackingDetails\":{\"TrackingStatus\":2.0}}}").getBytes(StandardCharsets.UTF_8));
        assertThat(root.code()).isEqualTo("0");
        assertThat(root.item().packageState()).isEqualTo(3);
        assertThat(root.item().details()).singleElement().satisfies(detail -> assertThat(detail.trackingStatus()).isEqualTo(2));
    }
}
