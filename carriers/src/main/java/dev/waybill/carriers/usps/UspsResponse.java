package dev.waybill.carriers.usps;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The fields of USPS's {@code TrackingDetails} ({@code expand=DETAIL}), its {@code ErrorMessage} and
 * the OAuth2 error body that Waybill reads; everything else is ignored.
 */
final class UspsResponse {

    private UspsResponse() {
    }

    /**
     * Tracking details, or an error: {@code error} is an object in the API's {@code ErrorMessage} and
     * a string ({@code invalid_client}) in the token endpoint's OAuth2 error, so it is kept as a tree.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Root(String trackingNumber, String status, String statusCategory, String statusSummary,
                String originCity, String originState, String originZIP, String originCountry,
                String destinationCity, String destinationState, String destinationZIP,
                String destinationCountryCode, String mailType, List<Event> trackingEvents, JsonNode error,
                @JsonProperty("error_description") String errorDescription) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(String eventType, String eventTimestamp, @JsonProperty("GMTTimestamp") String gmtTimestamp,
                 @JsonProperty("GMTOffset") String gmtOffset, String eventCountry, String eventCity,
                 String eventState, @JsonProperty("eventZIP") String eventZip, String eventCode) {
    }
}
