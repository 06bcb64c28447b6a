package dev.waybill.carriers.fedex;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierAdapterProvider;
import dev.waybill.carrier.CarrierConfig;
import java.util.List;

/**
 * Builds {@link FedexTracking} for {@link dev.waybill.carrier.Carriers#load}. Reads {@code clientId},
 * {@code clientSecret}, {@code baseUrl}, {@code locale}, {@code defaultOrigin},
 * {@code defaultDestination}; all optional.
 */
public final class FedexProvider implements CarrierAdapterProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public FedexProvider() {
    }

    @Override
    public String name() {
        return FedexTracking.NAME;
    }

    @Override
    public List<String> settingNames() {
        return List.of("clientId", "clientSecret", "baseUrl", "locale", "defaultOrigin", "defaultDestination");
    }

    @Override
    public CarrierAdapter create(CarrierConfig config) {
        return FedexTracking.of(FedexSettings.builder().configure(config).build());
    }
}
