package dev.waybill.carriers.seventeentrack;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierAdapterProvider;
import dev.waybill.carrier.CarrierConfig;
import dev.waybill.shipment.CountryCode;
import java.util.List;

/**
 * Builds {@link SeventeenTrackTracking} for {@link dev.waybill.carrier.Carriers#load}. Reads {@code apiKey},
 * {@code baseUrl}, {@code apiVersion}, {@code defaultOrigin},
 * {@code defaultDestination}; all optional.
 */
public final class SeventeenTrackProvider implements CarrierAdapterProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public SeventeenTrackProvider() {
    }

    @Override
    public String name() {
        return SeventeenTrackTracking.NAME;
    }

    @Override
    public List<String> settingNames() {
        return List.of("apiKey", "baseUrl", "apiVersion", "defaultOrigin", "defaultDestination");
    }

    @Override
    public CarrierAdapter create(CarrierConfig config) {
        SeventeenTrackSettings.Builder settings = SeventeenTrackSettings.builder();
        config.value("apiKey").ifPresent(settings::apiKey);
        config.value("baseUrl").ifPresent(settings::baseUrl);
        config.value("apiVersion").ifPresent(settings::apiVersion);
        config.value("defaultOrigin").map(CountryCode::parse).ifPresent(settings::defaultOrigin);
        config.value("defaultDestination").map(CountryCode::parse).ifPresent(settings::defaultDestination);
        return SeventeenTrackTracking.create(settings.build());
    }
}
