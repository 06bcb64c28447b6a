package dev.waybill.carriers.aftership;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * AfterShip bodies to shipments. Tells apart: a webhook ({@code msg} is the tracking), a versioned
 * list ({@code data.trackings}), a legacy v4 single ({@code data.tracking}) and a versioned single
 * ({@code data} is the tracking).
 */
final class AfterShipMapper {

    private AfterShipMapper() {
    }

    /** The trackings in any AfterShip body, as DTOs. */
    static List<AfterShipResponse.Tracking> trackings(byte[] body, int status) {
        JsonNode root = CarrierJson.tree(AfterShipTracking.NAME, status, body);
        if (!root.isObject()) {
            throw notAfterShip(status);
        }
        if (root.has("msg")) {
            return List.of(tracking(root.get("msg"), status));
        }
        JsonNode meta = root.path("meta");
        if (meta.path("code").isInt() && meta.path("code").asInt() >= 400) {
            throw new CarrierResponseException(AfterShipTracking.NAME, status, meta.path("code").asText(),
                    "an AfterShip error body: " + meta.path("message").asText("(no message)"), null);
        }
        JsonNode data = root.path("data");
        if (!data.isObject()) {
            throw notAfterShip(status);
        }
        if (data.has("trackings")) {
            List<AfterShipResponse.Tracking> list = new ArrayList<>();
            for (JsonNode tracking : data.get("trackings")) {
                list.add(tracking(tracking, status));
            }
            return list;
        }
        if (data.has("tracking")) {
            return List.of(tracking(data.get("tracking"), status));
        }
        if (data.has("tracking_number")) {
            return List.of(tracking(data, status));
        }
        throw notAfterShip(status);
    }

    /** The pagination of a list body, if any. */
    static AfterShipResponse.Pagination pagination(byte[] body, int status) {
        JsonNode pagination = CarrierJson.tree(AfterShipTracking.NAME, status, body).path("data").path("pagination");
        return pagination.isObject()
                ? CarrierJson.bind(AfterShipTracking.NAME, status, pagination, AfterShipResponse.Pagination.class)
                : new AfterShipResponse.Pagination(false, null);
    }

    private static AfterShipResponse.Tracking tracking(JsonNode node, int status) {
        AfterShipResponse.Tracking tracking = CarrierJson.bind(AfterShipTracking.NAME, status, node,
                AfterShipResponse.Tracking.class);
        if (tracking == null || tracking.trackingNumber() == null || tracking.trackingNumber().isBlank()) {
            throw new CarrierResponseException(AfterShipTracking.NAME, status, null,
                    "a tracking without tracking_number", null);
        }
        return tracking;
    }

    private static CarrierResponseException notAfterShip(int status) {
        return new CarrierResponseException(AfterShipTracking.NAME, status, null,
                "not an AfterShip tracking response or webhook body (no data or msg)", null);
    }

    /** The shipment of one tracking. */
    static Shipment shipment(AfterShipResponse.Tracking tracking, LaneDefaults defaults) {
        String number = tracking.trackingNumber().strip();
        ShipmentDraft draft = ShipmentDraft.of(AfterShipTracking.NAME, number)
                .id(tracking.orderId() != null ? tracking.orderId() : tracking.orderNumber())
                .carrier(tracking.slug())
                .origin(firstCountry(tracking.originCountryRegion(), tracking.originCountryIso3()))
                .destination(firstCountry(tracking.destinationCountryRegion(), tracking.destinationCountryIso3(),
                        tracking.courierDestinationCountryRegion()))
                .weightKg(weight(tracking));
        if (tracking.checkpoints() != null) {
            for (AfterShipResponse.Checkpoint checkpoint : tracking.checkpoints()) {
                if (checkpoint == null) {
                    continue;
                }
                draft.event(EventDraft.of(checkpoint.checkpointTime(),
                        AfterShipStatusMap.map(checkpoint.tag(), checkpoint.subtag(), number),
                        location(checkpoint), firstCountry(checkpoint.countryRegion(), checkpoint.countryIso3()),
                        detail(checkpoint)));
            }
        }
        return draft.build(defaults);
    }

    /** AfterShip's error envelope {@code {meta: {code, message, type}}}. */
    static CarrierError error(int status, byte[] body) {
        if (body.length == 0) {
            return CarrierError.NONE;
        }
        JsonNode meta = CarrierJson.tree(AfterShipTracking.NAME, status, body).path("meta");
        String code = meta.path("code").isMissingNode() ? null : meta.path("code").asText();
        String message = meta.path("message").isTextual() ? meta.path("message").asText() : null;
        String type = meta.path("type").isTextual() ? meta.path("type").asText() : null;
        return new CarrierError(code, type == null ? message : type + ": " + message);
    }

    private static CountryCode firstCountry(String... codes) {
        for (String code : codes) {
            CountryCode country = Countries.orNull(code);
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    private static BigDecimal weight(AfterShipResponse.Tracking tracking) {
        JsonNode weight = tracking.shipmentWeight();
        if (weight == null || weight.isNull()) {
            return null;
        }
        if (weight.isNumber()) {
            return Weights.toKg(weight.decimalValue(), tracking.shipmentWeightUnit());
        }
        JsonNode value = weight.path("value");
        return value.isNumber() ? Weights.toKg(value.decimalValue(), weight.path("unit").asText(null)) : null;
    }

    private static String location(AfterShipResponse.Checkpoint checkpoint) {
        if (checkpoint.location() != null && !checkpoint.location().isBlank()) {
            return checkpoint.location();
        }
        String joined = Stream.of(checkpoint.city(), checkpoint.state()).filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    private static String detail(AfterShipResponse.Checkpoint checkpoint) {
        String code = checkpoint.subtag() != null && !checkpoint.subtag().isBlank() ? checkpoint.subtag()
                : Objects.requireNonNullElse(checkpoint.tag(), "?");
        return checkpoint.message() == null || checkpoint.message().isBlank() ? code
                : code + ": " + checkpoint.message().strip();
    }
}
