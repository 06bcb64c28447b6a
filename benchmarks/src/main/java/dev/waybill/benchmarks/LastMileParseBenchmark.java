package dev.waybill.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.carriers.postnl.PostNlSettings;
import dev.waybill.carriers.postnl.PostNlTracking;
import dev.waybill.carriers.usps.UspsSettings;
import dev.waybill.carriers.usps.UspsTracking;
import dev.waybill.shipment.Shipment;
import java.io.IOException;
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
 * Benchmark 2, continued for the last-mile posts of issue 15: the USPS Tracking v3 adapter reading a
 * recorded answer (12 events) and the PostNL adapter reading a recorded {@code CompleteStatus} (one
 * current and 14 old statuses), each against {@code ObjectMapper.readTree} of the same bytes. Target:
 * at most 1.5 times readTree.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LastMileParseBenchmark {

    private UspsTracking usps;
    private PostNlTracking postnl;
    private ObjectMapper mapper;
    private byte[] uspsBody;
    private byte[] postnlBody;

    /** Builds the adapters and reads the bodies once per fork, and checks each adapter reads its body. */
    @Setup
    public void setUp() {
        usps = UspsTracking.of(UspsSettings.builder().build());
        postnl = PostNlTracking.of(PostNlSettings.builder().build());
        mapper = new ObjectMapper();
        uspsBody = Payloads.resource("usps-karrio_usps_tracking_response.json");
        postnlBody = Payloads.resource("postnl-firstred_completestatus3.json");
        expectEvents(usps(), "USPS");
        expectEvents(postnl(), "PostNL");
    }

    private static void expectEvents(List<Shipment> shipments, String carrier) {
        if (shipments.size() != 1 || shipments.get(0).events().isEmpty()) {
            throw new IllegalStateException(carrier + ": expected one shipment with events, got " + shipments);
        }
    }

    /** The USPS adapter reading one Tracking v3 answer into a shipment. */
    @Benchmark
    public List<Shipment> usps() {
        return usps.parse(uspsBody);
    }

    /** Jackson reading the same USPS answer into a tree. */
    @Benchmark
    public JsonNode uspsReadTree() throws IOException {
        return mapper.readTree(uspsBody);
    }

    /** The PostNL adapter reading one CompleteStatus into a shipment. */
    @Benchmark
    public List<Shipment> postnl() {
        return postnl.parse(postnlBody);
    }

    /** Jackson reading the same PostNL answer into a tree. */
    @Benchmark
    public JsonNode postnlReadTree() throws IOException {
        return mapper.readTree(postnlBody);
    }
}
