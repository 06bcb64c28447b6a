package dev.waybill.carriers.yanwen;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carriers.mapping.CarrierNames;
import dev.waybill.carriers.mapping.Countries;
import dev.waybill.carriers.mapping.EventDraft;
import dev.waybill.carriers.mapping.EventTime;
import dev.waybill.carriers.mapping.LaneDefaults;
import dev.waybill.carriers.mapping.ShipmentDraft;
import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.Shipment;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Yanwen bodies to shipments: one per {@code result} entry, a {@code NOT_FOUND} problem for an entry whose
 * {@code tracking_status} is {@code NOTFOUND} or that has neither status nor checkpoints, an
 * {@code API_ERROR} for a {@code code} other than 0.
 */
final class YanwenMapper {

    private static final String NOT_FOUND = "NOTFOUND";
    /** What a carrier slug leaves out of {@code last_mile_carrier} once lower-cased. */

    private YanwenMapper() {
    }

    /** Everything a body holds. */
    static ParsedBody read(byte[] body, int status, LaneDefaults defaults) {
        YanwenResponse.Root root = YanwenReader.read(status, body);
        if (root == null || root.code() == null) {
            throw new CarrierResponseException(YanwenTracking.NAME, status, null,
                    "not a Yanwen tracking answer (no 'code')", null);
        }
        if (root.code() != 0) {
            return ParsedBody.of(ParsedBody.Problem.of(ParsedBody.Problem.Kind.API_ERROR, null,
                    String.valueOf(root.code()), blank(root.message()) ? "Yanwen answered code " + root.code()
                            : root.message()));
        }
        List<YanwenResponse.Parcel> parcels = root.result() == null ? List.of() : root.result();
        List<Shipment> shipments = new ArrayList<>(parcels.size());
        List<ParsedBody.Problem> problems = new ArrayList<>(0);
        for (YanwenResponse.Parcel parcel : parcels) {
            if (parcel == null || blank(parcel.trackingNumber())) {
                continue;
            }
            boolean noEvents = parcel.checkpoints() == null || parcel.checkpoints().isEmpty();
            String code = blank(parcel.trackingStatus()) ? null : parcel.trackingStatus().strip();
            if (NOT_FOUND.equalsIgnoreCase(code) || (noEvents && code == null)) {
                problems.add(ParsedBody.Problem.of(ParsedBody.Problem.Kind.NOT_FOUND, parcel.trackingNumber().strip(),
                        code, "Yanwen does not know this number"));
            } else {
                shipments.add(shipment(parcel, code, defaults));
            }
        }
        return shipments.isEmpty() && problems.isEmpty() ? ParsedBody.of(List.of())
                : new ParsedBody(shipments, problems);
    }

    private static Shipment shipment(YanwenResponse.Parcel parcel, String code, LaneDefaults defaults) {
        String number = parcel.trackingNumber().strip();
        ShipmentDraft draft = ShipmentDraft.of(YanwenTracking.NAME, number)
                .origin(Countries.orNull(parcel.originCountry()))
                .destination(Countries.orNull(parcel.destinationCountry()))
                .handOver(handOver(parcel));
        List<YanwenResponse.Checkpoint> checkpoints = parcel.checkpoints() == null ? List.of() : parcel.checkpoints();
        EventTime latest = null;
        boolean any = false;
        for (YanwenResponse.Checkpoint checkpoint : checkpoints) {
            if (checkpoint == null) {
                continue;
            }
            EventTime time = time(checkpoint);
            String event = blank(checkpoint.trackingStatus()) ? "?" : checkpoint.trackingStatus().strip();
            draft.event(new EventDraft(checkpoint.timeStamp(), time, YanwenStatusMap.EVENTS.map(event, number),
                    blank(checkpoint.location()) ? null : checkpoint.location().strip(), null,
                    event + (blank(checkpoint.message()) ? "" : ": " + checkpoint.message().strip()),
                    checkpoint.message(), null));
            if (!any || later(time, latest)) {
                latest = time;
                any = true;
            }
        }
        if (code != null) {
            draft.statusAt(YanwenStatusMap.EVENTS.map(code, number), latest, "Yanwen tracking_status '" + code + "'");
        }
        return draft.build(defaults);
    }

    /**
     * The last-mile leg: {@code exchange_number} when it is not the number asked, the carrier from
     * {@code last_mile_carrier} (lower case without spaces or punctuation, so {@code DHL} is the
     * {@code dhl} adapter); null when Yanwen names no other number.
     */
    static HandOver handOver(YanwenResponse.Parcel parcel) {
        if (blank(parcel.exchangeNumber()) || parcel.exchangeNumber().strip().equalsIgnoreCase(parcel.trackingNumber().strip())) {
            return null;
        }
        return new HandOver(CarrierNames.adapterName(parcel.lastMileCarrier()), parcel.exchangeNumber().strip(), null);
    }

    /** {@code time_stamp} (local) at the offset of {@code time_zone} ({@code +8}, {@code +08}); local alone when that does not read. */
    static EventTime time(YanwenResponse.Checkpoint checkpoint) {
        EventTime local = EventTime.tryParse(checkpoint.timeStamp()).orElse(null);
        ZoneOffset offset = EventTime.offsetOf(checkpoint.timeZone());
        if (local == null || local.hasOffset() || offset == null) {
            return local;
        }
        return local.at(offset);
    }

    /** True when {@code ta} has an offset and is after {@code tb}, or {@code tb} has none. */
    private static boolean later(EventTime ta, EventTime tb) {
        return ta != null && ta.hasOffset() && (tb == null || !tb.hasOffset()
                || ta.withOffsetOrUtc().isAfter(tb.withOffsetOrUtc()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
