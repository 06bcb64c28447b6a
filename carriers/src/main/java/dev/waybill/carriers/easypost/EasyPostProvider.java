package dev.waybill.carriers.easypost;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierAdapterProvider;
import dev.waybill.carrier.CarrierConfig;
import java.util.List;

/**
 * Builds {@link EasyPostTracking} for {@link dev.waybill.carrier.Carriers#load}. Reads {@code apiKey},
 * {@code baseUrl}, {@code apiVersion}, {@code defaultOrigin},
 * {@code defaultDestination}; all optional.
 */
public final class EasyPostProvider implements CarrierAdapterProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public EasyPostProvider() {
    }

    @Override
    public String name() {
        return EasyPostTracking.NAME;
    }

    @Override
    public List<String> settingNames() {
        return List.of("apiKey", "baseUrl", "apiVersion", "defaultOrigin", "defaultDestination");
    }

    @Override
    public CarrierAdapter create(CarrierConfig config) {
        return EasyPostTracking.of(EasyPostSettings.builder().configure(config).build());
    }
}
