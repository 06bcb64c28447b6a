package dev.waybill.carriers.dhl;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/** The fields of DHL's {@code TrackingShipments} that Waybill reads; everything else is ignored. */
final class DhlResponse {

    private DhlResponse() {
    }

    /**
     * A body's root object: a response ({@code shipments}), a single shipment as a push delivers it
     * ({@code id} with {@code events} or {@code status}), or a problem ({@code title}, {@code status}).
     * {@code status} is an object in a shipment and a number in a problem, and {@code events} only
     * tells a single shipment apart, so both are kept as found; a response binds its shipments in
     * this one pass.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Root(List<Shipment> shipments, String id, JsonNode events, JsonNode status, String title, String detail) {
    }

    /** {@code id} is a string in the spec and a number in its example: both bind to text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Shipment(String id, String service, Place origin, Place destination, Status status, List<Status> events,
                    Details details, Boolean returnFlag) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Place(Address address) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Address(String countryCode, String addressLocality, String postalCode) {
    }

    /** The shape of {@code status} and of each event. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Status(String timestamp, Place location, String statusCode, String status, String statusDetailed,
                  String description, String remark) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Details(Weight weight) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Weight(BigDecimal value, String unitText) {
    }

    /** RFC 7807 problem detail, DHL's error body. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String title, String detail, Integer status) {
    }
}
