package dev.waybill.carriers.yunexpress;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The fields of the YunExpress OMS API's {@code Tracking/GetTrackAllInfo} (and {@code GetTrackInfo})
 * answer that Waybill reads; everything else is ignored. Field names are the API's PascalCase.
 * {@link YunExpressReader} fills them by hand; the annotations name each field as the JSON does, and
 * binding them with Jackson is what the reader is tested against.
 */
final class YunExpressResponse {

    private YunExpressResponse() {
    }

    /**
     * {@code {Item, Code, Message, RequestId, TimeStamp}}; {@code Code} {@code "0000"} is success. Waybill
     * reads neither {@code RequestId} nor {@code TimeStamp}, so neither is bound.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Root(@JsonProperty("Item") Item item, @JsonProperty("Code") String code,
                @JsonProperty("Message") String message) {
    }

    /**
     * One parcel: {@code WaybillNumber} YunExpress's own number, {@code TrackingNumber} the last-mile
     * number (empty until there is one), {@code CarrierName}/{@code ProviderName} the last-mile carrier,
     * {@code CountryCode} the destination, {@code PackageState} the shipment-level state,
     * {@code TrackingStatus} the latest event's code, {@code OrderTrackingDetails} the events.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(@JsonProperty("WaybillNumber") String waybillNumber,
                @JsonProperty("TrackingNumber") String trackingNumber,
                @JsonProperty("CarrierName") String carrierName,
                @JsonProperty("ProviderName") String providerName,
                @JsonProperty("CountryCode") String countryCode,
                @JsonProperty("PackageState") Integer packageState,
                @JsonProperty("TrackingStatus") Integer trackingStatus,
                @JsonProperty("OrderTrackingDetails") List<Detail> details) {
    }

    /**
     * An event: {@code ProcessDate} (ISO, usually without an offset), {@code ProcessContent} the text,
     * {@code ProcessLocation}/{@code ProcessCity}/{@code ProcessCountry} the place, {@code TrackingStatus}
     * the numeric code, {@code TrackNodeCode} the node code where YunExpress sends one.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Detail(@JsonProperty("ProcessDate") String processDate,
                  @JsonProperty("ProcessContent") String processContent,
                  @JsonProperty("ProcessLocation") String processLocation,
                  @JsonProperty("ProcessCity") String processCity,
                  @JsonProperty("ProcessCountry") String processCountry,
                  @JsonProperty("TrackingStatus") Integer trackingStatus,
                  @JsonProperty("TrackNodeCode") String trackNodeCode) {
    }
}
