package dev.waybill.carriers.postnl;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The fields of PostNL's Shipping Status answers ({@code CurrentStatus}, {@code CompleteStatus},
 * the {@code updatedshipments} list) and error bodies that Waybill reads; everything else is
 * ignored. PostNL writes an empty object {@code {}} for an absent value and a single object where
 * it lists one, so lists take a lone object and the error parts stay trees.
 */
final class PostNlResponse {

    private PostNlResponse() {
    }

    /**
     * A status answer, an error body (gateway {@code fault}, {@code Error}, {@code Errors}), or the
     * status service's {@code Signature} answer, which holds no tracking.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Root(@JsonProperty("CurrentStatus") Answer currentStatus, @JsonProperty("CompleteStatus") Answer completeStatus,
                @JsonProperty("Warnings") List<Message> warnings, @JsonProperty("Errors") List<Message> errors,
                @JsonProperty("Error") Message error, JsonNode fault, @JsonProperty("Signature") JsonNode signature) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(@JsonProperty("Shipment") List<Shipment> shipments) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Shipment(@JsonProperty("MainBarcode") String mainBarcode, @JsonProperty("Barcode") String barcode,
                    @JsonProperty("Address") List<Address> addresses, @JsonProperty("Dimension") Dimension dimension,
                    @JsonProperty("Status") Status status, @JsonProperty("OldStatus") List<Status> oldStatuses) {
    }

    /** {@code AddressType} 01 is the receiver, 02 the sender. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Address(@JsonProperty("AddressType") String type, @JsonProperty("CountryCode") String countryCode) {
    }

    /** {@code Weight} in grams. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Dimension(@JsonProperty("Weight") String weight) {
    }

    /** A status; {@code TimeStamp} in the status answers, {@code Timestamp} in {@code updatedshipments}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Status(@JsonProperty("TimeStamp") String timeStamp, @JsonProperty("Timestamp") String timestamp,
                  @JsonProperty("StatusCode") String statusCode, @JsonProperty("StatusDescription") String statusDescription,
                  @JsonProperty("PhaseCode") String phaseCode, @JsonProperty("PhaseDescription") String phaseDescription) {

        String time() {
            return timeStamp != null ? timeStamp : timestamp;
        }
    }

    /** One entry of the {@code updatedshipments} list. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Updated(@JsonProperty("Barcode") String barcode, @JsonProperty("Status") Status status) {
    }

    /** A warning or error: PostNL names the parts differently per service. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(@JsonProperty("Code") String code, @JsonProperty("ErrorCode") String errorCode,
                   @JsonProperty("Message") String message, @JsonProperty("Description") String description,
                   @JsonProperty("ErrorMessage") String errorMessage) {

        String anyCode() {
            return code != null ? code : errorCode;
        }

        String text() {
            return message != null ? message : description != null ? description : errorMessage;
        }
    }
}
