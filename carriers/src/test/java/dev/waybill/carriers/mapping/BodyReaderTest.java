package dev.waybill.carriers.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierResponseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyReaderTest {

    record Parcel(String number, Integer pieces, List<Scan> scans) {
    }

    record Scan(String at, Integer code) {
    }

    private static final BodyReader<Parcel> PARCEL = BodyReader.of("acme", Parcel.class);
    private static final BodyReader<Parcel[]> PARCELS = BodyReader.of("acme", Parcel[].class);

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void bindsTheFieldsReadAndIgnoresUnknownOnesAtEveryDepth() {
        Parcel parcel = PARCEL.read(200, json("""
                {"carrier": {"name": "x"}, "number": "RR1", "pieces": 2, "extra": [1, {"a": null}],
                 "scans": [{"at": "2026-11-02T08:00:00Z", "code": 10, "unknown": {"deep": [true]}}]}
                """));

        assertThat(parcel).isEqualTo(new Parcel("RR1", 2, List.of(new Scan("2026-11-02T08:00:00Z", 10))));
    }

    @Test
    void aWrongTypedFieldIsReportedWithItsJsonPathAndField() {
        assertThatThrownBy(() -> PARCEL.read(200, json("""
                {"number": "RR1", "scans": [{"code": 1}, {"at": "x", "code": "ten"}]}
                """)))
                .isInstanceOf(CarrierResponseException.class)
                .hasMessageContaining("carrier: acme")
                .hasMessageContaining("status: 200")
                .hasMessageContaining("unexpected shape at $.scans[1].code: expected a number, found text ('ten')")
                .hasMessageNotContaining("Integer").hasMessageNotContaining("`").hasMessageNotContaining("dev.waybill");
    }

    @Test
    void aTruncatedBodyIsSaidToBeTruncatedWithItsLineAndColumn() {
        assertThatThrownBy(() -> PARCEL.read(0, json("{\"number\": \"RR1\", \"scans\": [")))
                .isInstanceOf(CarrierResponseException.class)
                .hasMessageContaining("not JSON: the body ends before its JSON is complete (truncated?) at line 1")
                .hasMessageNotContaining("end-of-input");
    }

    @Test
    void anObjectWhereTextIsExpectedIsReportedWithItsPath() {
        assertThatThrownBy(() -> PARCEL.read(0, json("{\"number\": {\"id\": 1}}")))
                .isInstanceOf(CarrierResponseException.class)
                .hasMessageContaining("unexpected shape at $.number");
    }

    @Test
    void malformedAndTruncatedTextIsNotJson() {
        assertThatThrownBy(() -> PARCEL.read(200, json("<html>gateway</html>")))
                .isInstanceOf(CarrierResponseException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> PARCEL.read(200, json("{\"number\": \"RR1\", \"scans\": [{\"at\": \"2026")))
                .isInstanceOf(CarrierResponseException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> PARCEL.read(200, json("{\"number\": \"RR1\", \"scans\": [{\"at\": oops}]}")))
                .isInstanceOf(CarrierResponseException.class).hasMessageContaining("not JSON");
    }

    @Test
    void anEmptyBodyIsSaidToBeEmpty() {
        assertThatThrownBy(() -> PARCEL.read(200, json(" \n")))
                .isInstanceOf(CarrierResponseException.class).hasMessageContaining("empty body");
    }

    @Test
    void aRootOfAnotherKindIsNullForTheAdapterToName() {
        assertThat(PARCEL.read(200, json("[{\"number\": \"RR1\"}]"))).isNull();
        assertThat(PARCEL.read(200, json("null"))).isNull();
        assertThat(PARCELS.read(200, json("{\"number\": \"RR1\"}"))).isNull();
        assertThat(PARCELS.read(200, json("[{\"number\": \"RR1\"}]"))).containsExactly(new Parcel("RR1", null, null));
    }
}
