package dev.waybill.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.Assessment;
import dev.waybill.Waybill;
import dev.waybill.delay.Verdict;
import dev.waybill.delay.VerdictEngine;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.Shipment;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
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
 * Benchmark 1: what a verdict costs beside what reading the shipment's JSON costs. Each method
 * walks the same 128 shipments ({@link ShipmentMix}: every exception on eight lanes) with
 * {@link #events} events each: {@link #verdict} judges one with the bundled profiles and peak
 * calendar, {@link #assessment} adds the claim and the remedy ({@code Waybill.assess}), and
 * {@link #jacksonParse} reads the same shipment's contract JSON into a Jackson tree, the least any
 * reader of that JSON pays. Run with {@code -prof gc} for the bytes allocated per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VerdictBenchmark {

    private static final int POOL = 128;

    /** Events per shipment. */
    @Param({"5", "20", "60"})
    public int events;

    private final Shipment[] shipments = new Shipment[POOL];
    private final byte[][] json = new byte[POOL][];
    private VerdictEngine engine;
    private Waybill waybill;
    private ObjectMapper mapper;
    private int next;

    /** Builds the shipments, their JSON and the engines once per fork. */
    @Setup
    public void setUp() {
        ShipmentMix mix = ShipmentMix.seeded(20261120L);
        for (int i = 0; i < POOL; i++) {
            shipments[i] = mix.shipment(i, events);
            json[i] = ShipmentMix.json(shipments[i]);
            if (shipments[i].events().size() != events) {
                throw new IllegalStateException("shipment " + i + " has " + shipments[i].events().size()
                        + " events, not " + events);
            }
        }
        waybill = DefaultPolicies.waybill().clock(Clock.fixed(ShipmentMix.NOW, ZoneOffset.UTC)).build();
        engine = waybill.verdicts();
        mapper = new ObjectMapper();
    }

    /** The delay verdict of one shipment. */
    @Benchmark
    public Verdict verdict() {
        return engine.assess(shipments[next++ & (POOL - 1)], ShipmentMix.NOW, ZoneOffset.UTC);
    }

    /**
     * The verdict with its explanation read: the engine writes the explanation's lines only when
     * they are first read, as {@code waybill assess} always does.
     */
    @Benchmark
    public int verdictExplained() {
        return engine.assess(shipments[next++ & (POOL - 1)], ShipmentMix.NOW, ZoneOffset.UTC).explanation().hashCode();
    }

    /** The verdict, the claim and the remedy of one shipment, as {@code waybill assess} computes them. */
    @Benchmark
    public Assessment assessment() {
        return waybill.assess(shipments[next++ & (POOL - 1)], ShipmentMix.NOW);
    }

    /** Jackson reading the same shipment's JSON into a tree: the reference. */
    @Benchmark
    public JsonNode jacksonParse() throws IOException {
        return mapper.readTree(json[next++ & (POOL - 1)]);
    }
}
