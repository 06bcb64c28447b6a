package dev.waybill.learn;

import dev.waybill.delay.PromiseBand;
import dev.waybill.delay.StageTiming;
import dev.waybill.delay.TransitProfile;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link TransitLearner} learned: the profiles, ready to add to the bundled ones
 * ({@code TransitProfiles.withOverrides}) or to write as a {@code --profiles} file, and the figures
 * behind each (counts, period, raw quantiles, the calibration's widening).
 *
 * <p>Immutable and thread-safe.
 *
 * @param profiles the learned profiles: per country pair and mode, then per carrier lane
 * @param lanes    the figures behind each profile, in the same order
 * @param dropped  records dropped as contradictory, by the contradiction
 * @param coverage the coverage the windows were calibrated to
 */
public record LearnedProfiles(List<TransitProfile> profiles, List<LaneFigures> lanes, Map<String, Long> dropped,
                              double coverage) {

    /** Copies the lists. */
    public LearnedProfiles {
        profiles = List.copyOf(profiles);
        lanes = List.copyOf(lanes);
        dropped = Map.copyOf(dropped);
    }

    /** How many records were dropped as contradictory. */
    public long droppedCount() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The figures behind one learned profile.
     *
     * @param id        the profile's id
     * @param lane      its lane (carrier null for a country pair over all carriers)
     * @param delivered deliveries learned from
     * @param open      parcels still on their way when the history ended (censored)
     * @param heldBack  deliveries held back for calibration
     * @param peakDelivered deliveries whose transit touched a peak season: learned apart, in none of the above
     * @param peakOpen  parcels on their way whose transit touched a peak season: learned apart likewise
     * @param from      the first pickup date; empty when no shipment of the lane was picked up
     * @param to        the last pickup date; empty when no shipment of the lane was picked up
     * @param parent    the profile it was shrunk toward
     * @param bundled   the bundled profile of the lane
     * @param stages    per stage of the route
     * @param bands     per promise band, in ascending order; empty when the lane has none
     */
    public record LaneFigures(String id, Lane lane, long delivered, long open, long heldBack, long peakDelivered,
                              long peakOpen, Optional<LocalDate> from,
                              Optional<LocalDate> to, String parent, String bundled, Map<Stage, StageFigures> stages,
                              List<BandFigures> bands) {
        /** Copies the map and the list. */
        public LaneFigures {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            stages = Map.copyOf(stages);
            bands = List.copyOf(bands);
        }

        /** The same, the pickup dates given as plain values, null for none. */
        public LaneFigures(String id, Lane lane, long delivered, long open, long heldBack, long peakDelivered,
                           long peakOpen, LocalDate from, LocalDate to, String parent, String bundled,
                           Map<Stage, StageFigures> stages, List<BandFigures> bands) {
            this(id, lane, delivered, open, heldBack, peakDelivered, peakOpen, Optional.ofNullable(from),
                    Optional.ofNullable(to), parent, bundled, stages, bands);
        }
    }

    /**
     * The figures behind one promise band of a lane.
     *
     * @param id         the band's id
     * @param fromDays   its shortest promised lead
     * @param toDays     the first promised lead past it ({@code PromiseBand.UNBOUNDED}: none)
     * @param deliveries the deliveries with a promised lead in it
     * @param stages     per stage of the route, before shrinkage toward the lane
     */
    public record BandFigures(String id, int fromDays, int toDays, long deliveries, Map<Stage, StageFigures> stages) {
        /** Copies the map. */
        public BandFigures {
            stages = Map.copyOf(stages);
        }
    }

    /**
     * One stage's raw figures, before shrinkage.
     *
     * @param completed completed visits learned from
     * @param open      censored visits
     * @param heldBack  held-back visits
     * @param count     the visits behind the figures (completed and censored): the shrinkage's n
     * @param low       the raw lower quantile of the window, NaN when unknown
     * @param median    the raw median
     * @param high      the raw upper quantile
     * @param widening  days the calibration added on each side (negative: narrowed)
     */
    public record StageFigures(long completed, long open, long heldBack, double count, double low, double median,
                               double high, double widening) {
    }

    /** The profiles in the {@code --profiles} file format (see the README, "Transit profiles"). */
    public String toJson() {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"about\": ").append(quote("learned by waybill learn at coverage " + coverage
                + "; " + droppedCount() + " contradictory records dropped")).append(",\n  \"profiles\": [");
        for (int i = 0; i < profiles.size(); i++) {
            TransitProfile profile = profiles.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(quote(profile.id()))
                    .append(", \"origin\": ").append(quote(profile.match().origin().toString()))
                    .append(", \"destination\": ").append(quote(profile.match().destination().toString()))
                    .append(", \"mode\": ").append(quote(profile.match().mode().name()));
            profile.match().carrier().ifPresent(carrier -> json.append(", \"carrier\": ").append(quote(carrier)));
            json.append(",\n     \"pickupAllowanceDays\": ").append(profile.pickupAllowanceDays())
                    .append(",\n     \"loss\": {\"afterSilentDays\": ").append(profile.loss().afterSilentDays());
            if (profile.loss().afterPromiseDays() > 0) {
                json.append(", \"afterPromiseDays\": ").append(profile.loss().afterPromiseDays());
            }
            if (profile.loss().afterStartDays() > 0) {
                json.append(", \"afterStartDays\": ").append(profile.loss().afterStartDays());
            }
            json.append(", \"source\": ").append(quote(profile.loss().source())).append("},\n     \"stages\": ");
            stages(json, profile, "       ");
            if (!profile.promiseBands().isEmpty()) {
                json.append(",\n     \"promiseBands\": [");
                for (int b = 0; b < profile.promiseBands().size(); b++) {
                    PromiseBand band = profile.promiseBands().get(b);
                    json.append(b == 0 ? "\n" : ",\n").append("       {\"fromDays\": ").append(band.fromDays());
                    if (band.toDays() != PromiseBand.UNBOUNDED) {
                        json.append(", \"toDays\": ").append(band.toDays());
                    }
                    json.append(", \"stages\": ");
                    stages(json, band.profile(), "         ");
                    json.append(",\n        \"source\": ").append(quote(band.profile().source())).append('}');
                }
                json.append("\n     ]");
            }
            profile.peakDays().ifPresent(peak -> json.append(",\n     \"peakDays\": {\"extraDays\": ")
                    .append(number(peak.extraDays())).append(", \"deliveries\": ").append(peak.deliveries())
                    .append(", \"source\": ").append(quote(peak.source())).append('}'));
            json.append(",\n     \"basis\": ").append(quote(profile.basis().name())).append(", \"source\": ")
                    .append(quote(profile.source())).append('}');
        }
        return json.append("\n  ]\n}\n").toString();
    }

    private static void stages(StringBuilder json, TransitProfile profile, String indent) {
        json.append('{');
        boolean first = true;
        for (Stage stage : profile.route()) {
            StageTiming timing = profile.timing(stage);
            json.append(first ? "\n" : ",\n").append(indent).append(quote(stage.name()))
                    .append(": {\"p10\": ").append(number(timing.p10())).append(", \"p50\": ")
                    .append(number(timing.p50())).append(", \"p90\": ").append(number(timing.p90()))
                    .append(", \"maxSilentDays\": ").append(timing.maxSilentDays()).append('}');
            first = false;
        }
        json.append('\n').append(indent, 0, indent.length() - 2).append('}');
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
