package dev.waybill.benchmarks;

import com.easypost.Constants;
import com.easypost.model.TrackerCollection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.carriers.aftership.AfterShipSettings;
import dev.waybill.carriers.aftership.AfterShipTracking;
import dev.waybill.carriers.dhl.DhlSettings;
import dev.waybill.carriers.dhl.DhlTracking;
import dev.waybill.carriers.easypost.EasyPostSettings;
import dev.waybill.carriers.easypost.EasyPostTracking;
import dev.waybill.carriers.seventeentrack.SeventeenTrackSettings;
import dev.waybill.carriers.seventeentrack.SeventeenTrackTracking;
import dev.waybill.shipment.Shipment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 2: an adapter reading a carrier's answer into normalised shipments, against Jackson
 * reading the same bytes into a tree ({@code ObjectMapper.readTree}) and, for EasyPost, against
 * EasyPost's own Java SDK deserialising the same JSON into its model objects, the way its
 * {@code Requestor} does ({@code Constants.Http.GSON.fromJson(body, TrackerCollection.class)}).
 * AfterShip's Java SDK has no release that resolves from Maven Central (see the README), so the
 * AfterShip row has the Jackson reference only.
 *
 * <p>Bodies: a 40-number 17TRACK {@code gettrackinfo} batch, AfterShip's legacy v4 tracking from its
 * SDK's test resources (14 checkpoints), a DHL Express response (8 events), an EasyPost list of
 * 20 trackers ({@link NewCarrierParseBenchmark} has the carriers of issue 15).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AdapterParseBenchmark {

    private SeventeenTrackTracking seventeenTrack;
    private AfterShipTracking afterShip;
    private DhlTracking dhl;
    private EasyPostTracking easyPost;
    private ObjectMapper mapper;
    private byte[] seventeenTrackBody;
    private byte[] afterShipBody;
    private byte[] dhlBody;
    private byte[] easyPostBody;

    /** Builds the adapters and the bodies once per fork, and checks every adapter reads its body. */
    @Setup
    public void setUp() {
        Payloads payloads = Payloads.load();
        seventeenTrack = SeventeenTrackTracking.of(SeventeenTrackSettings.builder().build());
        afterShip = AfterShipTracking.of(AfterShipSettings.builder().build());
        dhl = DhlTracking.of(DhlSettings.builder().build());
        easyPost = EasyPostTracking.of(EasyPostSettings.builder().build());
        mapper = new ObjectMapper();
        seventeenTrackBody = payloads.seventeenTrackInfo(Payloads.numbers(1, 40));
        afterShipBody = Payloads.resource("aftership-legacy_v4_tracking.json");
        dhlBody = Payloads.resource("dhl-tracking_ok.json");
        easyPostBody = payloads.easyPostList(Payloads.numbers(1, 20));
        expect(seventeenTrack(), 40, "17TRACK");
        expect(afterShip(), 1, "AfterShip");
        expect(dhl(), 1, "DHL");
        expect(easyPost(), 20, "EasyPost");
        if (easyPostSdk().getTrackers().size() != 20) {
            throw new IllegalStateException("the EasyPost SDK did not read 20 trackers");
        }
    }

    private static void expect(List<Shipment> shipments, int count, String carrier) {
        if (shipments.size() != count || shipments.stream().allMatch(s -> s.events().isEmpty())) {
            throw new IllegalStateException(carrier + ": expected " + count + " shipments with events, got "
                    + shipments.size());
        }
    }

    /** The 17TRACK adapter reading a 40-number batch into shipments. */
    @Benchmark
    public List<Shipment> seventeenTrack() {
        return seventeenTrack.parse(seventeenTrackBody);
    }

    /** Jackson reading the same 17TRACK batch into a tree. */
    @Benchmark
    public JsonNode seventeenTrackReadTree() throws IOException {
        return mapper.readTree(seventeenTrackBody);
    }

    /** The AfterShip adapter reading one tracking into a shipment. */
    @Benchmark
    public List<Shipment> afterShip() {
        return afterShip.parse(afterShipBody);
    }

    /** Jackson reading the same AfterShip tracking into a tree. */
    @Benchmark
    public JsonNode afterShipReadTree() throws IOException {
        return mapper.readTree(afterShipBody);
    }

    /** The DHL adapter reading one response into a shipment. */
    @Benchmark
    public List<Shipment> dhl() {
        return dhl.parse(dhlBody);
    }

    /** Jackson reading the same DHL response into a tree. */
    @Benchmark
    public JsonNode dhlReadTree() throws IOException {
        return mapper.readTree(dhlBody);
    }

    /** The EasyPost adapter reading a list of 20 trackers into shipments. */
    @Benchmark
    public List<Shipment> easyPost() {
        return easyPost.parse(easyPostBody);
    }

    /** Jackson reading the same EasyPost list into a tree. */
    @Benchmark
    public JsonNode easyPostReadTree() throws IOException {
        return mapper.readTree(easyPostBody);
    }

    /** EasyPost's official SDK reading the same list into its {@code TrackerCollection}. */
    @Benchmark
    public TrackerCollection easyPostSdk() {
        return Constants.Http.GSON.fromJson(new String(easyPostBody, StandardCharsets.UTF_8), TrackerCollection.class);
    }
}
