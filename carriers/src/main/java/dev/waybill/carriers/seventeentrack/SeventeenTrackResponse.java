package dev.waybill.carriers.seventeentrack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The fields of 17TRACK's v2 envelope, track info and webhook that Waybill reads. Carrier keys are
 * numbers in the documentation and strings in some answers: both bind to text.
 */
final class SeventeenTrackResponse {

    private SeventeenTrackResponse() {
    }

    /** An answer {@code {code, data}} ({@code code} 0 is success) or a webhook {@code {event, data}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Envelope(Integer code, String event, Data data) {
    }

    /**
     * An answer's {@code data} (accepted items, rejections, errors) or the item a webhook pushes:
     * 17TRACK uses one key for both, so one record holds the fields of both and a body is read in
     * one pass whichever it is.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Data(List<Item> accepted, List<Rejected> rejected, List<Failure> errors, String number, String carrier,
                String orderNo, String originCountry, String destinationCountry, TrackInfo trackInfo) {

        /** The item of a webhook's {@code data}. */
        Item pushed() {
            return new Item(number, carrier, orderNo, originCountry, destinationCountry, trackInfo);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rejected(String number, String carrier, Failure error) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Failure(Integer code, String message) {
    }

    /** An accepted {@code gettrackinfo} item, and the {@code data} of a webhook. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Item(String number, String carrier, String orderNo, String originCountry, String destinationCountry,
                TrackInfo trackInfo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TrackInfo(ShippingInfo shippingInfo, LatestStatus latestStatus, Event latestEvent, MiscInfo miscInfo,
                     Tracking tracking) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ShippingInfo(Address shipperAddress, Address recipientAddress) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Address(String country, String state, String city) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record LatestStatus(String status, String subStatus) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record MiscInfo(String weightKg) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Tracking(List<Provider> providers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Provider(ProviderInfo provider, List<Event> events) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProviderInfo(String key, String name, String country) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Event(String timeIso, String timeUtc, TimeRaw timeRaw, String description,
                 Translation descriptionTranslation, String location, String stage, String subStatus,
                 Address address) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TimeRaw(String date, String time, String timezone) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Translation(String lang, String description) {
    }
}
