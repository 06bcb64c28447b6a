package dev.waybill.carriers.seventeentrack;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierAdapterProvider;
import dev.waybill.carrier.CarrierConfig;
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
        return SeventeenTrackTracking.of(SeventeenTrackSettings.builder().configure(config).build());
    }
}
