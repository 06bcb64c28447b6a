package dev.waybill.policies.transit;

import dev.waybill.delay.Basis;
import dev.waybill.delay.LaneMatch;
import dev.waybill.delay.LossRule;
import dev.waybill.delay.Place;
import dev.waybill.delay.ServiceLevel;
import dev.waybill.delay.StageTiming;
import dev.waybill.delay.TransitProfile;
import dev.waybill.policies.PolicyNode;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Stage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads transit profiles from the policy format (see the README, "Transit profiles"). */
final class ProfileReader {

    private ProfileReader() {
    }

    static List<TransitProfile> profiles(PolicyNode root) {
        root.onlyFields("about", "expressCarriers", "profiles");
        List<TransitProfile> profiles = new ArrayList<>();
        for (PolicyNode node : root.required("profiles").elements()) {
            profiles.add(profile(node));
        }
        return profiles;
    }

    static List<String> expressCarriers(PolicyNode root) {
        List<String> carriers = new ArrayList<>();
        root.optional("expressCarriers").ifPresent(list -> list.elements().forEach(c -> carriers.add(c.text())));
        return carriers;
    }

    private static TransitProfile profile(PolicyNode node) {
        node.onlyFields("id", "origin", "destination", "mode", "domestic", "service", "carrier",
                "pickupAllowanceDays", "loss", "stages", "basis", "source");
        String id = node.required("id").text();
        Place origin = place(node.required("origin"));
        Place destination = place(node.required("destination"));
        boolean sameCountry = origin instanceof Place.Country o && destination instanceof Place.Country d
                && o.code().equals(d.code());
        boolean domestic = node.optional("domestic").map(PolicyNode::bool).orElse(sameCountry);
        LaneMatch match = new LaneMatch(origin, destination, node.required("mode").enumValue(Mode.class), domestic,
                node.optional("service").map(s -> s.enumValue(ServiceLevel.class)).orElse(null),
                node.optional("carrier").map(PolicyNode::text).orElse(null));
        PolicyNode lossNode = node.required("loss").onlyFields("afterSilentDays", "afterPromiseDays",
                "afterStartDays", "source");
        PolicyNode stagesNode = node.required("stages");
        Map<Stage, StageTiming> stages = new EnumMap<>(Stage.class);
        for (Map.Entry<String, PolicyNode> entry : stagesNode.fields()) {
            Stage stage = stage(entry.getValue(), entry.getKey());
            stages.put(stage, timing(entry.getValue()));
        }
        LossRule loss;
        try {
            loss = new LossRule(lossNode.required("afterSilentDays").integer(1, 3650),
                    lossNode.optional("afterPromiseDays").map(n -> n.integer(1, 3650)).orElse(0),
                    lossNode.optional("afterStartDays").map(n -> n.integer(1, 3650)).orElse(0),
                    lossNode.required("source").text());
        } catch (IllegalArgumentException e) {
            throw lossNode.problem(e.getMessage());
        }
        try {
            return new TransitProfile(id, match, stages, node.required("pickupAllowanceDays").integer(0, 365), loss,
                    node.required("basis").enumValue(Basis.class), node.required("source").text());
        } catch (IllegalArgumentException e) {
            throw node.problem(e.getMessage());
        }
    }

    private static Stage stage(PolicyNode node, String name) {
        for (Stage stage : Stage.values()) {
            if (stage.name().equals(name) && stage.isInTransit()) {
                return stage;
            }
        }
        throw node.problem("not an in-transit stage: " + name);
    }

    private static StageTiming timing(PolicyNode node) {
        node.onlyFields("p10", "p50", "p90", "maxSilentDays");
        try {
            return StageTiming.of(node.required("p10").decimal().doubleValue(),
                    node.required("p50").decimal().doubleValue(), node.required("p90").decimal().doubleValue(),
                    node.required("maxSilentDays").integer(1, 3650));
        } catch (IllegalArgumentException e) {
            throw node.problem(e.getMessage());
        }
    }

    static Place place(PolicyNode node) {
        try {
            return Place.parse(node.text());
        } catch (IllegalArgumentException e) {
            throw node.problem(e.getMessage());
        }
    }
}
