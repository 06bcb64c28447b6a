package dev.waybill.carriers.easypost;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierAdapterProvider;
import dev.waybill.carrier.CarrierConfig;
import dev.waybill.shipment.CountryCode;
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
        EasyPostSettings.Builder settings = EasyPostSettings.builder();
        config.value("apiKey").ifPresent(settings::apiKey);
        config.value("baseUrl").ifPresent(settings::baseUrl);
        config.value("apiVersion").ifPresent(settings::apiVersion);
        config.value("defaultOrigin").map(CountryCode::parse).ifPresent(settings::defaultOrigin);
        config.value("defaultDestination").map(CountryCode::parse).ifPresent(settings::defaultDestination);
        return EasyPostTracking.create(settings.build());
    }
}
