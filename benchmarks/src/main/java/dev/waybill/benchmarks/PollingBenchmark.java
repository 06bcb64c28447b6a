package dev.waybill.benchmarks;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carriers.aftership.AfterShipSettings;
import dev.waybill.carriers.aftership.AfterShipTracking;
import dev.waybill.carriers.dhl.DhlSettings;
import dev.waybill.carriers.dhl.DhlTracking;
import dev.waybill.carriers.easypost.EasyPostSettings;
import dev.waybill.carriers.easypost.EasyPostTracking;
import dev.waybill.carriers.http.HttpSettings;
import dev.waybill.carriers.seventeentrack.SeventeenTrackSettings;
import dev.waybill.carriers.seventeentrack.SeventeenTrackTracking;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 3: tracking {@value #NUMBERS} numbers against a loopback {@link MockWebServer} that
 * answers like the carrier's API, through the real adapter (its retry decorator, its batching, its
 * JSON mapping into shipments) against a bare OkHttp loop that sends the same requests and reads the
 * same answers as bytes, nothing more. Both run one call at a time (the adapter with
 * {@code maxConcurrency(1)}) over the same client, so the difference is the adapter's own work.
 *
 * <p>The server's answers are built before the run; the server only looks them up. After every run
 * the requests the server received are counted by endpoint and checked: for 17TRACK exactly
 * ceil(N/40) {@code register} and ceil(N/40) {@code gettrackinfo} calls, for the others ceil(N/batch)
 * calls; and every number must come back found. The counts are written to
 * {@code benchmarks/target/polling-requests-<carrier>.json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PollingBenchmark {

    /** Numbers tracked per run. */
    public static final int NUMBERS = 10_000;

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String KEY = "benchmark-key-0000";

    /** The adapter: {@code 17track}, {@code aftership}, {@code dhl} or {@code easypost}. */
    @Param({"17track", "aftership", "dhl", "easypost"})
    public String carrier;

    private MockWebServer server;
    private OkHttpClient client;
    private CarrierAdapter adapter;
    private List<String> numbers;
    private int batch;
    private HttpUrl base;
    private final Map<String, byte[]> answers = new HashMap<>();
    private final Map<String, byte[]> registerAnswers = new HashMap<>();
    private List<TrackingResult> lastResults;
    private Map<String, Integer> lastCounts = Map.of();

    /** Builds every answer, starts the server and the adapter. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Payloads payloads = Payloads.load();
        numbers = Payloads.numbers(1, NUMBERS);
        batch = switch (carrier) {
            case "17track" -> SeventeenTrackTracking.BATCH_LIMIT;
            case "aftership" -> AfterShipTracking.BATCH_LIMIT;
            case "dhl" -> DhlTracking.BATCH_LIMIT;
            case "easypost" -> EasyPostTracking.BATCH_LIMIT;
            default -> throw new IllegalArgumentException("unknown carrier " + carrier);
        };
        for (int from = 0; from < NUMBERS; from += batch) {
            List<String> chunk = numbers.subList(from, Math.min(NUMBERS, from + batch));
            byte[] answer = switch (carrier) {
                case "17track" -> payloads.seventeenTrackInfo(chunk);
                case "aftership" -> payloads.afterShipList(chunk);
                case "dhl" -> payloads.dhl(chunk.get(0));
                default -> payloads.easyPostList(chunk);
            };
            answers.put(chunk.get(0), answer);
            if (carrier.equals("17track")) {
                registerAnswers.put(chunk.get(0), payloads.seventeenTrackRegister(chunk));
            }
        }
        server = new MockWebServer();
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start();
        base = server.url("/");
        client = new OkHttpClient.Builder().build();
        HttpSettings http = HttpSettings.builder().client(client).maxConcurrency(1).sleeper(wait -> { }).build();
        adapter = switch (carrier) {
            case "17track" -> SeventeenTrackTracking.of(SeventeenTrackSettings.builder().apiKey(KEY).baseUrl(base)
                    .http(http).build());
            case "aftership" -> AfterShipTracking.of(AfterShipSettings.builder().apiKey(KEY).baseUrl(base)
                    .http(http).build());
            case "dhl" -> DhlTracking.of(DhlSettings.builder().apiKey(KEY).baseUrl(base).http(http).build());
            default -> EasyPostTracking.of(EasyPostSettings.builder().apiKey(KEY).baseUrl(base).http(http)
                    .build());
        };
    }

    /** The adapter tracks every number. */
    @Benchmark
    public List<TrackingResult> adapter() {
        lastResults = adapter.track(numbers);
        return lastResults;
    }

    /** A bare OkHttp loop sends the same requests and reads the same answers as bytes. */
    @Benchmark
    public long bareOkHttp() throws IOException {
        long bytes = 0;
        for (int from = 0; from < NUMBERS; from += batch) {
            List<String> chunk = numbers.subList(from, Math.min(NUMBERS, from + batch));
            switch (carrier) {
                case "17track" -> {
                    byte[] body = seventeenTrackBody(chunk);
                    HttpUrl register = base.newBuilder().addPathSegment("track")
                            .addPathSegment(SeventeenTrackSettings.API_VERSION).addPathSegment("register").build();
                    bytes += fetch(new Request.Builder().url(register).header("17token", KEY)
                            .post(RequestBody.create(body, JSON)).build());
                    HttpUrl info = base.newBuilder().addPathSegment("track")
                            .addPathSegment(SeventeenTrackSettings.API_VERSION).addPathSegment("gettrackinfo").build();
                    bytes += fetch(new Request.Builder().url(info).header("17token", KEY)
                            .post(RequestBody.create(body, JSON)).build());
                }
                case "aftership" -> {
                    HttpUrl url = base.newBuilder().addPathSegment("tracking")
                            .addPathSegment(AfterShipSettings.API_VERSION).addPathSegment("trackings")
                            .addQueryParameter("tracking_numbers", String.join(",", chunk))
                            .addQueryParameter("limit", "200").build();
                    bytes += fetch(new Request.Builder().url(url).header("as-api-key", KEY)
                            .header("Accept", "application/json").get().build());
                }
                case "dhl" -> {
                    HttpUrl url = base.newBuilder().addPathSegments("track/shipments")
                            .addQueryParameter("trackingNumber", chunk.get(0)).build();
                    bytes += fetch(new Request.Builder().url(url).header("DHL-API-Key", KEY)
                            .header("Accept", "application/json").get().build());
                }
                default -> {
                    StringBuilder body = new StringBuilder("{\"tracking_codes\":[");
                    for (int i = 0; i < chunk.size(); i++) {
                        body.append(i == 0 ? "\"" : ",\"").append(chunk.get(i)).append('"');
                    }
                    body.append("]}");
                    HttpUrl url = base.newBuilder().addPathSegment(EasyPostSettings.API_VERSION)
                            .addPathSegments("trackers/batch").build();
                    bytes += fetch(new Request.Builder().url(url).header("Authorization", Credentials.basic(KEY, ""))
                            .header("Accept", "application/json")
                            .post(RequestBody.create(body.toString(), JSON)).build());
                }
            }
        }
        return bytes;
    }

    /** Counts what the server received during the run just ended and checks it. */
    @TearDown(Level.Invocation)
    public void check() throws InterruptedException {
        Map<String, Integer> counts = new TreeMap<>();
        RecordedRequest request;
        while ((request = server.takeRequest(0, TimeUnit.MILLISECONDS)) != null) {
            counts.merge(endpoint(request), 1, Integer::sum);
        }
        int calls = (NUMBERS + batch - 1) / batch;
        Map<String, Integer> expected = carrier.equals("17track")
                ? Map.of("register", calls, "gettrackinfo", calls) : Map.of(endpointOf(carrier), calls);
        if (!counts.equals(expected)) {
            throw new IllegalStateException(carrier + ": expected requests " + expected + ", the server got " + counts);
        }
        lastCounts = counts;
        if (lastResults != null) {
            long found = lastResults.stream().filter(r -> r instanceof TrackingResult.Found).count();
            if (found != NUMBERS) {
                throw new IllegalStateException(carrier + ": " + found + " of " + NUMBERS + " numbers found");
            }
            lastResults = null;
        }
    }

    /** Stops the server and writes the request counts of the last run. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        server.shutdown();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        StringBuilder json = new StringBuilder("{\"carrier\":\"" + carrier + "\",\"numbers\":" + NUMBERS
                + ",\"batch\":" + batch + ",\"requests\":{");
        lastCounts.forEach((endpoint, count) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ",")
                .append('"').append(endpoint).append("\":").append(count));
        json.append("}}\n");
        Path out = Path.of(System.getProperty("waybill.benchmarks.out", "target"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("polling-requests-" + carrier + ".json"), json);
    }

    private MockResponse answer(RecordedRequest request) {
        String endpoint = endpoint(request);
        String first = switch (endpoint) {
            case "register", "gettrackinfo" -> firstValue(request.getBody().clone().readUtf8(), "\"number\":\"");
            case "trackings" -> request.getRequestUrl().queryParameter("tracking_numbers").split(",", 2)[0];
            case "shipments" -> request.getRequestUrl().queryParameter("trackingNumber");
            default -> firstValue(request.getBody().clone().readUtf8(), "\"tracking_codes\":[\"");
        };
        byte[] body = endpoint.equals("register") ? registerAnswers.get(first) : answers.get(first);
        if (body == null) {
            return new MockResponse().setResponseCode(404);
        }
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(new Buffer().write(body));
    }

    private static String endpoint(RecordedRequest request) {
        List<String> segments = request.getRequestUrl().pathSegments();
        return segments.get(segments.size() - 1);
    }

    private static String endpointOf(String carrier) {
        return switch (carrier) {
            case "aftership" -> "trackings";
            case "dhl" -> "shipments";
            default -> "batch";
        };
    }

    private static String firstValue(String json, String prefix) {
        int start = json.indexOf(prefix);
        if (start < 0) {
            return "";
        }
        start += prefix.length();
        return json.substring(start, json.indexOf('"', start));
    }

    private static byte[] seventeenTrackBody(List<String> chunk) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < chunk.size(); i++) {
            body.append(i == 0 ? "{\"number\":\"" : ",{\"number\":\"").append(chunk.get(i)).append("\"}");
        }
        return body.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private long fetch(Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code() + " for " + request.url().encodedPath());
            }
            return response.body().bytes().length;
        }
    }
}
