package dev.waybill.carriers.cainiao;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierAdapterProvider;
import dev.waybill.carrier.CarrierConfig;
import java.util.List;

/**
 * Builds {@link CainiaoTracking} for {@link dev.waybill.carrier.Carriers#load}. Reads {@code baseUrl},
 * {@code language}, {@code batch}, {@code defaultOrigin}, {@code defaultDestination}; all optional.
 */
public final class CainiaoProvider implements CarrierAdapterProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public CainiaoProvider() {
    }

    @Override
    public String name() {
        return CainiaoTracking.NAME;
    }

    @Override
    public List<String> settingNames() {
        return List.of("baseUrl", "language", "batch", "defaultOrigin", "defaultDestination");
    }

    @Override
    public CarrierAdapter create(CarrierConfig config) {
        return CainiaoTracking.of(CainiaoSettings.builder().configure(config).build());
    }
}
