package dev.waybill.carriers.fedex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The fields of FedEx's {@code TrackingNumbersResponse} and error body that Waybill reads; everything else is ignored. */
final class FedexResponse {

    private FedexResponse() {
    }

    /** A tracking answer ({@code output}) or an error body ({@code errors}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Root(Output output, List<Error> errors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Output(List<CompleteTrackResult> completeTrackResults) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CompleteTrackResult(String trackingNumber, List<TrackResult> trackResults) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TrackResult(TrackingNumberInfo trackingNumberInfo, Party shipperInformation, Party recipientInformation,
                       Status latestStatusDetail, List<DateAndTime> dateAndTimes, List<ScanEvent> scanEvents,
                       PackageDetails packageDetails, Error error) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TrackingNumberInfo(String trackingNumber, String trackingNumberUniqueId, String carrierCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Party(Address address) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Address(String city, String stateOrProvinceCode, String countryCode, String countryName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Status(String code, String derivedCode, String statusByLocale, String description, Address scanLocation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DateAndTime(String type, String dateTime) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScanEvent(String date, String eventType, String eventDescription, String exceptionCode,
                     String exceptionDescription, String derivedStatusCode, Address scanLocation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PackageDetails(WeightAndDimensions weightAndDimensions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record WeightAndDimensions(List<Weight> weight) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Weight(String value, String unit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Error(String code, String message) {
    }
}
