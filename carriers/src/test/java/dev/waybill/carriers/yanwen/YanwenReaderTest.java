package dev.waybill.carriers.yanwen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carriers.mapping.BodyReader;
import dev.waybill.carriers.testing.SameReading;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class YanwenReaderTest {

    /** The binding the reader replaces: Jackson on the records' annotations. */
    private static final BodyReader<YanwenResponse.Root> BINDING = BodyReader.of(YanwenTracking.NAME,
            YanwenResponse.Root.class);

    @Test
    void everyVariantOfTheRealBodiesIsReadOrRefusedAsTheBindingDoes() {
        SameReading.Counts counts = SameReading.check(List.of("yanwen/karrio-yanwen-tracking-response.json",
                        "yanwen/go-client-test-handed-to-dhl.json",
                        "dev/waybill/carriers/fuzz/CarrierBodyFuzzTestInputs/yanwen/yanwen-opendocs-tracking-cn-de-delivered-returned.json"),
                2_000, body -> YanwenReader.read(0, body), body -> BINDING.read(0, body));

        assertThat(counts.read()).isGreaterThan(12_000);
        assertThat(counts.refused()).isGreaterThan(5_000).isLessThan(counts.read() - 5_000);
    }

    @Test
    void aWrongTypeIsRefusedWithItsPathAndCoercedValuesAreRead() {
        byte[] body = ("{\"code\":\"0\",\"result\":{\"tracking_number\":7,\"checkpoints\":[null,"
                + "{\"time_zone\":8,\"message\":{\"en\":\"x\"}}]}}").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> YanwenReader.read(200, body)).isInstanceOf(CarrierResponseException.class)
                .hasMessageContaining("unexpected shape at $.result[0].checkpoints[1].message: expected text, found an object");
        YanwenResponse.Root root = YanwenReader.read(200, "{\"code\":\"0\",\"result\":{\"tracking_number\":7}}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(root.code()).isZero();
        assertThat(root.result()).singleElement().satisfies(parcel -> assertThat(parcel.trackingNumber()).isEqualTo("7"));
    }
}
