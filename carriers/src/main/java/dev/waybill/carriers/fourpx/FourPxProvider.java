package dev.waybill.carriers.fourpx;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierAdapterProvider;
import dev.waybill.carrier.CarrierConfig;
import java.util.List;

/**
 * Builds {@link FourPxTracking} for {@link dev.waybill.carrier.Carriers#load}. Reads {@code baseUrl},
 * {@code language}, {@code batch}, {@code defaultOrigin}, {@code defaultDestination}; all optional.
 */
public final class FourPxProvider implements CarrierAdapterProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public FourPxProvider() {
    }

    @Override
    public String name() {
        return FourPxTracking.NAME;
    }

    @Override
    public List<String> settingNames() {
        return List.of("baseUrl", "language", "batch", "defaultOrigin", "defaultDestination");
    }

    @Override
    public CarrierAdapter create(CarrierConfig config) {
        return FourPxTracking.of(FourPxSettings.builder().configure(config).build());
    }
}
