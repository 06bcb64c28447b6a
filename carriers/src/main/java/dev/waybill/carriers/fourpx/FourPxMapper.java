package dev.waybill.carriers.fourpx;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carriers.mapping.BodyReader;
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
import java.util.Optional;

/**
 * 4PX bodies to shipments: one per {@code data} entry with tracks, a {@code NOT_FOUND} problem for a
 * pending entry (no tracks, no {@code serverCode}), an {@code API_ERROR} for a {@code result} other
 * than 1.
 */
final class FourPxMapper {

    private static final BodyReader<FourPxResponse.Root> ROOT = BodyReader.of(FourPxTracking.NAME,
            FourPxResponse.Root.class);

    private FourPxMapper() {
    }

    /** Everything a body holds. */
    static ParsedBody read(byte[] body, int status, LaneDefaults defaults) {
        FourPxResponse.Root root = ROOT.read(status, body);
        if (root == null || root.result() == null) {
            throw new CarrierResponseException(FourPxTracking.NAME, status, null,
                    "not a 4PX tracking answer (no 'result')", null);
        }
        if (root.result() != 1) {
            return ParsedBody.of(ParsedBody.Problem.of(ParsedBody.Problem.Kind.API_ERROR, null,
                    String.valueOf(root.result()), root.message() == null ? "4PX answered result " + root.result()
                            : root.message()));
        }
        List<Shipment> shipments = new ArrayList<>();
        List<ParsedBody.Problem> problems = new ArrayList<>();
        for (FourPxResponse.Parcel parcel : root.data() == null ? List.<FourPxResponse.Parcel>of() : root.data()) {
            if (parcel == null || blank(parcel.queryCode())) {
                continue;
            }
            if (parcel.tracks() == null || parcel.tracks().isEmpty()) {
                problems.add(ParsedBody.Problem.of(ParsedBody.Problem.Kind.NOT_FOUND, parcel.queryCode().strip(), null,
                        "4PX has no tracks for this number yet"));
            } else {
                shipments.add(shipment(parcel, defaults));
            }
        }
        return shipments.isEmpty() && problems.isEmpty() ? ParsedBody.of(List.of())
                : new ParsedBody(shipments, problems);
    }

    private static Shipment shipment(FourPxResponse.Parcel parcel, LaneDefaults defaults) {
        String number = parcel.queryCode().strip();
        ShipmentDraft draft = ShipmentDraft.of(FourPxTracking.NAME, number)
                .origin(Countries.orNull(parcel.ctStartCode()))
                .destination(Countries.orNull(parcel.ctEndCode()));
        if (!blank(parcel.serverCode()) && !parcel.serverCode().strip().equalsIgnoreCase(number)) {
            draft.handOver(new HandOver(Optional.empty(), parcel.serverCode(), Optional.empty()));
        }
        for (FourPxResponse.Track track : parcel.tracks()) {
            if (track == null) {
                continue;
            }
            String code = blank(track.tkCode()) ? "?" : track.tkCode().strip();
            EventTime time = time(track);
            draft.event(new EventDraft(track.tkDate(), time, FourPxStatusMap.EVENTS.map(code, number),
                    blank(track.tkLocation()) ? null : track.tkLocation().strip(), null,
                    code + (blank(track.tkDesc()) ? "" : ": " + track.tkDesc().strip())).withText(track.tkDesc()));
        }
        return draft.build(defaults);
    }

    /** {@code tkDate} (an instant with an offset) at the local offset of {@code tkTimezone}, where that reads. */
    static EventTime time(FourPxResponse.Track track) {
        EventTime sent = EventTime.tryParse(track.tkDate()).orElse(null);
        ZoneOffset local = EventTime.offsetOf(track.tkTimezone());
        if (sent == null || !sent.hasOffset() || local == null) {
            return sent;
        }
        return sent.at(local);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
