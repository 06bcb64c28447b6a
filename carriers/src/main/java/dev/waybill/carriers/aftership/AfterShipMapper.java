package dev.waybill.carriers.aftership;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carriers.http.CarrierError;
import dev.waybill.carriers.mapping.BodyReader;
import dev.waybill.carriers.mapping.CarrierJson;
import dev.waybill.carriers.mapping.Countries;
import dev.waybill.carriers.mapping.EventDraft;
import dev.waybill.carriers.mapping.LaneDefaults;
import dev.waybill.carriers.mapping.ShipmentDraft;
import dev.waybill.carriers.mapping.StatusMapping;
import dev.waybill.carriers.mapping.Weights;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * AfterShip bodies to shipments. Tells apart: a webhook ({@code msg} is the tracking), a versioned
 * list ({@code data.trackings}), a legacy v4 single ({@code data.tracking}) and a versioned single
 * ({@code data} is the tracking).
 */
final class AfterShipMapper {

    private static final BodyReader<AfterShipResponse.Body> BODY = BodyReader.of(AfterShipTracking.NAME,
            AfterShipResponse.Body.class);
    private static final BodyReader<AfterShipResponse.Single> SINGLE = BodyReader.of(AfterShipTracking.NAME,
            AfterShipResponse.Single.class);
    private static final AfterShipResponse.Pagination LAST_PAGE = new AfterShipResponse.Pagination(false, null);

    private AfterShipMapper() {
    }

    /**
     * The trackings in a body and, for a list, where its next page starts.
     *
     * @param trackings  the trackings, as DTOs
     * @param pagination the list's pagination; no next page for other bodies
     */
    record Page(List<AfterShipResponse.Tracking> trackings, AfterShipResponse.Pagination pagination) {
    }

    /** The trackings in any AfterShip body, as DTOs. */
    static List<AfterShipResponse.Tracking> trackings(byte[] body, int status) {
        return page(body, status).trackings();
    }

    /**
     * The trackings and pagination of any AfterShip body, read in one pass; a versioned single
     * (whose {@code data} is the tracking, as a create answers) is read a second time as one.
     */
    static Page page(byte[] body, int status) {
        AfterShipResponse.Body root = BODY.read(status, body);
        if (root == null) {
            throw notAfterShip(status);
        }
        if (root.msg() != null) {
            return single(tracking(root.msg(), status));
        }
        AfterShipResponse.Meta meta = root.meta();
        if (meta != null && meta.code() != null && meta.code() >= 400) {
            throw new CarrierResponseException(AfterShipTracking.NAME, status, meta.code().toString(),
                    "an AfterShip error body: " + Objects.requireNonNullElse(meta.message(), "(no message)"), null);
        }
        AfterShipResponse.Data data = root.data();
        if (data == null) {
            throw notAfterShip(status);
        }
        if (data.trackings() != null) {
            List<AfterShipResponse.Tracking> list = new ArrayList<>(data.trackings().size());
            for (AfterShipResponse.Tracking tracking : data.trackings()) {
                list.add(tracking(tracking, status));
            }
            return new Page(list, data.pagination() == null ? LAST_PAGE : data.pagination());
        }
        if (data.tracking() != null) {
            return single(tracking(data.tracking(), status));
        }
        if (data.trackingNumber() != null) {
            return single(tracking(SINGLE.read(status, body).data(), status));
        }
        throw notAfterShip(status);
    }

    private static Page single(AfterShipResponse.Tracking tracking) {
        return new Page(List.of(tracking), LAST_PAGE);
    }

    private static AfterShipResponse.Tracking tracking(AfterShipResponse.Tracking tracking, int status) {
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

    /**
     * The shipment of one tracking. Its {@code tag} (refined by {@code subtag}, through the same
     * table as the checkpoints) is the shipment-level status, dated {@code updated_at}; a tracking
     * still at {@code InfoReceived} or {@code Pending} is dated {@code created_at}, and {@code Expired}
     * says AfterShip stopped tracking it. {@code shipment_pickup_date} is the carrier's pickup, an
     * event of its own where no checkpoint records it; the last-checkpoint answer's single {@code checkpoint} is read like a list of one.
     */
    static Shipment shipment(AfterShipResponse.Tracking tracking, LaneDefaults defaults) {
        String number = tracking.trackingNumber().strip();
        ShipmentDraft draft = ShipmentDraft.of(AfterShipTracking.NAME, number)
                .id(tracking.orderId() != null ? tracking.orderId() : tracking.orderNumber())
                .carrier(tracking.slug())
                .origin(firstCountry(tracking.originCountryRegion(), tracking.originCountryIso3()))
                .destination(firstCountry(tracking.destinationCountryRegion(), tracking.destinationCountryIso3(),
                        tracking.courierDestinationCountryRegion()))
                .weightKg(weight(tracking));
        String said = "AfterShip tag '" + tracking.tag() + "'"
                + (tracking.subtag() == null ? "" : ", subtag '" + tracking.subtag() + "'");
        if (tracking.tag() != null && tracking.tag().strip().equals("Expired")) {
            draft.expired(tracking.updatedAt(), said);
        } else if (tracking.tag() != null) {
            StatusMapping overall = AfterShipStatusMap.map(tracking.tag(), tracking.subtag(), number);
            boolean label = overall.code() == EventCode.LABEL_CREATED;
            draft.status(overall, label ? tracking.createdAt() : tracking.updatedAt(),
                    label ? said + ", created " + tracking.createdAt() : said);
        }
        List<EventDraft> events = new ArrayList<>();
        if (tracking.checkpoints() != null) {
            for (AfterShipResponse.Checkpoint checkpoint : tracking.checkpoints()) {
                if (checkpoint != null) {
                    events.add(event(checkpoint, number));
                }
            }
        } else if (tracking.checkpoint() != null) {
            events.add(event(tracking.checkpoint(), number));
        }
        boolean pickupScanned = false;
        for (EventDraft event : events) {
            draft.event(event);
            pickupScanned |= event.status().code() == EventCode.PICKED_UP;
        }
        if (!pickupScanned && tracking.shipmentPickupDate() != null && !tracking.shipmentPickupDate().isBlank()) {
            draft.event(EventDraft.of(tracking.shipmentPickupDate(), StatusMapping.of(EventCode.PICKED_UP), null, null,
                    "shipment_pickup_date"));
        }
        return draft.build(defaults);
    }

    /** One checkpoint as an event: its tag and subtag through the table. */
    private static EventDraft event(AfterShipResponse.Checkpoint checkpoint, String number) {
        return EventDraft.of(checkpoint.checkpointTime(),
                AfterShipStatusMap.map(checkpoint.tag(), checkpoint.subtag(), number),
                location(checkpoint), firstCountry(checkpoint.countryRegion(), checkpoint.countryIso3()),
                detail(checkpoint)).withText(checkpoint.message());
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
        return EventDraft.location(checkpoint.city(), checkpoint.state());
    }

    private static String detail(AfterShipResponse.Checkpoint checkpoint) {
        String code = checkpoint.subtag() != null && !checkpoint.subtag().isBlank() ? checkpoint.subtag()
                : Objects.requireNonNullElse(checkpoint.tag(), "?");
        return checkpoint.message() == null || checkpoint.message().isBlank() ? code
                : code + ": " + checkpoint.message().strip();
    }
}
