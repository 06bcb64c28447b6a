package dev.waybill.carriers.postnl;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierAdapterProvider;
import dev.waybill.carrier.CarrierConfig;
import java.util.List;

/**
 * Builds {@link PostNlTracking} for {@link dev.waybill.carrier.Carriers#load}. Reads {@code apiKey},
 * {@code baseUrl}, {@code language}, {@code defaultOrigin}, {@code defaultDestination}; all optional.
 */
public final class PostNlProvider implements CarrierAdapterProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public PostNlProvider() {
    }

    @Override
    public String name() {
        return PostNlTracking.NAME;
    }

    @Override
    public List<String> settingNames() {
        return List.of("apiKey", "baseUrl", "language", "defaultOrigin", "defaultDestination");
    }

    @Override
    public CarrierAdapter create(CarrierConfig config) {
        return PostNlTracking.of(PostNlSettings.builder().configure(config).build());
    }
}
