package dev.waybill.carriers.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.carrier.TrackingResult;
import dev.waybill.shipment.Shipment;
import okhttp3.mockwebserver.MockResponse;

/** What adapter tests answer with and look for: a JSON fixture as a reply, the shipment a result found. */
public final class Replies {

    private Replies() {
    }

    /** A reply with {@code status} and the fixture at {@code path} (see {@link Fixtures}) as its JSON body. */
    public static MockResponse json(int status, String path) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(Fixtures.text(path));
    }

    /** The shipment of {@code result}, failing the test unless it is {@link TrackingResult.Found}. */
    public static Shipment found(TrackingResult result) {
        assertThat(result).isInstanceOf(TrackingResult.Found.class);
        return ((TrackingResult.Found) result).shipment();
    }
}
