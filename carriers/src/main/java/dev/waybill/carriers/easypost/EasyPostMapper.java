package dev.waybill.carriers.easypost;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carriers.http.CarrierError;
import dev.waybill.carriers.mapping.BodyReader;
import dev.waybill.carriers.mapping.Countries;
import dev.waybill.carriers.mapping.EventDraft;
import dev.waybill.carriers.mapping.LaneDefaults;
import dev.waybill.carriers.mapping.ShipmentDraft;
import dev.waybill.carriers.mapping.StatusMapping;
import dev.waybill.carriers.mapping.Weights;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * EasyPost bodies to shipments. Tells apart: an {@code Event} (webhook; its {@code result} is the
 * tracker, absent for some events), a {@code Tracker}, and a list ({@code trackers}). A list is read
 * in one pass; an event's tracker or a single tracker in a second one, once the first has told it
 * apart.
 */
final class EasyPostMapper {

    private static final BodyReader<EasyPostResponse.Root> ROOT = BodyReader.of(EasyPostTracking.NAME,
            EasyPostResponse.Root.class);
    private static final BodyReader<EasyPostResponse.Event> EVENT = BodyReader.of(EasyPostTracking.NAME,
            EasyPostResponse.Event.class);
    private static final BodyReader<EasyPostResponse.Tracker> TRACKER = BodyReader.of(EasyPostTracking.NAME,
            EasyPostResponse.Tracker.class);
    private static final BodyReader<EasyPostResponse.ErrorBody> ERROR = BodyReader.of(EasyPostTracking.NAME,
            EasyPostResponse.ErrorBody.class);

    private EasyPostMapper() {
    }

    /** The trackers in any EasyPost body. */
    static List<EasyPostResponse.Tracker> trackers(byte[] body, int status) {
        EasyPostResponse.Root root = ROOT.read(status, body);
        if (root == null) {
            throw notEasyPost(status);
        }
        if (root.error() != null) {
            throw new CarrierResponseException(EasyPostTracking.NAME, status,
                    Objects.requireNonNullElse(root.error().code(), "error"),
                    "an EasyPost error body: " + Objects.requireNonNullElse(root.error().message(), "no message"), null);
        }
        if (root.trackers() != null) {
            List<EasyPostResponse.Tracker> trackers = new ArrayList<>(root.trackers().size());
            for (EasyPostResponse.Tracker tracker : root.trackers()) {
                trackers.add(tracker(tracker, status));
            }
            return trackers;
        }
        if ("Event".equals(root.object())) {
            return root.result() != null && "Tracker".equals(root.result().object())
                    ? List.of(tracker(EVENT.read(status, body).result(), status)) : List.of();
        }
        if ("Tracker".equals(root.object()) || root.trackingCode() != null) {
            return List.of(tracker(TRACKER.read(status, body), status));
        }
        throw notEasyPost(status);
    }

    private static CarrierResponseException notEasyPost(int status) {
        return new CarrierResponseException(EasyPostTracking.NAME, status, null,
                "not an EasyPost tracker, tracker list or event body", null);
    }

    private static EasyPostResponse.Tracker tracker(EasyPostResponse.Tracker tracker, int status) {
        if (tracker == null || tracker.trackingCode() == null || tracker.trackingCode().isBlank()) {
            throw new CarrierResponseException(EasyPostTracking.NAME, status, null, "a tracker without tracking_code",
                    null);
        }
        return tracker;
    }

    /**
     * The shipment of one tracker. Weight is in ounces per EasyPost's docs. The tracker's own
     * {@code status}, refined by its {@code status_detail} through the same table as the events, is
     * the shipment-level status (dated {@code updated_at}); a {@code pre_transit} tracker is dated
     * {@code created_at}, its label date.
     */
    static Shipment shipment(EasyPostResponse.Tracker tracker, LaneDefaults defaults) {
        String number = tracker.trackingCode().strip();
        ShipmentDraft draft = ShipmentDraft.of(EasyPostTracking.NAME, number)
                .carrier(tracker.carrier() == null ? null : tracker.carrier().strip().toLowerCase(Locale.ROOT))
                .weightKg(Weights.toKg(tracker.weight(), "oz"));
        if (tracker.carrierDetail() != null) {
            draft.origin(country(tracker.carrierDetail().originTrackingLocation()))
                    .destination(country(tracker.carrierDetail().destinationTrackingLocation()));
        }
        StatusMapping overall = EasyPostStatusMap.map(tracker.status(), tracker.statusDetail(), number);
        boolean label = overall.code() == EventCode.LABEL_CREATED;
        draft.status(overall, label ? tracker.createdAt() : tracker.updatedAt(), "EasyPost status '" + tracker.status()
                + "'" + (tracker.statusDetail() == null ? "" : ", status_detail '" + tracker.statusDetail() + "'")
                + (label ? ", tracker created " + tracker.createdAt() : ""));
        if (tracker.trackingDetails() != null) {
            for (EasyPostResponse.Detail detail : tracker.trackingDetails()) {
                if (detail != null) {
                    draft.event(EventDraft.of(detail.datetime(),
                            EasyPostStatusMap.map(detail.status(), detail.statusDetail(), number),
                            location(detail.trackingLocation()), country(detail.trackingLocation()), detail(detail))
                            .withText(detail.message() == null || detail.message().isBlank() ? detail.description()
                                    : detail.message()));
                }
            }
        }
        return draft.build(defaults);
    }

    /** EasyPost's error body; {@code errors} may hold objects or plain strings. */
    static CarrierError error(int status, byte[] body) {
        if (body.length == 0) {
            return CarrierError.NONE;
        }
        EasyPostResponse.ErrorBody parsed = ERROR.read(status, body);
        if (parsed == null || parsed.error() == null) {
            return CarrierError.NONE;
        }
        String message = parsed.error().message();
        if (parsed.error().errors() != null && !parsed.error().errors().isEmpty()) {
            String details = parsed.error().errors().stream()
                    .map(e -> e.isTextual() ? e.asText()
                            : e.path("field").asText("?") + " " + e.path("message").asText(""))
                    .collect(Collectors.joining("; "));
            message = message == null ? details : message + " (" + details + ")";
        }
        return new CarrierError(parsed.error().code(), message);
    }

    private static CountryCode country(EasyPostResponse.Location location) {
        return location == null ? null : Countries.orNull(location.country());
    }

    private static String location(EasyPostResponse.Location location) {
        if (location == null) {
            return null;
        }
        return EventDraft.location(location.city(), location.state());
    }

    private static String detail(EasyPostResponse.Detail detail) {
        StringBuilder code = new StringBuilder(Objects.requireNonNullElse(detail.status(), "?"));
        if (detail.statusDetail() != null && !detail.statusDetail().isBlank()) {
            code.append('/').append(detail.statusDetail().strip());
        }
        if (detail.carrierCode() != null && !detail.carrierCode().isBlank()) {
            code.append(" [").append(detail.carrierCode().strip()).append(']');
        }
        String message = detail.message() == null || detail.message().isBlank() ? detail.description()
                : detail.message();
        return message == null || message.isBlank() ? code.toString() : code + ": " + message.strip();
    }
}
