package dev.waybill.carriers.easypost;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.List;

/** The fields of EasyPost's {@code Tracker}, tracker list, {@code Event} and error body that Waybill reads. */
final class EasyPostResponse {

    private EasyPostResponse() {
    }

    /**
     * What tells a body apart: a list ({@code trackers}, bound in this one pass), an {@code Event}
     * whose {@code result} may be a tracker, or a tracker itself ({@code object} {@code Tracker} or a
     * {@code tracking_code}). A single tracker or an event's tracker is then read as one by
     * {@link Event} or {@link Tracker}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Root(List<Tracker> trackers, String object, Kind result, String trackingCode, Error error) {
    }

    /** Only what kind of object an event's {@code result} is; the rest is skipped. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Kind(String object) {
    }

    /** A webhook {@code Event} whose {@code result} is a tracker. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(Tracker result) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Tracker(String id, String object, String trackingCode, String status, String statusDetail, String carrier,
                   BigDecimal weight, List<Detail> trackingDetails, CarrierDetail carrierDetail, String createdAt,
                   String updatedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Detail(String message, String description, String status, String statusDetail, String datetime,
                  String carrierCode, Location trackingLocation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Location(String city, String state, String country, String zip) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CarrierDetail(Location originTrackingLocation, Location destinationTrackingLocation) {
    }

    /** {@code {error: {code, message, errors: [{field, message} | "text"]}}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorBody(Error error) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Error(String code, String message, List<JsonNode> errors) {
    }
}
