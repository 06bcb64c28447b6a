package dev.waybill.carriers.aftership;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierAdapterProvider;
import dev.waybill.carrier.CarrierConfig;
import dev.waybill.shipment.CountryCode;
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
        AfterShipSettings.Builder settings = AfterShipSettings.builder();
        config.value("apiKey").ifPresent(settings::apiKey);
        config.value("baseUrl").ifPresent(settings::baseUrl);
        config.value("apiVersion").ifPresent(settings::apiVersion);
        config.value("createMissing").map(Boolean::parseBoolean).ifPresent(settings::createMissing);
        config.value("defaultOrigin").map(CountryCode::parse).ifPresent(settings::defaultOrigin);
        config.value("defaultDestination").map(CountryCode::parse).ifPresent(settings::defaultDestination);
        return AfterShipTracking.create(settings.build());
    }
}
