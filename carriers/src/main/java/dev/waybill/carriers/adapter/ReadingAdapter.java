package dev.waybill.carriers.adapter;

import dev.waybill.carrier.ParsedBody;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Shipment;
import java.util.List;
import java.util.Objects;

/**
 * An HTTP adapter whose bodies say what they hold: a carrier supplies {@link #readBody(byte[])}, a
 * non-empty body read into shipments and problems (numbers not found, API errors); {@link #read(byte[])}
 * answers an empty body with its problem first, and {@link #parse(byte[])} is the shipments of the reading.
 *
 * @param <S> the carrier's settings
 */
public abstract class ReadingAdapter<S extends AdapterSettings> extends HttpCarrierAdapter<S> {

    /** See {@link HttpCarrierAdapter#HttpCarrierAdapter(String, int, AdapterSettings, CountryCode)}. */
    protected ReadingAdapter(String name, int batchLimit, S settings, CountryCode home) {
        super(name, batchLimit, settings, home);
    }

    @Override
    public final List<Shipment> parse(byte[] body) {
        return read(body).shipments();
    }

    @Override
    public final ParsedBody read(byte[] body) {
        Objects.requireNonNull(body, "body");
        return ParsedBody.ifEmpty(body).orElseGet(() -> readBody(body));
    }

    /**
     * What a body that is not empty holds.
     *
     * @throws dev.waybill.carrier.CarrierResponseException if it is not a body of this API
     */
    protected abstract ParsedBody readBody(byte[] body);
}
