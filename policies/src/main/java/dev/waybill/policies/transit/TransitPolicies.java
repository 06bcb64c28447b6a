package dev.waybill.policies.transit;

import dev.waybill.delay.Disruption;
import dev.waybill.delay.PeakCalendar;
import dev.waybill.delay.TransitProfiles;
import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.PolicyNode;
import dev.waybill.policies.internal.At;
import java.nio.file.Path;
import java.util.List;

/**
 * Waybill's default transit data and the readers for a shop's own: transit profiles
 * ({@code transit-profiles.json}), the peak calendar ({@code peak-calendar.json}) and registered
 * disruptions. Every reader validates and fails with a {@link PolicyFileException} naming the file,
 * the JSON path and the problem.
 *
 * <pre>{@code
 * TransitProfiles profiles = TransitPolicies.withProfiles(TransitPolicies.defaultProfiles(), Path.of("my-lanes.json"));
 * }</pre>
 */
public final class TransitPolicies {

    private static final String PROFILES_FILE = "transit-profiles.json";
    private static final String PEAKS_FILE = "peak-calendar.json";

    private TransitPolicies() {
    }

    /** The bundled default profiles: the main lanes from China, region fallbacks and global fallbacks. */
    public static TransitProfiles defaultProfiles() {
        return Defaults.PROFILES;
    }

    /** The bundled peak calendar. */
    public static PeakCalendar defaultPeakCalendar() {
        return Defaults.PEAKS;
    }

    /**
     * {@code base} with the profiles of a shop's file: same id replaces, new ids are added and win
     * ties; the file's {@code expressCarriers}, if any, are added to the express set.
     *
     * @throws PolicyFileException if the file is unreadable or invalid
     */
    public static TransitProfiles withProfiles(TransitProfiles base, Path file) {
        PolicyNode root = PolicyNode.fromFile(file);
        ProfileReader.Profiles read = ProfileReader.read(root);
        TransitProfiles merged = At.of(root).field("profiles").build(() -> base.withOverrides(read.profiles()));
        List<String> express = read.expressCarriers();
        if (express.isEmpty()) {
            return merged;
        }
        List<String> all = new java.util.ArrayList<>(merged.expressCarriers());
        all.addAll(express);
        return TransitProfiles.of(merged.profiles(), all);
    }

    /**
     * A peak calendar read from a shop's file, in the format of the bundled one.
     *
     * @throws PolicyFileException if the file is unreadable or invalid
     */
    public static PeakCalendar readPeakCalendar(Path file) {
        return PeakCalendar.of(PeakCalendarReader.seasons(PolicyNode.fromFile(file)));
    }

    /**
     * The disruptions registered in a shop's file: {@code {"disruptions": [...]}} or a bare array.
     *
     * @throws PolicyFileException if the file is unreadable or invalid
     */
    public static List<Disruption> readDisruptions(Path file) {
        return DisruptionReader.disruptions(PolicyNode.fromFile(file));
    }

    /** The bundled data, read once on first use. */
    private static final class Defaults {
        static final TransitProfiles PROFILES = loadProfiles();
        static final PeakCalendar PEAKS = PeakCalendar.of(
                PeakCalendarReader.seasons(PolicyNode.fromResource(TransitPolicies.class, PEAKS_FILE)));

        private static TransitProfiles loadProfiles() {
            PolicyNode root = PolicyNode.fromResource(TransitPolicies.class, PROFILES_FILE);
            ProfileReader.Profiles read = ProfileReader.read(root);
            return At.of(root).build(() -> TransitProfiles.of(read.profiles(), read.expressCarriers()));
        }
    }
}
