package dev.waybill.policies.transit;

import dev.waybill.delay.DateRange;
import dev.waybill.delay.Disruption;
import dev.waybill.delay.DisruptionKind;
import dev.waybill.policies.PolicyNode;
import dev.waybill.policies.internal.At;
import dev.waybill.policies.internal.PolicyJson;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads registered disruptions (see the README, "Disruptions"): {@code {"disruptions": [...]}} or a
 * bare array, bound into the DTO records below and checked into core's {@link Disruption}.
 */
final class DisruptionReader {

    /** A disruptions file as an object. */
    record DisruptionsFile(List<DisruptionJson> disruptions) {
    }

    /** One disruption as written: {@code places} or a {@code lane}, not both. */
    record DisruptionJson(String id, DisruptionKind kind, List<String> places, LaneJson lane, String from, String to,
            List<Stage> stages, Integer extraDays, String description) {
    }

    /** The one lane a disruption applies to. */
    record LaneJson(String origin, String destination) {
    }

    private DisruptionReader() {
    }

    static List<Disruption> disruptions(PolicyNode document) {
        At root = At.of(document);
        At list;
        List<DisruptionJson> written;
        if (document.json().isArray()) {
            list = root;
            written = List.of(PolicyJson.bind(root, document.json(), DisruptionJson[].class));
        } else {
            list = root.field("disruptions");
            written = list.required(PolicyJson.bind(document, DisruptionsFile.class).disruptions());
        }
        List<Disruption> disruptions = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            disruptions.add(disruption(list.index(i), written.get(i)));
        }
        return disruptions;
    }

    private static Disruption disruption(At at, DisruptionJson json) {
        at.required(json);
        CountryCode laneOrigin = null;
        CountryCode laneDestination = null;
        if (json.lane() != null) {
            At lane = at.field("lane");
            laneOrigin = lane.field("origin").country(json.lane().origin());
            laneDestination = lane.field("destination").country(json.lane().destination());
        }
        if ((json.lane() != null) == (json.places() != null)) {
            throw at.problem("give either \"places\" (countries or regions) or \"lane\" {origin, destination}");
        }
        CountryCode origin = laneOrigin;
        CountryCode destination = laneDestination;
        return at.build(() -> new Disruption(at.field("id").text(json.id()), at.field("kind").required(json.kind()),
                PeakCalendarReader.places(at.field("places"), json.places()), origin, destination,
                DateRange.of(at.field("from").date(json.from()), at.field("to").date(json.to())),
                PeakCalendarReader.stages(at.field("stages"), json.stages()),
                at.field("extraDays").integer(json.extraDays(), 0, 365),
                at.field("description").optionalText(json.description())));
    }
}
