package dev.waybill.carriers.usps;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierAdapterProvider;
import dev.waybill.carrier.CarrierConfig;
import java.util.List;

/**
 * Builds {@link UspsTracking} for {@link dev.waybill.carrier.Carriers#load}. Reads {@code clientId},
 * {@code clientSecret}, {@code baseUrl}, {@code defaultOrigin}, {@code defaultDestination}; all optional.
 */
public final class UspsProvider implements CarrierAdapterProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public UspsProvider() {
    }

    @Override
    public String name() {
        return UspsTracking.NAME;
    }

    @Override
    public List<String> settingNames() {
        return List.of("clientId", "clientSecret", "baseUrl", "defaultOrigin", "defaultDestination");
    }

    @Override
    public CarrierAdapter create(CarrierConfig config) {
        return UspsTracking.of(UspsSettings.builder().configure(config).build());
    }
}
