package dev.waybill.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carriers.cainiao.CainiaoSettings;
import dev.waybill.carriers.cainiao.CainiaoTracking;
import dev.waybill.carriers.fedex.FedexSettings;
import dev.waybill.carriers.fedex.FedexTracking;
import dev.waybill.carriers.fourpx.FourPxSettings;
import dev.waybill.carriers.fourpx.FourPxTracking;
import dev.waybill.carriers.postnl.PostNlSettings;
import dev.waybill.carriers.postnl.PostNlTracking;
import dev.waybill.carriers.ups.UpsSettings;
import dev.waybill.carriers.ups.UpsTracking;
import dev.waybill.carriers.usps.UspsSettings;
import dev.waybill.carriers.usps.UspsTracking;
import dev.waybill.carriers.yanwen.YanwenSettings;
import dev.waybill.carriers.yanwen.YanwenTracking;
import dev.waybill.carriers.yunexpress.YunExpressSettings;
import dev.waybill.carriers.yunexpress.YunExpressTracking;
import dev.waybill.shipment.Shipment;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 2 for the carriers of issue 15: each adapter reading one recorded answer of its API
 * into shipments, against {@code ObjectMapper.readTree} of the same bytes. Target: at most 1.5 times
 * readTree. The bodies ({@code payloads/SOURCES.md}): UPS's OpenAPI example as karrio's tests hold it
 * (1 activity), a FedEx ground answer from karrio's tests (17 scan events), a USPS Tracking v3 answer
 * from karrio's (12 events), a real Cainiao answer (7 events), a real 4PX answer (9 events), karrio's
 * Yanwen answer (1 checkpoint) and a PostNL {@code CompleteStatus} from firstred/postnl-api-php's tests
 * (15 statuses), and YunExpress's OMS {@code GetTrackAllInfo} answer from laradocs/php-yunexpress-sdk's
 * tests (1 event).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NewCarrierParseBenchmark {

    /** The carrier whose body is read. */
    @Param({"ups", "fedex", "usps", "cainiao", "4px", "yanwen", "postnl", "yunexpress"})
    public String carrier;

    private CarrierAdapter adapter;
    private ObjectMapper mapper;
    private byte[] body;

    /** Builds the adapter and reads its body once per fork, and checks the adapter reads it. */
    @Setup
    public void setUp() {
        mapper = new ObjectMapper();
        adapter = switch (carrier) {
            case "ups" -> UpsTracking.of(UpsSettings.builder().build());
            case "fedex" -> FedexTracking.of(FedexSettings.builder().build());
            case "usps" -> UspsTracking.of(UspsSettings.builder().build());
            case "cainiao" -> CainiaoTracking.of(CainiaoSettings.builder().build());
            case "4px" -> FourPxTracking.of(FourPxSettings.builder().build());
            case "yanwen" -> YanwenTracking.of(YanwenSettings.builder().build());
            case "postnl" -> PostNlTracking.of(PostNlSettings.builder().build());
            case "yunexpress" -> YunExpressTracking.of(YunExpressSettings.builder().build());
            default -> throw new IllegalArgumentException("no adapter " + carrier);
        };
        body = Payloads.resource(switch (carrier) {
            case "ups" -> "ups-karrio_ups_tracking_response.json";
            case "fedex" -> "fedex-karrio_inconsistent_datetime_response.json";
            case "usps" -> "usps-karrio_usps_tracking_response.json";
            case "cainiao" -> "cainiao-real_delivered.json";
            case "4px" -> "4px-real_import_cleared.json";
            case "yanwen" -> "yanwen-karrio_tracking_response.json";
            case "yunexpress" -> "yunexpress-laradocs_get_track_all_info.json";
            default -> "postnl-firstred_completestatus3.json";
        });
        List<Shipment> shipments = adapter();
        if (shipments.size() != 1 || shipments.get(0).events().isEmpty()) {
            throw new IllegalStateException(carrier + ": expected one shipment with events, got " + shipments);
        }
    }

    /** The adapter reading its body into shipments. */
    @Benchmark
    public List<Shipment> adapter() {
        return adapter.parse(body);
    }

    /** Jackson reading the same body into a tree. */
    @Benchmark
    public JsonNode readTree() throws IOException {
        return mapper.readTree(body);
    }
}
