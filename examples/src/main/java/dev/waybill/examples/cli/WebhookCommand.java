package dev.waybill.examples.cli;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import java.util.List;

/**
 * {@code waybill webhook --carrier NAME --secret SECRET [--header 'Name: value']... FILE|-}: verifies a
 * webhook delivery the way a shop's endpoint must, over the raw bytes of FILE with the carrier's
 * scheme and the headers as received, then prints its shipments like {@code parse}. A missing or
 * invalid signature prints one line on standard error and exits 3, printing nothing else.
 */
final class WebhookCommand implements Command {

    private final CarrierBodies bodies;

    WebhookCommand(CarrierBodies bodies) {
        this.bodies = bodies;
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public String usage() {
        return "webhook --carrier NAME --secret SECRET [--header 'Name: value']... FILE|-";
    }

    @Override
    public String description() {
        return "Verifies a webhook delivery over its raw bytes with the carrier's signature scheme and prints its "
                + "shipments like parse; a missing or invalid signature exits 3 with the reason on standard error.";
    }

    @Override
    public List<Flag> flags() {
        return List.of(CarrierBodies.CARRIER,
                Flag.value("secret", "SECRET", "the webhook secret shared with the carrier"),
                Flag.value("header", "'Name: value'", "a header of the delivery as received; repeat for each"));
    }

    @Override
    public String fileHelp() {
        return "the delivery's body, byte for byte; - reads standard input";
    }

    @Override
    public int run(Arguments arguments, Console console) throws UsageException {
        CarrierAdapter adapter = bodies.adapter(arguments);
        String secret = arguments.required("secret");
        if (secret.isBlank()) {
            throw new UsageException("--secret is empty");
        }
        WebhookHeaders headers;
        try {
            headers = WebhookHeaders.parse(arguments.values("header"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--header: " + e.getMessage());
        }
        byte[] body = RawInput.read(arguments.inputFile(), console.in());
        try {
            adapter.verifyWebhook(body, headers, secret);
        } catch (WebhookSignatureException e) {
            console.err().println("waybill webhook: rejected: " + e.getMessage());
            return ExitStatus.REJECTED;
        }
        return bodies.print(adapter, List.of(body), console);
    }
}
