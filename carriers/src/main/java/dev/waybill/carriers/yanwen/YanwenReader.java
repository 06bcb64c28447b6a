package dev.waybill.carriers.yanwen;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carriers.mapping.StreamingBody;
import java.io.IOException;
import java.util.List;

/**
 * Reads a Yanwen body into {@link YanwenResponse}'s records by hand ({@link StreamingBody}): the
 * fields and the coercions of binding them, at a fraction of its cost for a body of one or two parcels.
 */
final class YanwenReader {

    private YanwenReader() {
    }

    /**
     * The body's root; null when it is not an object.
     *
     * @throws CarrierResponseException if it is empty, not JSON, or holds a value of the wrong type
     */
    static YanwenResponse.Root read(int status, byte[] body) {
        return StreamingBody.read(YanwenTracking.NAME, status, body, YanwenReader::root);
    }

    private static YanwenResponse.Root root(StreamingBody in, StreamingBody.Path at) throws IOException {
        Integer code = null;
        String message = null;
        List<YanwenResponse.Parcel> result = null;
        int seen = 0;
        for (String name = in.nextField(); name != null; name = in.nextField()) {
            switch (name) {
                case "code" -> {
                    seen = in.once(seen, 0, 3);
                    code = in.integer(at, name);
                }
                case "message" -> {
                    seen = in.once(seen, 1, 3);
                    message = in.text(at, name);
                }
                case "result" -> {
                    seen = in.once(seen, 2, 3);
                    result = in.list(at, name, YanwenReader::parcel);
                }
                default -> in.skip();
            }
        }
        return new YanwenResponse.Root(code, message, result);
    }

    private static YanwenResponse.Parcel parcel(StreamingBody in, StreamingBody.Path at) throws IOException {
        if (!in.object(at)) {
            return null;
        }
        String number = null;
        String status = null;
        String exchange = null;
        String lastMile = null;
        String origin = null;
        String destination = null;
        List<YanwenResponse.Checkpoint> checkpoints = null;
        int seen = 0;
        for (String name = in.nextField(); name != null; name = in.nextField()) {
            switch (name) {
                case "tracking_number" -> {
                    seen = in.once(seen, 0, 7);
                    number = in.text(at, name);
                }
                case "tracking_status" -> {
                    seen = in.once(seen, 1, 7);
                    status = in.text(at, name);
                }
                case "exchange_number" -> {
                    seen = in.once(seen, 2, 7);
                    exchange = in.text(at, name);
                }
                case "last_mile_carrier" -> {
                    seen = in.once(seen, 3, 7);
                    lastMile = in.text(at, name);
                }
                case "origin_country" -> {
                    seen = in.once(seen, 4, 7);
                    origin = in.text(at, name);
                }
                case "destination_country" -> {
                    seen = in.once(seen, 5, 7);
                    destination = in.text(at, name);
                }
                case "checkpoints" -> {
                    seen = in.once(seen, 6, 7);
                    checkpoints = in.list(at, name, YanwenReader::checkpoint);
                }
                default -> in.skip();
            }
        }
        return new YanwenResponse.Parcel(number, status, exchange, lastMile, origin, destination, checkpoints);
    }

    private static YanwenResponse.Checkpoint checkpoint(StreamingBody in, StreamingBody.Path at) throws IOException {
        if (!in.object(at)) {
            return null;
        }
        String time = null;
        String zone = null;
        String status = null;
        String message = null;
        String location = null;
        int seen = 0;
        for (String name = in.nextField(); name != null; name = in.nextField()) {
            switch (name) {
                case "time_stamp" -> {
                    seen = in.once(seen, 0, 5);
                    time = in.text(at, name);
                }
                case "time_zone" -> {
                    seen = in.once(seen, 1, 5);
                    zone = in.text(at, name);
                }
                case "tracking_status" -> {
                    seen = in.once(seen, 2, 5);
                    status = in.text(at, name);
                }
                case "message" -> {
                    seen = in.once(seen, 3, 5);
                    message = in.text(at, name);
                }
                case "location" -> {
                    seen = in.once(seen, 4, 5);
                    location = in.text(at, name);
                }
                default -> in.skip();
            }
        }
        return new YanwenResponse.Checkpoint(time, zone, status, message, location);
    }
}
