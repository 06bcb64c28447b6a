package dev.waybill.carrier;

import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.Shipment;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The carrier adapters a shop uses, by name: registered by hand ({@link #of(CarrierAdapter...)},
 * {@link #plus(CarrierAdapter)}) or found on the class path ({@link #load(ClassLoader, Function)}).
 *
 * <p>Immutable and thread-safe; {@link #track(String, List)} is the one call that does I/O, through
 * the adapter.
 *
 * <pre>{@code
 * Carriers carriers = Carriers.of(DhlTracking.of(dhlSettings), SeventeenTrackTracking.of(settings));
 * List<TrackingResult> results = carriers.track("dhl", List.of("JD014600006281230704"));
 * }</pre>
 */
public final class Carriers {

    private static final Carriers NONE = new Carriers(new TreeMap<>());

    private final Map<String, CarrierAdapter> byName;

    private Carriers(TreeMap<String, CarrierAdapter> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** No adapters. */
    public static Carriers none() {
        return NONE;
    }

    /**
     * These adapters.
     *
     * @throws IllegalArgumentException if two share a name
     */
    public static Carriers of(CarrierAdapter... adapters) {
        return of(List.of(adapters));
    }

    /**
     * These adapters.
     *
     * @throws IllegalArgumentException if two share a name
     */
    public static Carriers of(Collection<? extends CarrierAdapter> adapters) {
        TreeMap<String, CarrierAdapter> byName = new TreeMap<>();
        for (CarrierAdapter adapter : adapters) {
            CarrierAdapter previous = byName.put(key(adapter.name()), adapter);
            if (previous != null) {
                throw new IllegalArgumentException("two adapters are named '" + adapter.name() + "'");
            }
        }
        return new Carriers(byName);
    }

    /**
     * One adapter from every {@link CarrierAdapterProvider} that {@link ServiceLoader} finds through
     * {@code loader}, each built from the config {@code configs} gives for its name. Where two
     * providers share a name the first found wins.
     *
     * <pre>{@code
     * Carriers carriers = Carriers.load(Carriers.class.getClassLoader(),
     *         name -> CarrierConfig.fromEnvironment(name, System.getenv()));
     * }</pre>
     */
    public static Carriers load(ClassLoader loader, Function<String, CarrierConfig> configs) {
        Objects.requireNonNull(configs, "configs");
        TreeMap<String, CarrierAdapter> byName = new TreeMap<>();
        for (CarrierAdapterProvider provider : ServiceLoader.load(CarrierAdapterProvider.class, loader)) {
            byName.computeIfAbsent(key(provider.name()), name -> provider.create(configs.apply(provider.name())));
        }
        return new Carriers(byName);
    }

    /** These adapters plus {@code adapter}, which replaces any adapter of the same name. This instance is unchanged. */
    public Carriers plus(CarrierAdapter adapter) {
        TreeMap<String, CarrierAdapter> byName = new TreeMap<>(this.byName);
        byName.put(key(adapter.name()), adapter);
        return new Carriers(byName);
    }

    /** The adapter called {@code name} (case-insensitive), if registered. */
    public Optional<CarrierAdapter> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /**
     * The adapter called {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the registered adapters when there is none of that name
     */
    public CarrierAdapter get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "no carrier adapter named '" + name + "'; known: " + String.join(", ", names())));
    }

    /** The names of the registered adapters, sorted. */
    public Set<String> names() {
        return new java.util.TreeSet<>(byName.keySet());
    }

    /**
     * Tracks {@code trackingNumbers} with the adapter called {@code carrier}; one result per number.
     *
     * @throws IllegalArgumentException if no adapter has that name
     */
    public List<TrackingResult> track(String carrier, List<String> trackingNumbers) {
        return get(carrier).track(trackingNumbers);
    }

    /**
     * Tracks the next leg of a shipment the lane's carrier handed over ({@link Shipment#handOver()}):
     * the hand-over's number with the adapter named as its carrier; empty when the shipment was not
     * handed over, the next carrier is not named, or no adapter here has its name. A
     * {@link TrackingResult.Found} answer joins the journey through {@link Shipment#joinedWith(Shipment)}.
     *
     * <pre>{@code
     * Shipment journey = carriers.trackHandOver(shipment)
     *         .filter(TrackingResult.Found.class::isInstance)
     *         .map(found -> shipment.joinedWith(((TrackingResult.Found) found).shipment()))
     *         .orElse(shipment);
     * }</pre>
     */
    public Optional<TrackingResult> trackHandOver(Shipment shipment) {
        HandOver handOver = Objects.requireNonNull(shipment, "shipment").handOver().orElse(null);
        if (handOver == null || handOver.carrier().isEmpty()) {
            return Optional.empty();
        }
        return find(handOver.carrier().get()).map(adapter -> adapter.track(handOver.trackingNumber()));
    }

    private static String key(String name) {
        return Objects.requireNonNull(name, "name").strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Carriers" + names();
    }
}
