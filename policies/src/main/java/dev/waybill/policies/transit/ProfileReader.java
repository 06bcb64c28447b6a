package dev.waybill.policies.transit;

import dev.waybill.delay.Basis;
import dev.waybill.delay.LaneMatch;
import dev.waybill.delay.LossRule;
import dev.waybill.delay.PeakDays;
import dev.waybill.delay.Place;
import dev.waybill.delay.PromiseBand;
import dev.waybill.delay.ServiceLevel;
import dev.waybill.delay.StageTiming;
import dev.waybill.delay.TransitProfile;
import dev.waybill.policies.PolicyNode;
import dev.waybill.policies.internal.At;
import dev.waybill.policies.internal.PolicyJson;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Stage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads transit profiles from the policy format (see the README, "Transit profiles"): bound into the
 * DTO records below, then checked into core's types where each value stands.
 */
final class ProfileReader {

    /** A profiles file: {@code {"about", "expressCarriers", "profiles"}}. */
    record ProfilesFile(String about, List<String> expressCarriers, List<ProfileJson> profiles) {
    }

    /** One profile as written. */
    record ProfileJson(String id, String origin, String destination, Mode mode, Boolean domestic,
            ServiceLevel service, String carrier, Integer pickupAllowanceDays, LossJson loss,
            Map<String, TimingJson> stages, Basis basis, String source, List<BandJson> promiseBands,
            PeakDaysJson peakDays) {
    }

    /** A promise band: the timing of the parcels promised {@code fromDays} to before {@code toDays} after the label. */
    record BandJson(Integer fromDays, Integer toDays, Map<String, TimingJson> stages, String source) {
    }

    /** A lane's learned peak days: {@code {"extraDays", "deliveries", "source"}}. */
    record PeakDaysJson(BigDecimal extraDays, Integer deliveries, String source) {
    }

    /** A profile's loss presumptions. */
    record LossJson(Integer afterSilentDays, Integer afterPromiseDays, Integer afterStartDays, String source) {
    }

    /** A stage's timing in days. */
    record TimingJson(BigDecimal p10, BigDecimal p50, BigDecimal p90, Integer maxSilentDays) {
    }

    /** A read profiles file: its profiles and its express carriers. */
    record Profiles(List<TransitProfile> profiles, List<String> expressCarriers) {
    }

    private ProfileReader() {
    }

    static Profiles read(PolicyNode document) {
        At root = At.of(document);
        ProfilesFile file = PolicyJson.bind(document, ProfilesFile.class);
        List<TransitProfile> profiles = new ArrayList<>();
        At list = root.field("profiles");
        List<ProfileJson> written = list.required(file.profiles());
        for (int i = 0; i < written.size(); i++) {
            profiles.add(profile(list.index(i), written.get(i)));
        }
        List<String> carriers = new ArrayList<>();
        if (file.expressCarriers() != null) {
            At express = root.field("expressCarriers");
            for (int i = 0; i < file.expressCarriers().size(); i++) {
                carriers.add(express.index(i).text(file.expressCarriers().get(i)));
            }
        }
        return new Profiles(profiles, carriers);
    }

    private static TransitProfile profile(At at, ProfileJson json) {
        at.required(json);
        String id = at.field("id").text(json.id());
        Place origin = place(at.field("origin"), json.origin());
        Place destination = place(at.field("destination"), json.destination());
        boolean sameCountry = origin instanceof Place.Country o && destination instanceof Place.Country d
                && o.code().equals(d.code());
        boolean domestic = json.domestic() == null ? sameCountry : json.domestic();
        LaneMatch match = new LaneMatch(origin, destination, at.field("mode").required(json.mode()), domestic,
                json.service(), at.field("carrier").optionalText(json.carrier()));
        At lossAt = at.field("loss");
        LossJson lossJson = lossAt.required(json.loss());
        Map<Stage, StageTiming> stages = stages(at.field("stages"), json.stages());
        LossRule loss = lossAt.build(() -> new LossRule(
                lossAt.field("afterSilentDays").integer(lossJson.afterSilentDays(), 1, 3650),
                lossAt.field("afterPromiseDays").integer(lossJson.afterPromiseDays(), 1, 3650, 0),
                lossAt.field("afterStartDays").integer(lossJson.afterStartDays(), 1, 3650, 0),
                lossAt.field("source").text(lossJson.source())));
        int pickupAllowance = at.field("pickupAllowanceDays").integer(json.pickupAllowanceDays(), 0, 365);
        Basis basis = at.field("basis").required(json.basis());
        PeakDays peakDays = peakDays(at.field("peakDays"), json.peakDays());
        List<PromiseBand> bands = new ArrayList<>();
        if (json.promiseBands() != null) {
            At bandsAt = at.field("promiseBands");
            for (int i = 0; i < json.promiseBands().size(); i++) {
                At bandAt = bandsAt.index(i);
                BandJson band = bandAt.required(json.promiseBands().get(i));
                int from = bandAt.field("fromDays").integer(band.fromDays(), 0, 3650);
                int to = band.toDays() == null ? PromiseBand.UNBOUNDED
                        : bandAt.field("toDays").integer(band.toDays(), 1, 3650);
                Map<Stage, StageTiming> bandStages = stages(bandAt.field("stages"), band.stages());
                String bandSource = bandAt.field("source").text(band.source());
                bands.add(bandAt.build(() -> new PromiseBand(from, to, new TransitProfile(
                        PromiseBand.id(id, from, to), match, bandStages, pickupAllowance, loss, basis, bandSource,
                        List.of(), peakDays))));
            }
        }
        return at.build(() -> new TransitProfile(id, match, stages, pickupAllowance, loss, basis,
                at.field("source").text(json.source()), bands, peakDays));
    }

    /** The learned peak days, or null where the profile has none (the peak calendar's days apply). */
    private static PeakDays peakDays(At at, PeakDaysJson json) {
        if (json == null) {
            return null;
        }
        BigDecimal extraDays = at.field("extraDays").required(json.extraDays());
        if (extraDays.signum() < 0 || extraDays.compareTo(BigDecimal.valueOf(365)) > 0) {
            throw at.field("extraDays").problem("must be between 0 and 365 days, got " + extraDays.toPlainString());
        }
        int deliveries = at.field("deliveries").integer(json.deliveries(), 0, Integer.MAX_VALUE);
        String source = at.field("source").text(json.source());
        return at.build(() -> new PeakDays(extraDays.doubleValue(), deliveries, source));
    }

    private static Map<Stage, StageTiming> stages(At stagesAt, Map<String, TimingJson> written) {
        Map<Stage, StageTiming> stages = new EnumMap<>(Stage.class);
        for (Map.Entry<String, TimingJson> entry : stagesAt.required(written).entrySet()) {
            At stageAt = stagesAt.field(entry.getKey());
            stages.put(stage(stageAt, entry.getKey()), timing(stageAt, entry.getValue()));
        }
        return stages;
    }

    private static Stage stage(At at, String name) {
        for (Stage stage : Stage.values()) {
            if (stage.name().equals(name) && stage.isInTransit()) {
                return stage;
            }
        }
        throw at.problem("not an in-transit stage: " + name);
    }

    private static StageTiming timing(At at, TimingJson json) {
        at.required(json);
        return at.build(() -> StageTiming.of(at.field("p10").required(json.p10()).doubleValue(),
                at.field("p50").required(json.p50()).doubleValue(), at.field("p90").required(json.p90()).doubleValue(),
                at.field("maxSilentDays").integer(json.maxSilentDays(), 1, 3650)));
    }

    static Place place(At at, String text) {
        return at.build(() -> Place.parse(at.text(text)));
    }
}
