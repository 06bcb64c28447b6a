package dev.waybill.mcp;

import dev.waybill.Waybill;
import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.json.WaybillJson;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.Shipment;
import java.util.List;
import java.util.Optional;

/**
 * The server the client tests start as a child process: the bundled defaults and a recorded
 * carrier, {@code recorded}, that knows {@link Fixtures#TRACKED_NUMBER} and nothing else.
 */
public final class StdioServerMain {

    private StdioServerMain() {
    }

    /** The facade the server answers with. */
    static Waybill waybill() {
        return DefaultPolicies.waybill().verdicts(DefaultPolicies.verdictEngine().build())
                .carrier(new RecordedCarrier()).build();
    }

    public static void main(String[] args) throws Exception {
        WaybillMcpServer.serve(WaybillTools.of(waybill()), System.in, System.out);
    }

    /** A carrier that answers from a recorded journey. */
    static final class RecordedCarrier implements CarrierAdapter {

        @Override
        public String name() {
            return "recorded";
        }

        @Override
        public int batchLimit() {
            return 10;
        }

        @Override
        public List<TrackingResult> track(List<String> numbers) {
            return numbers.stream().map(number -> number.equals(Fixtures.TRACKED_NUMBER)
                    ? (TrackingResult) new TrackingResult.Found(number, Fixtures.trackedShipment())
                    : new TrackingResult.NotYetKnown(number, Optional.empty())).toList();
        }

        @Override
        public List<Shipment> parse(byte[] body) {
            return List.of();
        }

        @Override
        public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
            throw new UnsupportedOperationException("no webhooks");
        }
    }

    static Shipment read(String json) {
        try {
            return WaybillJson.readShipment(WaybillJson.mapper().readTree(json));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
