package dev.waybill.carriers.yanwen;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierAdapterProvider;
import dev.waybill.carrier.CarrierConfig;
import java.util.List;

/**
 * Builds {@link YanwenTracking} for {@link dev.waybill.carrier.Carriers#load}. Reads {@code apiKey} (the
 * tracking token), {@code baseUrl}, {@code batch}, {@code defaultOrigin}, {@code defaultDestination}.
 */
public final class YanwenProvider implements CarrierAdapterProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public YanwenProvider() {
    }

    @Override
    public String name() {
        return YanwenTracking.NAME;
    }

    @Override
    public List<String> settingNames() {
        return List.of("apiKey", "baseUrl", "batch", "defaultOrigin", "defaultDestination");
    }

    @Override
    public CarrierAdapter create(CarrierConfig config) {
        return YanwenTracking.of(YanwenSettings.builder().configure(config).build());
    }
}
