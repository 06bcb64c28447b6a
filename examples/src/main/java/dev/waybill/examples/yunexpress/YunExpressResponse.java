package dev.waybill.examples.yunexpress;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The fields of YunExpress's token and tracking answers that Waybill reads. The tracking schema is
 * not published in Waybill's sources (research marks it unverified); these names follow the open-source
 * clients that call {@code /v1/track-service/info/get}.
 */
final class YunExpressResponse {

    private YunExpressResponse() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Token(String accessToken, Long expiresIn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Envelope(Boolean success, String code, String msg, List<Result> result) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(@JsonProperty("package_status") String packageStatus,
                  @JsonProperty("track_Info") TrackInfo trackInfo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TrackInfo(String waybillNumber, String trackingNumber, String customerOrderNumber, String originCode,
                     String destinationCode, String lastMileName, List<Event> trackEvents) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Event(String processTime, String processUtcTime, String processContent, String processCountry,
                 String processCity, String processLocation, String trackNodeCode, String trackNodeDescription) {
    }
}
