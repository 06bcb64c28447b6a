package dev.waybill.learn;

import dev.waybill.delay.StageTiming;
import dev.waybill.delay.TransitProfile;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
     * @param from      the first pickup date, or null
     * @param to        the last pickup date, or null
     * @param parent    the profile it was shrunk toward
     * @param bundled   the bundled profile of the lane
     * @param stages    per stage of the route
     */
    public record LaneFigures(String id, Lane lane, long delivered, long open, long heldBack, LocalDate from,
                              LocalDate to, String parent, String bundled, Map<Stage, StageFigures> stages) {
        /** Copies the map. */
        public LaneFigures {
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
            if (profile.match().carrier() != null) {
                json.append(", \"carrier\": ").append(quote(profile.match().carrier()));
            }
            json.append(",\n     \"pickupAllowanceDays\": ").append(profile.pickupAllowanceDays())
                    .append(",\n     \"loss\": {\"afterSilentDays\": ").append(profile.loss().afterSilentDays());
            if (profile.loss().afterPromiseDays() > 0) {
                json.append(", \"afterPromiseDays\": ").append(profile.loss().afterPromiseDays());
            }
            if (profile.loss().afterStartDays() > 0) {
                json.append(", \"afterStartDays\": ").append(profile.loss().afterStartDays());
            }
            json.append(", \"source\": ").append(quote(profile.loss().source())).append("},\n     \"stages\": {");
            boolean first = true;
            for (Stage stage : profile.route()) {
                StageTiming timing = profile.timing(stage);
                json.append(first ? "\n" : ",\n").append("       ").append(quote(stage.name()))
                        .append(": {\"p10\": ").append(number(timing.p10())).append(", \"p50\": ")
                        .append(number(timing.p50())).append(", \"p90\": ").append(number(timing.p90()))
                        .append(", \"maxSilentDays\": ").append(timing.maxSilentDays()).append('}');
                first = false;
            }
            json.append("\n     },\n     \"basis\": ").append(quote(profile.basis().name())).append(", \"source\": ")
                    .append(quote(profile.source())).append('}');
        }
        return json.append("\n  ]\n}\n").toString();
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
