package dev.waybill.carriers.yunexpress;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierAdapterProvider;
import dev.waybill.carrier.CarrierConfig;
import java.util.List;

/**
 * Builds {@link YunExpressTracking} for {@link dev.waybill.carrier.Carriers#load}. Reads {@code customerCode}
 * and {@code apiSecret} (the OMS account's credentials), {@code baseUrl}, {@code defaultOrigin},
 * {@code defaultDestination}.
 */
public final class YunExpressProvider implements CarrierAdapterProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public YunExpressProvider() {
    }

    @Override
    public String name() {
        return YunExpressTracking.NAME;
    }

    @Override
    public List<String> settingNames() {
        return List.of("customerCode", "apiSecret", "baseUrl", "defaultOrigin", "defaultDestination");
    }

    @Override
    public CarrierAdapter create(CarrierConfig config) {
        return YunExpressTracking.of(YunExpressSettings.builder().configure(config).build());
    }
}
