package dev.waybill.policies.transit;

import dev.waybill.delay.DateRange;
import dev.waybill.delay.Disruption;
import dev.waybill.delay.DisruptionKind;
import dev.waybill.policies.PolicyNode;
import dev.waybill.shipment.CountryCode;
import java.util.ArrayList;
import java.util.List;

/** Reads registered disruptions (see the README, "Disruptions"). */
final class DisruptionReader {

    private DisruptionReader() {
    }

    static List<Disruption> disruptions(PolicyNode root) {
        PolicyNode list = root.json().isArray() ? root : root.onlyFields("disruptions").required("disruptions");
        List<Disruption> disruptions = new ArrayList<>();
        for (PolicyNode node : list.elements()) {
            disruptions.add(disruption(node));
        }
        return disruptions;
    }

    private static Disruption disruption(PolicyNode node) {
        node.onlyFields("id", "kind", "places", "lane", "from", "to", "stages", "extraDays", "description");
        CountryCode laneOrigin = null;
        CountryCode laneDestination = null;
        if (node.has("lane")) {
            PolicyNode lane = node.required("lane").onlyFields("origin", "destination");
            laneOrigin = lane.required("origin").country();
            laneDestination = lane.required("destination").country();
        }
        if (node.has("lane") == node.has("places")) {
            throw node.problem("give either \"places\" (countries or regions) or \"lane\" {origin, destination}");
        }
        try {
            return new Disruption(node.required("id").text(), node.required("kind").enumValue(DisruptionKind.class),
                    PeakCalendarReader.places(node, "places"), laneOrigin, laneDestination,
                    DateRange.of(node.required("from").date(), node.required("to").date()),
                    PeakCalendarReader.stages(node.required("stages")), node.required("extraDays").integer(0, 365),
                    node.optional("description").map(PolicyNode::text).orElse(null));
        } catch (IllegalArgumentException e) {
            throw node.problem(e.getMessage());
        }
    }
}
