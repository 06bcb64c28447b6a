package dev.waybill.carriers.yanwen;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The fields of Yanwen's {@code api/tracking} answer that Waybill reads; everything else is ignored.
 * {@link YanwenReader} fills them by hand; the annotations name each field as the JSON does, and
 * binding them with Jackson is what the reader is tested against.
 */
final class YanwenResponse {

    private YanwenResponse() {
    }

    /** {@code {code, message, result:[...]}}; {@code code} 0 is success. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Root(Integer code, String message, List<Parcel> result) {
    }

    /**
     * One number's answer: {@code tracking_status} the latest code ({@code NOTFOUND} for a number Yanwen
     * does not know), {@code exchange_number} and {@code last_mile_carrier} the last-mile leg where
     * Yanwen names it, {@code checkpoints} the events.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Parcel(@JsonProperty("tracking_number") String trackingNumber,
                  @JsonProperty("tracking_status") String trackingStatus,
                  @JsonProperty("exchange_number") String exchangeNumber,
                  @JsonProperty("last_mile_carrier") String lastMileCarrier,
                  @JsonProperty("origin_country") String originCountry,
                  @JsonProperty("destination_country") String destinationCountry,
                  List<Checkpoint> checkpoints) {
    }

    /** An event: {@code time_stamp} local, without offset; {@code time_zone} its offset ({@code +8}, {@code +08}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Checkpoint(@JsonProperty("time_stamp") String timeStamp, @JsonProperty("time_zone") String timeZone,
                      @JsonProperty("tracking_status") String trackingStatus, String message, String location) {
    }
}
