package dev.waybill.examples.yunexpress;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carriers.http.CarrierError;
import dev.waybill.carriers.mapping.CarrierJson;
import dev.waybill.carriers.mapping.Countries;
import dev.waybill.carriers.mapping.EventDraft;
import dev.waybill.carriers.mapping.EventTime;
import dev.waybill.carriers.mapping.LaneDefaults;
import dev.waybill.carriers.mapping.ShipmentDraft;
import dev.waybill.shipment.Shipment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * YunExpress bodies to shipments: the tracking envelope {@code {success, code, msg, result[]}} (bare
 * or under {@code response}), or a pushed track info ({@code track_events}, bare or under {@code data}).
 */
final class YunExpressMapper {

    private YunExpressMapper() {
    }

    /** The envelope of a tracking answer. */
    static YunExpressResponse.Envelope envelope(byte[] body, int status) {
        JsonNode root = CarrierJson.tree(YunExpressTracking.NAME, status, body);
        JsonNode envelope = root.has("response") ? root.get("response") : root;
        if (!envelope.isObject() || !envelope.has("success")) {
            throw new CarrierResponseException(YunExpressTracking.NAME, status, null,
                    "not a YunExpress answer (no 'success')", null);
        }
        return CarrierJson.bind(YunExpressTracking.NAME, status, envelope, YunExpressResponse.Envelope.class);
    }

    /** The track infos in any YunExpress body. */
    static List<YunExpressResponse.TrackInfo> trackInfos(byte[] body, int status) {
        JsonNode root = CarrierJson.tree(YunExpressTracking.NAME, status, body);
        JsonNode pushed = root.has("data") && root.get("data").isObject() ? root.get("data") : root;
        if (pushed.has("track_events") || pushed.has("waybill_number")) {
            return List.of(CarrierJson.bind(YunExpressTracking.NAME, status, pushed, YunExpressResponse.TrackInfo.class));
        }
        List<YunExpressResponse.TrackInfo> infos = new ArrayList<>();
        YunExpressResponse.Envelope envelope = envelope(body, status);
        if (envelope.result() != null) {
            envelope.result().stream().filter(r -> r != null && r.trackInfo() != null)
                    .forEach(r -> infos.add(r.trackInfo()));
        }
        return infos;
    }

    /** The error of a non-2xx answer. */
    static CarrierError error(int status, byte[] body) {
        if (body.length == 0) {
            return CarrierError.NONE;
        }
        JsonNode root = CarrierJson.tree(YunExpressTracking.NAME, status, body);
        JsonNode envelope = root.has("response") ? root.get("response") : root;
        return new CarrierError(envelope.path("code").asText(null), envelope.path("msg").asText(null));
    }

    /** The shipment of one track info; the number asked for names it when the body has none. */
    static Shipment shipment(YunExpressResponse.TrackInfo info, String asked, LaneDefaults defaults) {
        String number = firstText(info.waybillNumber(), info.trackingNumber(), asked);
        if (number == null) {
            throw new CarrierResponseException(YunExpressTracking.NAME, 0, null, "a track info without a number", null);
        }
        ShipmentDraft draft = ShipmentDraft.of(YunExpressTracking.NAME, number)
                .id(info.customerOrderNumber())
                .origin(Countries.orNull(info.originCode()))
                .destination(Countries.orNull(info.destinationCode()));
        if (info.trackEvents() != null) {
            for (YunExpressResponse.Event event : info.trackEvents()) {
                if (event != null) {
                    draft.event(event(event, number));
                }
            }
        }
        return draft.build(defaults);
    }

    /**
     * {@code process_utc_time} is UTC by its name even where it is printed without a zone; it wins
     * over {@code process_time}, the local time of the scan, which is resolved like any offset-less time.
     */
    private static EventDraft event(YunExpressResponse.Event event, String number) {
        EventTime time = EventTime.tryParse(event.processUtcTime())
                .map(t -> EventTime.of(t.withOffsetOrUtc()))
                .or(() -> EventTime.tryParse(event.processTime()))
                .orElse(null);
        String location = Stream.of(event.processLocation(), event.processCity()).filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).findFirst().orElse(null);
        String code = Objects.requireNonNullElse(event.trackNodeCode(), "?");
        String text = firstText(event.processContent(), event.trackNodeDescription());
        return new EventDraft(firstText(event.processUtcTime(), event.processTime()), time,
                YunExpressStatusMap.TABLE.map(event.trackNodeCode(), number), location,
                Countries.orNull(event.processCountry()), text == null ? code : code + ": " + text);
    }

    private static String firstText(String... texts) {
        return Stream.of(texts).filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).findFirst()
                .orElse(null);
    }
}
