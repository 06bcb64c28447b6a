package dev.waybill.benchmarks;

import dev.waybill.Assessment;
import dev.waybill.Waybill;
import dev.waybill.delay.Status;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.Shipment;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 4: one {@code Waybill} assessing {@value #SHIPMENTS} shipments held in memory (the
 * {@link ShipmentMix}, 4 to 16 events each, 10 on average; an 8 GiB heap), split over {@link #threads} threads
 * that take blocks of {@value #BLOCK} from a shared cursor. One operation is the whole million.
 *
 * <p>Memory: the heap the shipments hold (used heap after a full collection, less what it was before
 * they were built) and the peak heap while they are assessed (the sum of the heap pools' peak
 * usage, reset before each run; an upper bound), both per shipment, are written to
 * {@code benchmarks/target/scale-heap-<threads>.json}.
 *
 * <p>The heap is touched in full when the JVM starts ({@code -XX:+AlwaysPreTouch}): one run allocates
 * about 3.4 GB and seldom collects, so without it a run pays the operating system for first touching
 * fresh heap pages, which measured 13.0 s for one thread against 7.0 s for its own warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class ScaleBenchmark {

    /** Shipments assessed per operation. */
    public static final int SHIPMENTS = 1_000_000;
    private static final int BLOCK = 1024;

    /** Threads assessing. */
    @Param({"1", "2"})
    public int threads;

    private Shipment[] shipments;
    private Waybill waybill;
    private ExecutorService pool;
    private long retainedBytes;
    private long peakBytes;

    /** Builds the million shipments (in parallel, deterministically) and measures what they hold. */
    @Setup(Level.Trial)
    public void setUp() {
        long before = usedAfterGc();
        ShipmentMix mix = ShipmentMix.seeded(1_000_000L);
        shipments = new Shipment[SHIPMENTS];
        IntStream.range(0, SHIPMENTS).parallel().forEach(i -> shipments[i] = mix.shipment(i, 4 + i % 13));
        retainedBytes = usedAfterGc() - before;
        waybill = DefaultPolicies.waybill().clock(Clock.fixed(ShipmentMix.NOW, ZoneOffset.UTC)).build();
        pool = Executors.newFixedThreadPool(threads);
    }

    /** Resets the heap pools' peaks before a run. */
    @Setup(Level.Iteration)
    public void resetPeak() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Assesses every shipment; answers how many need the shop's attention (not on track, not delivered). */
    @Benchmark
    public long assessAll() throws InterruptedException, ExecutionException {
        AtomicInteger cursor = new AtomicInteger();
        List<Future<Long>> parts = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            parts.add(pool.submit(() -> {
                long attention = 0;
                for (int from = cursor.getAndAdd(BLOCK); from < SHIPMENTS; from = cursor.getAndAdd(BLOCK)) {
                    for (int i = from; i < Math.min(SHIPMENTS, from + BLOCK); i++) {
                        Assessment assessment = waybill.assess(shipments[i], ShipmentMix.NOW);
                        Status status = assessment.verdict().status();
                        if (status != Status.ON_TRACK && status != Status.DELIVERED) {
                            attention++;
                        }
                    }
                }
                return attention;
            }));
        }
        long attention = 0;
        for (Future<Long> part : parts) {
            attention += part.get();
        }
        return attention;
    }

    /** Keeps the highest peak seen. */
    @TearDown(Level.Iteration)
    public void readPeak() {
        peakBytes = Math.max(peakBytes, heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
    }

    /** Stops the threads and writes the memory figures. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        pool.shutdown();
        String json = String.format(Locale.ROOT, "{\"threads\":%d,\"shipments\":%d,\"retainedBytesPerShipment\":%.0f,"
                        + "\"peakHeapBytes\":%d,\"peakHeapBytesPerShipment\":%.0f,\"maxHeapBytes\":%d}%n",
                threads, SHIPMENTS, (double) retainedBytes / SHIPMENTS, peakBytes, (double) peakBytes / SHIPMENTS,
                Runtime.getRuntime().maxMemory());
        Path out = Path.of(System.getProperty("waybill.benchmarks.out", "target"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("scale-heap-" + threads + ".json"), json);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
