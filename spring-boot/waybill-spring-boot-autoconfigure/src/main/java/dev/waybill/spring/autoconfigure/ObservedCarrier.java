package dev.waybill.spring.autoconfigure;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.shipment.Shipment;
import java.time.Duration;
import java.util.List;

/** A carrier adapter whose calls are timed for the observer and recorded for {@link CarrierReachability}. */
final class ObservedCarrier implements CarrierAdapter {

    private final CarrierAdapter adapter;
    private final WaybillObserver observer;
    private final CarrierReachability reachability;

    ObservedCarrier(CarrierAdapter adapter, WaybillObserver observer, CarrierReachability reachability) {
        this.adapter = adapter;
        this.observer = observer;
        this.reachability = reachability;
    }

    @Override
    public String name() {
        return adapter.name();
    }

    @Override
    public int batchLimit() {
        return adapter.batchLimit();
    }

    @Override
    public List<TrackingResult> track(List<String> trackingNumbers) {
        long start = System.nanoTime();
        List<TrackingResult> results = adapter.track(trackingNumbers);
        observer.latency(adapter.name(), Duration.ofNanos(System.nanoTime() - start));
        reachability.record(adapter.name(), results);
        return results;
    }

    @Override
    public List<Shipment> parse(byte[] body) {
        return adapter.parse(body);
    }

    @Override
    public ParsedBody read(byte[] body) {
        return adapter.read(body);
    }

    @Override
    public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
        adapter.verifyWebhook(rawBody, headers, secret);
    }

    @Override
    public List<Shipment> parseWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
        return adapter.parseWebhook(rawBody, headers, secret);
    }

    @Override
    public String toString() {
        return adapter.toString();
    }
}
