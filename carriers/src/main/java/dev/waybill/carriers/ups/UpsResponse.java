package dev.waybill.carriers.ups;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The fields of UPS's {@code TrackApiResponse} and error envelope that Waybill reads; everything else is ignored. */
final class UpsResponse {

    private UpsResponse() {
    }

    /**
     * A tracking answer ({@code trackResponse}), an error envelope ({@code response.errors}), or a Track
     * Alert event, which alone names its {@code trackingNumber} at the top level (read by {@link UpsTrackAlert}).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Root(TrackResponse trackResponse, ErrorResponse response, String trackingNumber) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TrackResponse(List<Shipment> shipment) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Shipment(String inquiryNumber, @JsonProperty("package") List<Package> packages, List<Message> warnings) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Package(String trackingNumber, List<Activity> activity, Status currentStatus,
                   List<PackageAddress> packageAddress, Weight weight) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Activity(String date, String time, String gmtDate, String gmtTime, String gmtOffset, Location location,
                    Status status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Location(Address address) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Address(String city, String stateProvince, String postalCode, String country, String countryCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PackageAddress(String type, Address address) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Status(String type, String code, String statusCode, String description, String simplifiedTextDescription) {
    }

    /** Weight and unit as strings ({@code "5.5"}, {@code "LBS"}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Weight(String weight, String unitOfMeasurement) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorResponse(List<Message> errors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(String code, String message) {
    }
}
