package dev.waybill.carriers.easypost;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carriers.http.CarrierError;
import dev.waybill.carriers.mapping.CarrierJson;
import dev.waybill.carriers.mapping.Countries;
import dev.waybill.carriers.mapping.EventDraft;
import dev.waybill.carriers.mapping.LaneDefaults;
import dev.waybill.carriers.mapping.ShipmentDraft;
import dev.waybill.carriers.mapping.Weights;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Shipment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * EasyPost bodies to shipments. Tells apart: an {@code Event} (webhook; its {@code result} is the
 * tracker, absent for some events), a {@code Tracker}, and a list ({@code trackers}).
 */
final class EasyPostMapper {

    private EasyPostMapper() {
    }

    /** The trackers in any EasyPost body. */
    static List<EasyPostResponse.Tracker> trackers(byte[] body, int status) {
        JsonNode root = CarrierJson.tree(EasyPostTracking.NAME, status, body);
        if (root.isObject() && root.has("trackers")) {
            List<EasyPostResponse.Tracker> trackers = new ArrayList<>();
            for (JsonNode tracker : root.path("trackers")) {
                trackers.add(tracker(tracker, status));
            }
            return trackers;
        }
        String object = root.path("object").asText("");
        if ("Event".equals(object)) {
            JsonNode result = root.path("result");
            return result.isObject() && "Tracker".equals(result.path("object").asText(""))
                    ? List.of(tracker(result, status)) : List.of();
        }
        if ("Tracker".equals(object) || root.has("tracking_code")) {
            return List.of(tracker(root, status));
        }
        throw new CarrierResponseException(EasyPostTracking.NAME, status, null,
                "not an EasyPost tracker, tracker list or event body", null);
    }

    private static EasyPostResponse.Tracker tracker(JsonNode node, int status) {
        EasyPostResponse.Tracker tracker = CarrierJson.bind(EasyPostTracking.NAME, status, node,
                EasyPostResponse.Tracker.class);
        if (tracker == null || tracker.trackingCode() == null || tracker.trackingCode().isBlank()) {
            throw new CarrierResponseException(EasyPostTracking.NAME, status, null, "a tracker without tracking_code",
                    null);
        }
        return tracker;
    }

    /** The shipment of one tracker. Weight is in ounces per EasyPost's docs. */
    static Shipment shipment(EasyPostResponse.Tracker tracker, LaneDefaults defaults) {
        String number = tracker.trackingCode().strip();
        ShipmentDraft draft = ShipmentDraft.of(EasyPostTracking.NAME, number)
                .carrier(tracker.carrier() == null ? null : tracker.carrier().strip().toLowerCase(Locale.ROOT))
                .weightKg(Weights.toKg(tracker.weight(), "oz"));
        if (tracker.carrierDetail() != null) {
            draft.origin(country(tracker.carrierDetail().originTrackingLocation()))
                    .destination(country(tracker.carrierDetail().destinationTrackingLocation()));
        }
        if (tracker.trackingDetails() != null) {
            for (EasyPostResponse.Detail detail : tracker.trackingDetails()) {
                if (detail != null) {
                    draft.event(EventDraft.of(detail.datetime(),
                            EasyPostStatusMap.map(detail.status(), detail.statusDetail(), number),
                            location(detail.trackingLocation()), country(detail.trackingLocation()), detail(detail)));
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
        EasyPostResponse.ErrorBody parsed = CarrierJson.bind(EasyPostTracking.NAME, status,
                CarrierJson.tree(EasyPostTracking.NAME, status, body), EasyPostResponse.ErrorBody.class);
        if (parsed.error() == null) {
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
        String joined = Stream.of(location.city(), location.state()).filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
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
