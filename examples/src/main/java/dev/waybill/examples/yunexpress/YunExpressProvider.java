package dev.waybill.examples.yunexpress;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierAdapterProvider;
import dev.waybill.carrier.CarrierConfig;
import java.util.List;

/**
 * Builds {@link YunExpressTracking} for {@link dev.waybill.carrier.Carriers#load}. Reads {@code appId},
 * {@code appSecret}, {@code sourceKey}, {@code baseUrl}, {@code defaultOrigin}, {@code defaultDestination};
 * all optional.
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
        return List.of("appId", "appSecret", "sourceKey", "baseUrl", "defaultOrigin", "defaultDestination");
    }

    @Override
    public CarrierAdapter create(CarrierConfig config) {
        YunExpressSettings.Builder settings = YunExpressSettings.builder().configure(config);
        config.value("appId").ifPresent(settings::appId);
        config.value("appSecret").ifPresent(settings::appSecret);
        config.value("sourceKey").ifPresent(settings::sourceKey);
        return YunExpressTracking.of(settings.build());
    }
}
