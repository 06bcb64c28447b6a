package dev.waybill.carriers.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.Carriers;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.shipment.Shipment;
import java.util.List;

/**
 * The property every carrier's body parser keeps on any bytes: it reads them, or refuses them with
 * a {@link CarrierResponseException} that names the carrier; nothing else escapes. Every adapter on
 * the class path is here by its name, built without keys as {@link Carriers#load} builds it.
 */
final class CarrierBodies {

    private static final Carriers ADAPTERS = Carriers.load(CarrierBodies.class.getClassLoader(), CarrierConfig::empty);

    private CarrierBodies() {
    }

    /** The adapter registered as {@code carrier}. */
    static CarrierAdapter adapter(String carrier) {
        return ADAPTERS.get(carrier);
    }

    /**
     * Reads {@code body} as {@code carrier}'s response or webhook body both ways ({@code read} says why
     * a body holds nothing, {@code parse} only reads), and through the webhook path with no signature.
     */
    static void readOrRefuse(String carrier, byte[] body) {
        CarrierAdapter adapter = adapter(carrier);
        try {
            ParsedBody read = adapter.read(body);
            read.problems().forEach(problem -> assertThat(problem.describe()).isNotBlank());
        } catch (CarrierResponseException e) {
            refusedBy(carrier, e);
        }
        try {
            List<Shipment> shipments = adapter.parse(body);
            assertThat(shipments).doesNotContainNull();
        } catch (CarrierResponseException e) {
            refusedBy(carrier, e);
        }
        try {
            adapter.parseWebhook(body, WebhookHeaders.none(), "fuzz-secret");
            throw new AssertionError(carrier + " accepted a webhook without a signature");
        } catch (WebhookSignatureException e) {
            assertThat(e.carrier()).isEqualTo(carrier);
        }
    }

    private static void refusedBy(String carrier, CarrierResponseException e) {
        assertThat(e.carrier()).isEqualTo(carrier);
        assertThat(e.problem()).isNotBlank();
    }
}
