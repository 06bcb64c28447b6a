package dev.waybill.delay;

import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The set of transit profiles Waybill judges lanes against, and the lookup that picks the most
 * specific one for a lane: a carrier's own profile, then the country pair, then region pairs,
 * then the global fallback of the mode. A fallback for every mode, domestic and international,
 * is required, so every lane gets a profile. Among equally specific profiles the one added last
 * wins, so a shop's profiles beat the defaults.
 *
 * <p>Immutable and thread-safe.
 */
public final class TransitProfiles {

    private final List<TransitProfile> profiles;
    private final Set<String> expressCarriers;
    /** The profiles by {@link #bucket(Mode, boolean)}, each in priority order: the only ones a lane can match. */
    private final List<List<TransitProfile>> byModeAndScope;
    /** Lanes already looked up: a shop's lanes are few and repeat for every parcel. */
    private final Map<Lane, TransitProfile> chosen = new ConcurrentHashMap<>();
    private static final int CHOSEN_LANES = 10_000;

    private TransitProfiles(List<TransitProfile> profiles, Set<String> expressCarriers) {
        this.profiles = profiles;
        this.expressCarriers = expressCarriers;
        List<List<TransitProfile>> buckets = new ArrayList<>();
        for (int i = 0; i < Mode.values().length * 2; i++) {
            buckets.add(new ArrayList<>());
        }
        for (TransitProfile profile : profiles) {
            buckets.get(bucket(profile.match().mode(), profile.match().domestic())).add(profile);
        }
        this.byModeAndScope = buckets.stream().map(List::copyOf).toList();
    }

    private static int bucket(Mode mode, boolean domestic) {
        return mode.ordinal() * 2 + (domestic ? 1 : 0);
    }

    /**
     * The profiles, in priority order for ties (later wins), and the carrier codes that count as
     * {@link ServiceLevel#EXPRESS} (every other carrier is {@link ServiceLevel#POSTAL}).
     *
     * @throws IllegalArgumentException on duplicate ids or a missing global fallback
     */
    public static TransitProfiles of(Collection<TransitProfile> profiles, Collection<String> expressCarriers) {
        Map<String, TransitProfile> byId = new LinkedHashMap<>();
        for (TransitProfile profile : profiles) {
            if (byId.put(profile.id(), profile) != null) {
                throw new IllegalArgumentException("duplicate transit profile id " + profile.id());
            }
        }
        Set<String> express = new TreeSet<>();
        for (String carrier : expressCarriers) {
            express.add(carrier.strip().toLowerCase(Locale.ROOT));
        }
        List<TransitProfile> list = List.copyOf(byId.values());
        requireFallbacks(list);
        return new TransitProfiles(list, Set.copyOf(express));
    }

    private static void requireFallbacks(List<TransitProfile> profiles) {
        for (Mode mode : Mode.values()) {
            for (boolean domestic : new boolean[] {true, false}) {
                boolean found = profiles.stream().map(TransitProfile::match).anyMatch(m -> m.mode() == mode
                        && m.domestic() == domestic && m.origin() == Place.ANY && m.destination() == Place.ANY
                        && m.service().isEmpty() && m.carrier().isEmpty());
                if (!found) {
                    throw new IllegalArgumentException("no fallback profile for " + mode
                            + (domestic ? " domestic" : " international") + " lanes (origin and destination *)");
                }
            }
        }
    }

    /**
     * These profiles with {@code overrides} applied: a profile with an existing id replaces it, any
     * other is added and wins ties against the existing ones.
     */
    public TransitProfiles withOverrides(Collection<TransitProfile> overrides) {
        Map<String, TransitProfile> byId = new LinkedHashMap<>();
        for (TransitProfile profile : profiles) {
            byId.put(profile.id(), profile);
        }
        List<TransitProfile> added = new ArrayList<>();
        for (TransitProfile profile : overrides) {
            if (byId.containsKey(profile.id())) {
                byId.put(profile.id(), profile);
            } else {
                added.add(profile);
            }
        }
        List<TransitProfile> merged = new ArrayList<>(byId.values());
        merged.addAll(added);
        return of(merged, expressCarriers);
    }

    /** The service level of {@code lane}: express when its carrier is an express carrier. */
    public ServiceLevel serviceLevel(Lane lane) {
        return lane.carrier().filter(expressCarriers::contains).isPresent()
                ? ServiceLevel.EXPRESS : ServiceLevel.POSTAL;
    }

    /** The most specific profile for {@code lane}. */
    public TransitProfile profileFor(Lane lane) {
        TransitProfile known = chosen.get(lane);
        if (known != null) {
            return known;
        }
        TransitProfile best = lookUp(lane);
        if (chosen.size() < CHOSEN_LANES) {
            chosen.put(lane, best);
        }
        return best;
    }

    private TransitProfile lookUp(Lane lane) {
        ServiceLevel level = serviceLevel(lane);
        TransitProfile best = null;
        for (TransitProfile profile : byModeAndScope.get(bucket(lane.mode(), lane.isDomestic()))) {
            if (profile.match().matches(lane, level)
                    && (best == null || profile.match().specificity() >= best.match().specificity())) {
                best = profile;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no transit profile for " + lane);
        }
        return best;
    }

    /** Every profile, in priority order. */
    public List<TransitProfile> profiles() {
        return profiles;
    }

    /** The carrier codes treated as express. */
    public Set<String> expressCarriers() {
        return expressCarriers;
    }
}
