package dev.waybill.carrier;

/**
 * Builds a {@link CarrierAdapter} from named settings; the {@link java.util.ServiceLoader} SPI through
 * which {@link Carriers#load(ClassLoader, java.util.function.Function)} finds adapters on the class
 * path. Adapters need keys, so the loader cannot construct them itself: a provider has a no-argument
 * constructor and reads the keys from a {@link CarrierConfig}.
 *
 * <p>Register an implementation in
 * {@code META-INF/services/dev.waybill.carrier.CarrierAdapterProvider}. Implementations are stateless.
 */
public interface CarrierAdapterProvider {

    /** The name of the adapters this provider builds; equals their {@link CarrierAdapter#name()}. */
    String name();

    /** The value names {@link #create(CarrierConfig)} reads ({@code apiKey}, {@code baseUrl}, ...). */
    java.util.List<String> settingNames();

    /**
     * An adapter built from {@code config}. Values that are absent take the adapter's defaults; an
     * adapter without a key can still parse bodies and verify webhooks.
     *
     * @throws IllegalArgumentException naming a value that is present but invalid
     */
    CarrierAdapter create(CarrierConfig config);
}
