package dev.waybill.carriers.fourpx;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The fields of 4PX's {@code listTrackV3} answer that Waybill reads; everything else is ignored. */
final class FourPxResponse {

    private FourPxResponse() {
    }

    /** {@code {result, message, data:[...]}}; {@code result} 1 is success. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Root(Integer result, String message, List<Parcel> data) {
    }

    /**
     * One number's answer: {@code queryCode} as asked, {@code serverCode} the last-mile number (null
     * while pending), {@code ctStartCode}/{@code ctEndCode} the countries, {@code tracks} newest first.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Parcel(String queryCode, String serverCode, String ctStartCode, String ctStartName, String ctEndCode,
                  String ctEndName, List<Track> tracks) {
    }

    /** An event: {@code tkDate} ISO with an offset, {@code tkTimezone} the local offset ({@code UTC+08:00}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Track(String tkCode, String tkDesc, String tkLocation, String tkTimezone, String tkDate,
                 String tkDateStr) {
    }
}
