package dev.waybill.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.shipment.Shipment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every way a shipment record can break the format, and the error text it gets. */
class InvalidShipmentTest {

    private static final ObjectMapper MAPPER = WaybillJson.mapper();
    private static final String VALID = "{\"id\":\"SO-1\",\"origin\":\"CN\",\"destination\":\"DE\",\"events\":[]}";

    /** {@code VALID} with {@code field} set to the JSON {@code value} (a dotted path sets a nested field). */
    private static ObjectNode with(String field, String value) throws Exception {
        ObjectNode record = (ObjectNode) MAPPER.readTree(VALID);
        if (value.equals("<absent>")) {
            record.remove(field);
        } else {
            record.set(field, MAPPER.readTree(value));
        }
        return record;
    }

    private static String error(ObjectNode record) {
        try {
            WaybillJson.readShipment(record);
        } catch (ContractJsonException e) {
            assertThat(e.getMessage()).isEqualTo(e.error());
            return e.error();
        }
        throw new AssertionError("read without complaint: " + record);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            id              | <absent>                            | id: missing
            id              | 42                                  | id: expected a string, got 42
            id              | `"  "`                              | id: missing
            origin          | <absent>                            | origin: missing
            origin          | `"CHN"`                             | origin: not an ISO 3166-1 alpha-2 country code: 'CHN'
            origin          | 86                                  | origin: expected an ISO 3166-1 alpha-2 country code, got 86
            destination     | <absent>                            | destination: missing
            carrier         | true                                | carrier: expected a string, got true
            trackingNumber  | []                                  | trackingNumber: expected a string, got []
            mode            | `"PLANE"`                           | mode: unknown value "PLANE"; expected one of [AIR, SEA, RAIL, ROAD]
            shippedAt       | `"2026-11-02T08:00:00"`             | shippedAt: timestamp without an offset: '2026-11-02T08:00:00'
            shippedAt       | `"yesterday"`                       | shippedAt: not an ISO-8601 instant with an offset: 'yesterday'
            shippedAt       | 1762070400                          | shippedAt: expected an ISO-8601 instant with an offset, got 1762070400
            promisedBy      | `"18.11.2026"`                      | promisedBy: not an ISO date (2026-11-16): '18.11.2026'
            promisedBy      | 20261118                            | promisedBy: expected an ISO date (2026-11-16), got 20261118
            value           | `"89.00 EUR"`                       | value: expected {"amount": "12.50", "currency": "EUR"}
            value           | `{"currency":"EUR"}`                | value.amount: missing
            value           | `{"amount":"lots","currency":"EUR"}`| value.amount: not a decimal: 'lots'
            value           | `{"amount":true,"currency":"EUR"}`  | value.amount: expected a decimal string, got true
            value           | `{"amount":"-1","currency":"EUR"}`  | value.amount: is negative: -1
            value           | `{"amount":"1"}`                    | value.currency: missing
            value           | `{"amount":"1","currency":978}`     | value.currency: expected an ISO 4217 code, got 978
            weightKg        | `"heavy"`                           | weightKg: not a number: 'heavy'
            weightKg        | `-0.5`                              | weightKg: is negative: -0.5
            weightKg        | 100000.001                          | weightKg: above the limit of 100000 kg: 100000.001
            weightKg        | `"1e400"`                           | weightKg: above the limit of 100000 kg: 1E+400
            weightKg        | `"1e-400"`                          | weightKg: more than 20 digits after the point: 1E-400
            value           | `{"amount":"1000000000000.01","currency":"EUR"}` | value.amount: above the limit of 1000000000000: 1000000000000.01
            value           | `{"amount":"-1e999999999","currency":"EUR"}` | value.amount: is negative: -1E+999999999
            promisedBy      | `"+10000-01-01"`                    | promisedBy: year 10000 is outside 1 to 9999: '+10000-01-01'
            shippedAt       | `"+10000-01-01T00:00:00Z"`          | shippedAt: year 10000 is outside 1 to 9999: '+10000-01-01T00:00:00Z'
            shippedAt       | `"0000-12-31T00:00:00Z"`            | shippedAt: year 0 is outside 1 to 9999: '0000-12-31T00:00:00Z'
            weightKg        | `{}`                                | weightKg: expected a number, got {}
            language        | `"not a tag!"`                      | language: not a BCP 47 language tag: 'not a tag!'
            events          | <absent>                            | events: missing (use [] for a shipment without events)
            events          | `{}`                                | events: expected an array
            reports         | `{}`                                | reports: expected an array
            carrierStatus   | `"DELIVERED"`                       | carrierStatus: expected an object
            carrierStatus   | `{"said":"ok"}`                     | carrierStatus.progress: missing
            carrierStatus   | `{"progress":"DELIVERED"}`          | carrierStatus.said: missing
            carrierStatus   | `{"progress":"DONE","said":"x"}`    | carrierStatus.progress: unknown value "DONE"; expected one of [PRE_TRANSIT, IN_TRANSIT, CUSTOMS_HOLD, OUT_FOR_DELIVERY, DELIVERY_FAILED, AVAILABLE_FOR_PICKUP, DELIVERED, RETURNING, DAMAGED, LOST, EXPIRED]
            handOver        | `"ups"`                             | handOver: expected an object
            handOver        | `{"carrier":7,"trackingNumber":"1Z"}` | handOver.carrier: expected a string, got 7
            handOver        | `{"carrier":"ups"}`                 | handOver.trackingNumber: missing
            handOver        | `{"carrier":"ups","trackingNumber":"1Z","at":"2026-11-13T08:00"}` | handOver.at: timestamp without an offset: '2026-11-13T08:00'
            """)
    void aBadFieldIsNamedWithItsProblem(String field, String value, String expected) throws Exception {
        assertThat(error(with(field, value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `"scan"`                                                      | events[0]: expected an object
            `{"code":"PICKED_UP"}`                                        | events[0].at: missing
            `{"at":"2026-11-12T10:00:00","code":"PICKED_UP"}`             | events[0].at: timestamp without an offset: '2026-11-12T10:00:00'
            `{"at":"2026-11-12T10:00:00Z"}`                               | events[0].code: missing
            `{"at":"2026-11-12T10:00:00Z","code":"TELEPORTED"}`           | events[0].code: unknown value "TELEPORTED"; expected one of [LABEL_CREATED, PICKED_UP, HUB_SCAN, IN_TRANSIT, EXPORT_HELD, EXPORT_CLEARED, DEPARTED_ORIGIN, ARRIVED_DESTINATION, IMPORT_HELD, IMPORT_CLEARED, OUT_FOR_DELIVERY, DELIVERY_FAILED, AVAILABLE_FOR_PICKUP, DELIVERED, RETURN_TO_SENDER, DAMAGED, LOST, UNKNOWN]
            `{"at":"2026-11-12T10:00:00Z","code":"IMPORT_HELD","reason":"RAIN"}` | events[0].reason: unknown value "RAIN"; expected one of [INSPECTION, DOCUMENTS, DUTIES, ADDRESS, RECIPIENT_ABSENT, REFUSED, NO_ACCESS, WEATHER, CONGESTION, CAPACITY]
            `{"at":"2026-11-12T10:00:00Z","code":"HUB_SCAN","country":"Germany"}` | events[0].country: not an ISO 3166-1 alpha-2 country code: 'Germany'
            `{"at":"2026-11-12T10:00:00Z","code":"HUB_SCAN","location":7}` | events[0].location: expected a string, got 7
            `{"at":"2026-11-12T10:00:00Z","code":"HUB_SCAN","detail":[]}`  | events[0].detail: expected a string, got []
            `{"at":"2026-11-12T10:00:00Z","code":"HUB_SCAN","reading":"x"}` | events[0].reading: expected an object
            `{"at":"2026-11-12T10:00:00Z","code":"HUB_SCAN","reading":{"certainty":"HIGH"}}` | events[0].reading.rule: missing
            `{"at":"2026-11-12T10:00:00Z","code":"HUB_SCAN","reading":{"rule":"r"}}` | events[0].reading.certainty: missing
            """)
    void aBadEventIsNamedByItsIndex(String event, String expected) throws Exception {
        assertThat(error(with("events", "[" + event + "]"))).isEqualTo(expected);
    }

