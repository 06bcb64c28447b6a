package dev.waybill.carriers.ups;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carriers.mapping.BodyReader;
import dev.waybill.carriers.mapping.LaneDefaults;
import java.util.List;

/**
 * A UPS Track Alert push event to a shipment: one activity of one package, read with the same
 * status table, clocks and places as a Track API activity. Its fields are those of UPS's
 * {@code TrackingEventRequest} (UPSTrackAlert.yaml of UPS-API/api-documentation): the local
 * {@code localActivityDate}/{@code localActivityTime}, the GMT pair and {@code gmtOffset} written
 * {@code -04.00}, {@code activityLocation} and {@code activityStatus {type, code, description,
 * descriptionCode}}.
 */
final class UpsTrackAlert {

    private static final BodyReader<Event> EVENT = BodyReader.of(UpsTracking.NAME, Event.class);

    private UpsTrackAlert() {
    }

    /**
     * The event's package as a shipment with one event.
     *
     * @throws CarrierResponseException naming the field when the event has no tracking number or no status
     */
    static ParsedBody read(byte[] body, LaneDefaults defaults) {
        Event event = EVENT.read(0, body);
        String number = event.trackingNumber() == null ? "" : event.trackingNumber().strip();
        if (number.isEmpty()) {
            throw new CarrierResponseException(UpsTracking.NAME, 0, null,
                    "a Track Alert event with an empty 'trackingNumber'", null);
        }
        if (event.activityStatus() == null) {
            throw new CarrierResponseException(UpsTracking.NAME, 0, null,
                    "the Track Alert event for " + number + " has no 'activityStatus'", null);
        }
        Location place = event.activityLocation();
        UpsResponse.Activity activity = new UpsResponse.Activity(event.localActivityDate(), event.localActivityTime(),
                event.gmtActivityDate(), event.gmtActivityTime(), offset(event.gmtOffset()),
                place == null ? null : new UpsResponse.Location(new UpsResponse.Address(place.city(),
                        place.stateProvince(), place.postalCode(), place.country(), null)),
                new UpsResponse.Status(event.activityStatus().type(), event.activityStatus().code(),
                        event.activityStatus().descriptionCode(), event.activityStatus().description(), null));
        UpsResponse.Package pkg = new UpsResponse.Package(number, List.of(activity), null, null, null);
        return ParsedBody.of(List.of(UpsMapper.shipment(number, pkg, 1, defaults)));
    }

    /** Track Alert writes the offset {@code (-/+)HH.MM}; the Track API's reader takes {@code -04:00}. */
    private static String offset(String text) {
        return text == null ? null : text.strip().replace('.', ':');
    }

    /** The fields of a Track Alert event that Waybill reads; everything else is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(String trackingNumber, String localActivityDate, String localActivityTime, String gmtActivityDate,
                 String gmtActivityTime, String gmtOffset, Location activityLocation, Status activityStatus) {
    }

    /** Where the activity happened ({@code postalCode} is blank until delivery). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Location(String city, String stateProvince, String postalCode, String country) {
    }

    /** {@code type} as in the Track API ({@code D}, {@code I}, {@code M}, {@code MV}, {@code U}, {@code X}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Status(String type, String code, String description, String descriptionCode) {
    }
}
