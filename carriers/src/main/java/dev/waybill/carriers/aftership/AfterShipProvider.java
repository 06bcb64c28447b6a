package dev.waybill.carriers.aftership;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierAdapterProvider;
import dev.waybill.carrier.CarrierConfig;
import java.util.List;

/**
 * Builds {@link AfterShipTracking} for {@link dev.waybill.carrier.Carriers#load}. Reads {@code apiKey},
 * {@code baseUrl}, {@code apiVersion}, {@code createMissing}, {@code defaultOrigin},
 * {@code defaultDestination}; all optional.
 */
public final class AfterShipProvider implements CarrierAdapterProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public AfterShipProvider() {
    }

    @Override
    public String name() {
        return AfterShipTracking.NAME;
    }

    @Override
    public List<String> settingNames() {
        return List.of("apiKey", "baseUrl", "apiVersion", "createMissing", "defaultOrigin", "defaultDestination");
    }

    @Override
    public CarrierAdapter create(CarrierConfig config) {
        AfterShipSettings.Builder settings = AfterShipSettings.builder().configure(config);
        config.value("createMissing").map(Boolean::parseBoolean).ifPresent(settings::createMissing);
        return AfterShipTracking.of(settings.build());
    }
}
