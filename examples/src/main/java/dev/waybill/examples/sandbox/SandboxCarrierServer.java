package dev.waybill.examples.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierException;
import dev.waybill.carriers.aftership.AfterShipSettings;
import dev.waybill.carriers.aftership.AfterShipTracking;
import dev.waybill.carriers.dhl.DhlSettings;
import dev.waybill.carriers.dhl.DhlTracking;
import dev.waybill.carriers.easypost.EasyPostSettings;
import dev.waybill.carriers.easypost.EasyPostTracking;
import dev.waybill.carriers.postnl.PostNlSettings;
import dev.waybill.carriers.postnl.PostNlTracking;
import dev.waybill.carriers.seventeentrack.SeventeenTrackSettings;
import dev.waybill.carriers.seventeentrack.SeventeenTrackTracking;
import dev.waybill.carriers.usps.UspsSettings;
import dev.waybill.carriers.usps.UspsTracking;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A carrier server on loopback (an ephemeral port) that answers like DHL, AfterShip, 17TRACK,
 * EasyPost, Cainiao and YunExpress (and USPS and PostNL for parcels given to them) for a set of recorded parcels, so that the real adapters can be exercised end to end with
 * no network and no keys (any key is accepted; a request without one gets the API's 401).
 *
 * <p>Each recorded shipment is served by one API, chosen so that the API's vocabulary carries its
 * timeline faithfully (checked by reading the rendered answer back through the real adapter) and the
 * parcels are spread over the four; a shipment handed over on a China-origin line ({@link #LINES}) is
 * served by the line up to the hand-over and by its last-mile carrier after it. Numbers the sandbox does not know get each API's own "unknown"
 * answer. Thread-safe; close it to stop the server.
 *
 * <pre>{@code
 * try (SandboxCarrierServer sandbox = SandboxCarrierServer.start(recordedShipments)) {
 *     DhlTracking dhl = DhlTracking.of(DhlSettings.builder().apiKey("any").baseUrl(sandbox.baseUrl("dhl")).build());
 *     List<TrackingResult> results = dhl.track(sandbox.trackingNumbers("dhl"));
 * }
 * }</pre>
 */
public final class SandboxCarrierServer implements AutoCloseable {

    static {
        // answers leave at once (TCP_NODELAY), as a production server's do: with Nagle's algorithm on, the
        // JDK server's second write of an answer waits for the client's delayed ACK, about 40 ms a call on
        // Linux. Read once, when the JVM's first HttpServer starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** The APIs served, in the order parcels are dealt to them. */
    public static final List<String> APIS = List.of("dhl", "aftership", "17track", "easypost");
    /**
     * The China-origin lines served: a recorded shipment on one of them that was handed over
     * ({@link Shipment#handOver()} dated) is served by the line up to the hand-over, and from then on
     * under the hand-over's number by the last-mile carrier's API, which must be one of {@link #APIS}.
     */
    public static final List<String> LINES = List.of("cainiao", "yunexpress");
    /**
     * The last-mile posts the sandbox also plays: their status vocabularies have no customs hold or
     * release, so {@link #start(List)} deals them only domestic parcels of their home country (USPS
     * the United States, PostNL the Netherlands), and {@link #startWith(List)} any parcel given.
     */
    public static final List<String> LAST_MILE = List.of("usps", "postnl");
    /** Every API the sandbox serves: {@link #APIS}, {@link #LINES}, then {@link #LAST_MILE}. */
    public static final List<String> SERVED = Stream.of(APIS, LINES, LAST_MILE).flatMap(List::stream).toList();
    /** The APIs a recorded parcel is dealt to: not the lines, which serve only their handed-over parcels. */
    private static final List<String> DEALT = Stream.of(APIS, LAST_MILE).flatMap(List::stream).toList();
    private static final Map<String, CountryCode> HOME = Map.of("usps", UspsSettings.HOME, "postnl", PostNlSettings.HOME);

    private final HttpServer server;
    private final List<SandboxParcel> parcels;
    private final Map<String, SandboxApi> apis;
    private final Map<String, Map<String, SandboxParcel>> byApi = new HashMap<>();
    private final Map<String, List<String>> numbers = new HashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    /** The moment the carriers answer as of; null: everything recorded. */
    private volatile Supplier<Instant> asOf;

    private SandboxCarrierServer(HttpServer server, List<SandboxParcel> parcels, List<SandboxParcel> lastMiles,
                                 Map<String, SandboxApi> apis) {
        this.server = server;
        this.parcels = List.copyOf(parcels);
        this.apis = apis;
        for (SandboxParcel parcel : parcels) {
            byApi.computeIfAbsent(parcel.api(), api -> new LinkedHashMap<>()).put(parcel.trackingNumber(), parcel);
            numbers.computeIfAbsent(parcel.api(), api -> new ArrayList<>()).add(parcel.trackingNumber());
        }
        for (SandboxParcel parcel : lastMiles) {
            byApi.computeIfAbsent(parcel.api(), api -> new LinkedHashMap<>()).put(parcel.trackingNumber(), parcel);
        }
        apis.keySet().forEach(api -> server.createContext("/" + api + "/", exchange -> serve(api, exchange)));
    }

    /**
     * Starts a sandbox serving {@code recorded} (each with its {@code trackingNumber}, else its id).
     *
     * @throws UncheckedIOException if no loopback port can be bound
     */
    public static SandboxCarrierServer start(List<Shipment> recorded) {
        Map<String, SandboxApi> apis = apis();
        List<Shipment> dealt = new ArrayList<>();
        List<SandboxParcel> lines = new ArrayList<>();
        List<SandboxParcel> lastMiles = new ArrayList<>();
        for (Shipment shipment : recorded) {
            if (handedOverOnALine(shipment)) {
                HandOver handOver = shipment.handOver().orElse(null);
                List<TrackingEvent> before = shipment.events().stream().filter(e -> !handOver.holdsAt(e.instant())).toList();
                List<TrackingEvent> after = shipment.events().stream().filter(e -> handOver.holdsAt(e.instant())).toList();
                lines.add(new SandboxParcel(shipment.lane().carrier().orElse(null), number(shipment), shipment.toBuilder()
                        .events(before).handOver(handOver.at(null)).build()));
                lastMiles.add(new SandboxParcel(handOver.carrier().orElse(null), handOver.trackingNumber(),
                        shipment.toBuilder().events(after).handOver(null).build()));
            } else {
                dealt.add(shipment);
            }
        }
        List<SandboxParcel> parcels = new ArrayList<>(deal(dealt, apis));
        parcels.addAll(lines);
        return serve(parcels, lastMiles, apis);
    }

    /** True for a shipment on one of {@link #LINES} handed over, on a date, to a carrier of {@link #APIS}. */
    private static boolean handedOverOnALine(Shipment shipment) {
        HandOver handOver = shipment.handOver().orElse(null);
        return handOver != null && handOver.at().isPresent()
                && shipment.lane().carrier().filter(LINES::contains).isPresent()
                && handOver.carrier().filter(APIS::contains).isPresent();
    }

    /**
     * Starts a sandbox serving {@code parcels} from the APIs they name, as given.
     *
     * @throws IllegalArgumentException naming a parcel whose API the sandbox does not play
     * @throws UncheckedIOException     if no loopback port can be bound
     */
    public static SandboxCarrierServer startWith(List<SandboxParcel> parcels) {
        for (SandboxParcel parcel : parcels) {
            if (!SERVED.contains(parcel.api())) {
                throw new IllegalArgumentException("the sandbox plays " + SERVED + ", not '" + parcel.api() + "'");
            }
        }
        return serve(parcels, List.of(), apis());
    }

    private static Map<String, SandboxApi> apis() {
        Map<String, SandboxApi> apis = new LinkedHashMap<>();
        for (SandboxApi api : List.of(new DhlSandbox(), new AfterShipSandbox(), new SeventeenTrackSandbox(),
                new EasyPostSandbox(), new CainiaoSandbox(), new YunExpressSandbox(), new UspsSandbox(), new PostNlSandbox())) {
            apis.put(api.name(), api);
        }
        return apis;
    }

    private static SandboxCarrierServer serve(List<SandboxParcel> parcels, List<SandboxParcel> lastMiles,
                                              Map<String, SandboxApi> apis) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            SandboxCarrierServer sandbox = new SandboxCarrierServer(server, parcels, lastMiles, apis);
            server.start();
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind a loopback port for the sandbox", e);
        }
    }

    private static List<SandboxParcel> deal(List<Shipment> recorded, Map<String, SandboxApi> apis) {
        Map<String, CarrierAdapter> readers = Map.of(
                "dhl", DhlTracking.of(DhlSettings.builder().build()),
                "aftership", AfterShipTracking.of(AfterShipSettings.builder().build()),
                "17track", SeventeenTrackTracking.of(SeventeenTrackSettings.builder().build()),
                "easypost", EasyPostTracking.of(EasyPostSettings.builder().build()),
                "usps", UspsTracking.of(UspsSettings.builder().build()),
                "postnl", PostNlTracking.of(PostNlSettings.builder().build()));
        List<List<String>> able = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (Shipment shipment : recorded) {
            List<String> faithfulApis = new ArrayList<>();
            for (String api : DEALT) {
                boolean domesticOfItsHome = !HOME.containsKey(api) || (shipment.origin().equals(HOME.get(api))
                        && shipment.destination().equals(HOME.get(api)));
                if (domesticOfItsHome && faithful(readers.get(api), apis.get(api),
                        new SandboxParcel(api, number(shipment), shipment))) {
                    faithfulApis.add(api);
                }
            }
            able.add(faithfulApis);
            order.add(order.size());
        }
        // the parcels fewest APIs can carry are dealt first, so that every API gets some
        order.sort(java.util.Comparator.comparingInt(i -> able.get(i).size()));
        Map<String, Integer> dealt = new HashMap<>();
        String[] chosen = new String[recorded.size()];
        for (int i : order) {
            // a domestic parcel goes to its home country's post where that post carries it
            String api = able.get(i).stream().filter(LAST_MILE::contains).findFirst().orElse(null);
            for (String candidate : api != null ? List.<String>of() : able.get(i)) {
                if (api == null || dealt.getOrDefault(candidate, 0) < dealt.getOrDefault(api, 0)) {
                    api = candidate;
                }
            }
            chosen[i] = api == null ? "17track" : api;
            dealt.merge(chosen[i], 1, Integer::sum);
        }
        List<SandboxParcel> parcels = new ArrayList<>();
        for (int i = 0; i < recorded.size(); i++) {
            parcels.add(new SandboxParcel(chosen[i], number(recorded.get(i)), recorded.get(i)));
        }
        return parcels;
    }

    private static String number(Shipment shipment) {
        return shipment.trackingNumber().orElse(shipment.id());
    }

    private static boolean faithful(CarrierAdapter reader, SandboxApi api, SandboxParcel parcel) {
        try {
            List<Shipment> read = reader.parse(SandboxApi.MAPPER.writeValueAsBytes(api.render(parcel)));
            return read.size() == 1 && Fidelity.faithful(parcel.recorded().events(), read.get(0).events());
        } catch (CarrierException | JsonProcessingException e) {
            return false;
        }
    }

    /** The base URL to give adapter {@code api}'s settings, for example {@code http://127.0.0.1:49152/dhl/}. */
    public String baseUrl(String api) {
        if (!apis.containsKey(api)) {
            throw new IllegalArgumentException("the sandbox serves " + SERVED + ", not '" + api + "'");
        }
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/" + api + "/";
    }

    /**
     * Every parcel with the API serving it, in the order given to {@link #start(List)} (the parcels on
     * a line last); a last-mile leg is not one of them: it is found by its hand-over.
     */
    public List<SandboxParcel> parcels() {
        return parcels;
    }

    /** The tracking numbers of the parcels API {@code api} serves (not of the last-mile legs). */
    public List<String> trackingNumbers(String api) {
        return List.copyOf(numbers.getOrDefault(api, List.of()));
    }

    /**
     * From now on, answers as the carriers knew each parcel at the instant {@code clock} gives (its
     * events up to then), so that a simulation on a virtual clock sees a parcel's journey unfold.
     */
    public void answerAsOf(Supplier<Instant> clock) {
        this.asOf = java.util.Objects.requireNonNull(clock, "clock");
    }

    /** How many requests the sandbox has answered. */
    public int requestCount() {
        return requests.get();
    }

    private void serve(String api, HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath().substring(api.length() + 1);
            SandboxApi.Call call = new SandboxApi.Call(exchange.getRequestMethod(), path,
                    query(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders(),
                    exchange.getRequestBody().readAllBytes());
            SandboxApi.Reply reply = apis.get(api).handle(call, known(api));
            byte[] body = SandboxApi.MAPPER.writeValueAsBytes(reply.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private Map<String, SandboxParcel> known(String api) {
        Map<String, SandboxParcel> parcels = byApi.getOrDefault(api, Map.of());
        Supplier<Instant> clock = asOf;
        if (clock == null) {
            return parcels;
        }
        Instant now = clock.get();
        Map<String, SandboxParcel> then = new LinkedHashMap<>();
        parcels.forEach((number, parcel) -> then.put(number, parcel.asOf(now)));
        return then;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.put(name, value);
        }
        return query;
    }

    /** Stops the server at once. */
    @Override
    public void close() {
        server.stop(0);
    }

    @Override
    public String toString() {
        return "SandboxCarrierServer{port=" + server.getAddress().getPort() + ", parcels=" + parcels.size() + "}";
    }
}
