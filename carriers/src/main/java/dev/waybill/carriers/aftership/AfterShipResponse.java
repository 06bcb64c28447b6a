package dev.waybill.carriers.aftership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The fields of AfterShip's tracking object and envelope that Waybill reads, in both the versioned
 * (2023-10 and later; country fields {@code *_country_region}) and the legacy v4 naming
 * ({@code *_country_iso3}). Countries are ISO 3166-1 alpha-3.
 */
final class AfterShipResponse {

    private AfterShipResponse() {
    }

    /**
     * Any AfterShip body: an answer {@code {meta, data}} or a webhook whose {@code msg} is the
     * tracking.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Body(Meta meta, Data data, Tracking msg) {
    }

    /**
     * An answer's {@code data}: a list ({@code trackings}, {@code pagination}), a legacy v4 single
     * ({@code tracking}), or the tracking itself (versioned single, where only
     * {@code tracking_number} is kept here: see {@code AfterShipMapper}).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Data(List<Tracking> trackings, Tracking tracking, Pagination pagination, String trackingNumber) {
    }

    /** A versioned single answer, whose {@code data} is the tracking. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Single(Tracking data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Meta(Integer code, String message, String type) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Pagination(Boolean hasNextPage, String nextCursor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Tracking(String id, String trackingNumber, String slug, String tag, String subtag, String orderId,
                    String orderNumber, String originCountryRegion, String destinationCountryRegion,
                    String courierDestinationCountryRegion, String originCountryIso3, String destinationCountryIso3,
                    JsonNode shipmentWeight, String shipmentWeightUnit, List<Checkpoint> checkpoints,
                    Checkpoint checkpoint, String shipmentPickupDate, String createdAt, String updatedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Checkpoint(String checkpointTime, String location, String city, String state, String countryRegion,
                      String countryIso3, String message, String tag, String subtag, String rawTag) {
    }
}