    @Test
    void aBadReportIsNamedByItsIndex() throws Exception {
        assertThat(error(with("reports", "[{\"at\":\"2026-11-12T10:00:00Z\",\"type\":\"ANGRY\"}]")))
                .isEqualTo("reports[0].type: unknown value \"ANGRY\"; expected one of "
                        + "[NOT_RECEIVED, DAMAGED, WRONG_ITEM, MISSING_ITEM]");
        assertThat(error(with("reports", "[{\"type\":\"DAMAGED\"}]"))).isEqualTo("reports[0].at: missing");
        assertThat(error(with("reports", "[{\"at\":\"2026-11-12T10:00:00Z\"}]"))).isEqualTo("reports[0].type: missing");
    }

    @Test
    void aRecordThatIsNoObjectIsNamedRecord() throws Exception {
        assertThatThrownBy(() -> WaybillJson.readShipment(MAPPER.readTree("[1, 2]")))
                .isInstanceOf(ContractJsonException.class).hasMessage("record: expected a JSON object");
    }

    @Test
    void aMapperReadFailsWithTheSameException() {
        assertThatThrownBy(() -> MAPPER.readValue(VALID.replace("\"DE\"", "\"Deutschland\""), Shipment.class))
                .isInstanceOfSatisfying(ContractJsonException.class, e -> {
                    assertThat(e.field()).isEqualTo("destination");
                    assertThat(e.problem()).isEqualTo("not an ISO 3166-1 alpha-2 country code: 'Deutschland'");
                });
    }

    @Test
    void theIdOfABadRecordIsKeptForItsErrorLine() throws Exception {
        assertThat(WaybillJson.idOf(with("origin", "<absent>"))).isEqualTo("SO-1");
        assertThat(WaybillJson.idOf(with("id", "42"))).isNull();
        assertThat(WaybillJson.idOf(MAPPER.readTree("[]"))).isNull();
    }
}
