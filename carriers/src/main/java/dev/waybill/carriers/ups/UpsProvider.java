package dev.waybill.carriers.ups;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierAdapterProvider;
import dev.waybill.carrier.CarrierConfig;
import java.util.List;

/**
 * Builds {@link UpsTracking} for {@link dev.waybill.carrier.Carriers#load}. Reads {@code clientId},
 * {@code clientSecret}, {@code baseUrl}, {@code transactionSrc}, {@code locale}, {@code defaultOrigin},
 * {@code defaultDestination}; all optional.
 */
public final class UpsProvider implements CarrierAdapterProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public UpsProvider() {
    }

    @Override
    public String name() {
        return UpsTracking.NAME;
    }

    @Override
    public List<String> settingNames() {
        return List.of("clientId", "clientSecret", "baseUrl", "transactionSrc", "locale", "defaultOrigin",
                "defaultDestination");
    }

    @Override
    public CarrierAdapter create(CarrierConfig config) {
        return UpsTracking.of(UpsSettings.builder().configure(config).build());
    }
}
