package dev.waybill.carrier;

import dev.waybill.shipment.Shipment;
import java.util.List;
import java.util.Objects;

/**
 * Speaks one carrier or aggregator API: tracks numbers, reads the API's tracking responses and
 * webhook bodies into shipments, and verifies webhook signatures.
 *
 * <p>Implementations are immutable and thread-safe, built once and shared. {@link #track(List)}
 * is the only method that does I/O; a failure for one number never fails the others.
 *
 * <pre>{@code
 * List<TrackingResult> results = adapter.track(List.of("JD014600006281230704", "00340434161094042557"));
 * }</pre>
 */
public interface CarrierAdapter {

    /** The adapter's name, lower case, as commands and registries look it up ({@code dhl}, {@code 17track}). */
    String name();

    /** How many tracking numbers one API call may carry; {@link #track(List)} splits larger lists itself. */
    int batchLimit();

    /**
     * Tracks {@code trackingNumbers} and answers one result per distinct number, in the order given.
     * Splits the list by {@link #batchLimit()}; a number the carrier rejects or a call that fails
     * becomes a {@link TrackingResult.Failed} for the numbers it carried, never an exception.
     *
     * @throws IllegalStateException if the adapter was built without the credentials tracking needs
     */
    List<TrackingResult> track(List<String> trackingNumbers);

    /** Tracks one number; see {@link #track(List)}. */
    default TrackingResult track(String trackingNumber) {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        return track(List.of(trackingNumber)).get(0);
    }

    /**
     * Reads a raw body of this carrier's API, either a tracking response or a webhook body (the
     * adapter tells them apart), into the shipments it describes; empty when it describes none (use
     * {@link #read(byte[])} to know why). No signature is checked: use
     * {@link #parseWebhook(byte[], WebhookHeaders, String)} for deliveries from the network.
     *
     * @throws CarrierResponseException if the body is not a response or webhook body of this API
     */
    List<Shipment> parse(byte[] body);

    /**
     * Reads a raw body like {@link #parse(byte[])}, and says what it holds instead of tracking: an
     * empty body, an error from the API (with its code and message), numbers the carrier does not
     * know, or no shipments at all. Never an empty answer. The default reads the body with
     * {@link #parse(byte[])} and takes a {@link CarrierResponseException} that carries the API's own
     * error code as that error (a number not found where the code is {@code 404} or says
     * {@code NOT_FOUND}); adapters whose bodies name rejected numbers override it.
     *
     * @throws CarrierResponseException if the body is not a response or webhook body of this API
     */
    default ParsedBody read(byte[] body) {
        Objects.requireNonNull(body, "body");
        java.util.Optional<ParsedBody> empty = ParsedBody.ifEmpty(body);
        if (empty.isPresent()) {
            return empty.get();
        }
        try {
            return ParsedBody.of(parse(body));
        } catch (CarrierResponseException e) {
            if (e.carrierCode().isEmpty()) {
                throw e;
            }
            String code = e.carrierCode().get();
            boolean notFound = code.equals("404") || code.toUpperCase(java.util.Locale.ROOT).endsWith("NOT_FOUND");
            return ParsedBody.of(ParsedBody.Problem.of(notFound ? ParsedBody.Problem.Kind.NOT_FOUND
                    : ParsedBody.Problem.Kind.API_ERROR, null, code, e.problem()));
        }
    }

    /**
     * Verifies a webhook delivery over its raw bytes with this carrier's scheme, comparing in
     * constant time.
     *
     * @param rawBody the request body exactly as received
     * @param headers the request headers as received; names are matched case-insensitively
     * @param secret  the webhook secret (or key, or token) the carrier signs with
     * @throws WebhookSignatureException if the signature is missing or does not match
     */
    void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret);

    /**
     * Verifies a webhook delivery, then reads its shipments.
     *
     * @throws WebhookSignatureException if the signature is missing or does not match
     * @throws CarrierResponseException  if the verified body is not a webhook body of this API
     */
    default List<Shipment> parseWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
        verifyWebhook(rawBody, headers, secret);
        return parse(rawBody);
    }
}
