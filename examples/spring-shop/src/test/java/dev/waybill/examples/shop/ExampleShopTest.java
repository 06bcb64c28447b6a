package dev.waybill.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.watch.ShipmentStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The shop starts, the sandbox pushes its AfterShip parcels as signed webhooks, the shop prints notices. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExampleShopTest {

    @Autowired
    SandboxCarrier carrier;

    @Autowired
    ShipmentStore store;

    @Autowired
    MeterRegistry meters;

    @Test
    void theSandboxsWebhooksAreAcceptedStoredAndNoticed(CapturedOutput output) {
        var numbers = carrier.sandbox().trackingNumbers("aftership");
        assertThat(numbers).isNotEmpty();

        assertThat(meters.get("waybill.webhooks").tags("carrier", "aftership", "outcome", "accepted").counter()
                .count()).isEqualTo(numbers.size());
        assertThat(meters.find("waybill.webhooks").tags("outcome", "rejected").counter().count()).isZero();
        for (var parcel : carrier.sandbox().parcels()) {
            if (parcel.api().equals("aftership")) {
                // stored without tracking, then given the carrier's events by the webhook
                assertThat(store.find(parcel.recorded().id()).orElseThrow().shipment().events())
                        .as(parcel.recorded().id()).isNotEmpty();
            }
        }
        assertThat(output).contains("HTTP 202").doesNotContain("HTTP 401").contains("NOTICE ");
    }
}
