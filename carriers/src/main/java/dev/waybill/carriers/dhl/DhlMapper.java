package dev.waybill.carriers.dhl;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carriers.http.CarrierError;
import dev.waybill.carriers.mapping.BodyReader;
import dev.waybill.carriers.mapping.Countries;
import dev.waybill.carriers.mapping.EventDraft;
import dev.waybill.carriers.mapping.LaneDefaults;
import dev.waybill.carriers.mapping.Place;
import dev.waybill.carriers.mapping.Places;
import dev.waybill.carriers.mapping.ShipmentDraft;
import dev.waybill.carriers.mapping.StatusMapping;
import dev.waybill.carriers.mapping.Weights;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** DHL bodies to shipments: {@code TrackingShipments}, a single {@code TrackingShipment}, or an array of them. */
final class DhlMapper {

    private static final BodyReader<DhlResponse.Root> ROOT = BodyReader.of(DhlTracking.NAME, DhlResponse.Root.class);
    /** A single shipment, read a second time once {@link #ROOT} has told one apart (push bodies only). */
    private static final BodyReader<DhlResponse.Shipment> SINGLE = BodyReader.of(DhlTracking.NAME,
            DhlResponse.Shipment.class);
    private static final BodyReader<DhlResponse.Shipment[]> ARRAY = BodyReader.of(DhlTracking.NAME,
            DhlResponse.Shipment[].class);
    private static final BodyReader<DhlResponse.Problem> PROBLEM = BodyReader.of(DhlTracking.NAME,
            DhlResponse.Problem.class);

    private DhlMapper() {
    }

    /** The shipments in a tracking response or push body. */
    static List<Shipment> parse(byte[] body, int status, LaneDefaults defaults) {
        List<DhlResponse.Shipment> shipments = new ArrayList<>();
        DhlResponse.Root root = ROOT.read(status, body);
        if (root == null) {
            DhlResponse.Shipment[] array = ARRAY.read(status, body);
            if (array == null) {
                throw notDhl(status);
            }
            shipments.addAll(Arrays.asList(array));
        } else if (root.shipments() != null) {
            shipments.addAll(root.shipments());
        } else if ((root.events() != null || root.status() != null) && root.id() != null) {
            shipments.add(SINGLE.read(status, body));
        } else if (root.title() != null && root.status() != null) {
            throw new CarrierResponseException(DhlTracking.NAME, status, root.status().asText(),
                    "a DHL error body: " + root.title() + ": " + Objects.requireNonNullElse(root.detail(), ""), null);
        } else {
            throw notDhl(status);
        }
        List<Shipment> result = new ArrayList<>();
        for (DhlResponse.Shipment shipment : shipments) {
            if (shipment == null || shipment.id() == null || shipment.id().isBlank()) {
                throw new CarrierResponseException(DhlTracking.NAME, status, null, "a shipment without an id", null);
            }
            result.add(shipment(shipment, defaults));
        }
        return result;
    }

    private static CarrierResponseException notDhl(int status) {
        return new CarrierResponseException(DhlTracking.NAME, status, null,
                "not a DHL tracking response or push body (no 'shipments')", null);
    }

    static Shipment shipment(DhlResponse.Shipment dto, LaneDefaults defaults) {
        String number = dto.id().strip();
        ShipmentDraft draft = ShipmentDraft.of(DhlTracking.NAME, number)
                .origin(country(dto.origin()))
                .destination(country(dto.destination()));
        if (dto.details() != null && dto.details().weight() != null) {
            draft.weightKg(Weights.toKg(dto.details().weight().value(), dto.details().weight().unitText()));
        }
        DhlResponse.Status status = dto.status();
        if (Boolean.TRUE.equals(dto.returnFlag())) {
            draft.status(StatusMapping.of(EventCode.RETURN_TO_SENDER), status == null ? null : status.timestamp(),
                    "DHL returnFlag true" + (status == null ? "" : ", status '" + detail(status) + "'"));
        } else if (status != null) {
            draft.status(DhlStatusMap.TABLE.map(status.statusCode(), number), text(status), status.timestamp(),
                    "DHL status '" + detail(status) + "'");
        }
        List<DhlResponse.Status> events = dto.events() == null || dto.events().isEmpty()
                ? Stream.ofNullable(status).toList() : dto.events();
        for (DhlResponse.Status event : events) {
            if (event != null) {
                draft.event(EventDraft.of(event.timestamp(), DhlStatusMap.TABLE.map(event.statusCode(), number),
                        locality(event.location()), country(event.location()), detail(event)).withText(text(event)));
            }
        }
        return draft.build(defaults);
    }

    /** DHL's problem-detail error body. */
    static CarrierError error(int status, byte[] body) {
        if (body.length == 0) {
            return CarrierError.NONE;
        }
        DhlResponse.Problem problem = PROBLEM.read(status, body);
        if (problem == null) {
            return CarrierError.NONE;
        }
        String message = Stream.of(problem.title(), problem.detail()).filter(Objects::nonNull)
                .collect(Collectors.joining(": "));
        return new CarrierError(null, message.isEmpty() ? null : message);
    }

    /**
     * The event's texts the rules read, joined by blanks: {@code status}, {@code statusDetailed} and
     * {@code description}. The {@code remark} is left out: it comments on the shipment ("pending
     * completion of customs inspection" beside a delivery) rather than saying what happened.
     */
    private static String text(DhlResponse.Status event) {
        StringJoiner text = new StringJoiner(" ");
        for (String part : new String[] {event.status(), event.statusDetailed(), event.description()}) {
            if (part != null) {
                text.add(part);
            }
        }
        return text.toString();
    }

    /** The code, then each distinct non-blank text of the event, as {@code code: status / detailed / description}. */
    private static String detail(DhlResponse.Status event) {
        String code = event.statusCode() == null ? "?" : event.statusCode().strip();
        String status = stripped(event.status());
        String detailed = stripped(event.statusDetailed());
        String description = stripped(event.description());
        StringBuilder detail = new StringBuilder(code);
        String separator = ": ";
        if (!status.isEmpty()) {
            detail.append(separator).append(status);
            separator = " / ";
        }
        if (!detailed.isEmpty() && !detailed.equals(status)) {
            detail.append(separator).append(detailed);
            separator = " / ";
        }
        if (!description.isEmpty() && !description.equals(status) && !description.equals(detailed)) {
            detail.append(separator).append(description);
        }
        return detail.toString();
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }


    /** The country of a place: its {@code countryCode}, else the country its {@code addressLocality} names. */
    private static dev.waybill.shipment.CountryCode country(DhlResponse.Place place) {
        if (place == null || place.address() == null) {
            return null;
        }
        dev.waybill.shipment.CountryCode code = Countries.orNull(place.address().countryCode());
        return code != null ? code : Places.defaults().resolve(place.address().addressLocality())
                .map(Place::country).orElse(null);
    }

    private static String locality(DhlResponse.Place place) {
        return place == null || place.address() == null ? null : place.address().addressLocality();
    }
}
