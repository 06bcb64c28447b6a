package dev.waybill.carriers.yunexpress;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carriers.mapping.StreamingBody;
import java.io.IOException;
import java.util.List;

/**
 * Reads a YunExpress body into {@link YunExpressResponse}'s records by hand ({@link StreamingBody}):
 * the fields and the coercions of binding them, at a fraction of its cost for a body of one parcel.
 */
final class YunExpressReader {

    private YunExpressReader() {
    }

    /**
     * The body's root; null when it is not an object.
     *
     * @throws CarrierResponseException if it is empty, not JSON, or holds a value of the wrong type
     */
    static YunExpressResponse.Root read(int status, byte[] body) {
        return StreamingBody.read(YunExpressTracking.NAME, status, body, YunExpressReader::root);
    }

    private static YunExpressResponse.Root root(StreamingBody in, StreamingBody.Path at) throws IOException {
        YunExpressResponse.Item item = null;
        String code = null;
        String message = null;
        int seen = 0;
        for (String name = in.nextField(); name != null; name = in.nextField()) {
            switch (name) {
                case "Item" -> {
                    seen = in.once(seen, 0, 3);
                    StreamingBody.Path here = at.field(name);
                    item = in.object(here) ? item(in, here) : null;
                }
                case "Code" -> {
                    seen = in.once(seen, 1, 3);
                    code = in.text(at, name);
                }
                case "Message" -> {
                    seen = in.once(seen, 2, 3);
                    message = in.text(at, name);
                }
                default -> in.skip();
            }
        }
        return new YunExpressResponse.Root(item, code, message);
    }

    private static YunExpressResponse.Item item(StreamingBody in, StreamingBody.Path at) throws IOException {
        String waybill = null;
        String tracking = null;
        String carrier = null;
        String provider = null;
        String country = null;
        Integer packageState = null;
        Integer trackingStatus = null;
        List<YunExpressResponse.Detail> details = null;
        int seen = 0;
        for (String name = in.nextField(); name != null; name = in.nextField()) {
            switch (name) {
                case "WaybillNumber" -> {
                    seen = in.once(seen, 0, 8);
                    waybill = in.text(at, name);
                }
                case "TrackingNumber" -> {
                    seen = in.once(seen, 1, 8);
                    tracking = in.text(at, name);
                }
                case "CarrierName" -> {
                    seen = in.once(seen, 2, 8);
                    carrier = in.text(at, name);
                }
                case "ProviderName" -> {
                    seen = in.once(seen, 3, 8);
                    provider = in.text(at, name);
                }
                case "CountryCode" -> {
                    seen = in.once(seen, 4, 8);
                    country = in.text(at, name);
                }
                case "PackageState" -> {
                    seen = in.once(seen, 5, 8);
                    packageState = in.integer(at, name);
                }
                case "TrackingStatus" -> {
                    seen = in.once(seen, 6, 8);
                    trackingStatus = in.integer(at, name);
                }
                case "OrderTrackingDetails" -> {
                    seen = in.once(seen, 7, 8);
                    details = in.list(at, name, YunExpressReader::detail);
                }
                default -> in.skip();
            }
        }
        return new YunExpressResponse.Item(waybill, tracking, carrier, provider, country, packageState, trackingStatus,
                details);
    }

    private static YunExpressResponse.Detail detail(StreamingBody in, StreamingBody.Path at) throws IOException {
        if (!in.object(at)) {
            return null;
        }
        String date = null;
        String content = null;
        String location = null;
        String city = null;
        String country = null;
        Integer status = null;
        String node = null;
        int seen = 0;
        for (String name = in.nextField(); name != null; name = in.nextField()) {
            switch (name) {
                case "ProcessDate" -> {
                    seen = in.once(seen, 0, 7);
                    date = in.text(at, name);
                }
                case "ProcessContent" -> {
                    seen = in.once(seen, 1, 7);
                    content = in.text(at, name);
                }
                case "ProcessLocation" -> {
                    seen = in.once(seen, 2, 7);
                    location = in.text(at, name);
                }
                case "ProcessCity" -> {
                    seen = in.once(seen, 3, 7);
                    city = in.text(at, name);
                }
                case "ProcessCountry" -> {
                    seen = in.once(seen, 4, 7);
                    country = in.text(at, name);
                }
                case "TrackingStatus" -> {
                    seen = in.once(seen, 5, 7);
                    status = in.integer(at, name);
                }
                case "TrackNodeCode" -> {
                    seen = in.once(seen, 6, 7);
                    node = in.text(at, name);
                }
                default -> in.skip();
            }
        }
        return new YunExpressResponse.Detail(date, content, location, city, country, status, node);
    }
}
