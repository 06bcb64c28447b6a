package dev.waybill.carriers.dhl;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierAdapterProvider;
import dev.waybill.carrier.CarrierConfig;
import java.util.List;

/**
 * Builds {@link DhlTracking} for {@link dev.waybill.carrier.Carriers#load}. Reads {@code apiKey},
 * {@code baseUrl}, {@code service}, {@code language}, {@code webhookHeader}, {@code defaultOrigin},
 * {@code defaultDestination}; all optional.
 */
public final class DhlProvider implements CarrierAdapterProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public DhlProvider() {
    }

    @Override
    public String name() {
        return DhlTracking.NAME;
    }

    @Override
    public List<String> settingNames() {
        return List.of("apiKey", "baseUrl", "service", "language", "webhookHeader", "defaultOrigin",
                "defaultDestination");
    }

    @Override
    public CarrierAdapter create(CarrierConfig config) {
        DhlSettings.Builder settings = DhlSettings.builder().configure(config);
        config.value("service").ifPresent(settings::service);
        config.value("language").ifPresent(settings::language);
        config.value("webhookHeader").ifPresent(settings::webhookHeader);
        return DhlTracking.of(settings.build());
    }
}
