package dev.waybill.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The adapter parse benchmarks measured in CPU time of the measuring thread instead of wall time,
 * for a machine whose cores other processes share: time spent waiting for a core is not counted.
 * Runs each {@link LastMileParseBenchmark} method and the DHL pair of {@link AdapterParseBenchmark}
 * (a control with published figures) in rounds after a warm-up and prints the median CPU
 * microseconds per call and the ratio to readTree of the same body. With the argument {@code mcp}
 * it compares an {@code assess_shipment} call by the MCP SDK's client over the in-JVM transport
 * with the facade's parse and {@code assess} ({@link McpToolBenchmark}), in the measuring thread's
 * CPU time and, as a check that no work moved to another thread, in the whole process's.
 *
 * <pre>{@code java -cp benchmarks/target/classes:$(cat benchmarks/target/classpath.txt) dev.waybill.benchmarks.CpuTimeHarness [mcp]}</pre>
 */
public final class CpuTimeHarness {

    private static final int CALLS = 2_000;
    private static final int WARM_UP_ROUNDS = 15;
    private static final int ROUNDS = 15;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimeHarness() {
    }

    /** Prints one line per body: adapter and readTree CPU µs per call, and their ratio. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("mcp")) {
            mcp();
            return;
        }
        LastMileParseBenchmark lastMile = new LastMileParseBenchmark();
        lastMile.setUp();
        AdapterParseBenchmark control = new AdapterParseBenchmark();
        control.setUp();
        report("USPS, one Tracking v3 answer (12 events)", lastMile::usps, lastMile::uspsReadTree);
        report("PostNL, one CompleteStatus (15 statuses)", lastMile::postnl, lastMile::postnlReadTree);
        report("DHL, one response (control)", control::dhl, control::dhlReadTree);
    }

    private static void mcp() throws Exception {
        for (int events : new int[] {5, 20}) {
            McpToolBenchmark mcp = new McpToolBenchmark();
            mcp.events = events;
            mcp.setUpInJvm();
            try {
                String body = "MCP assess_shipment, " + events + " events, against the facade";
                report(body + " (thread CPU)", mcp::toolCallSdkClientInJvm, mcp::facade, CpuTimeHarness::threadCpu);
                report(body + " (process CPU)", mcp::toolCallSdkClientInJvm, mcp::facade, CpuTimeHarness::processCpu);
                report("its tool handler alone, " + events + " events (thread CPU)", mcp::toolHandler, mcp::facade,
                        CpuTimeHarness::threadCpu);
            } finally {
                mcp.tearDown();
            }
        }
    }

    private static long threadCpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** One call of a benchmark method. */
    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }

    private static void report(String body, Call adapter, Call readTree) throws Exception {
        report(body, adapter, readTree, CpuTimeHarness::threadCpu);
    }

    /** Prints the median CPU µs per call of {@code measured} and {@code reference}, and their ratio. */
    private static void report(String body, Call measured, Call reference, LongSupplier cpu) throws Exception {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            microsPerCall(measured, cpu);
            microsPerCall(reference, cpu);
        }
        double[] measuredRounds = new double[ROUNDS];
        double[] referenceRounds = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            measuredRounds[i] = microsPerCall(measured, cpu);
            referenceRounds[i] = microsPerCall(reference, cpu);
        }
        double a = median(measuredRounds);
        double r = median(referenceRounds);
        System.out.println(String.format(Locale.ROOT, "%s: %.1f µs, reference %.1f µs, ratio %.2f", body, a,
                r, a / r));
    }

    private static double microsPerCall(Call call, LongSupplier cpu) throws Exception {
        Object sink = null;
        long start = cpu.getAsLong();
        for (int i = 0; i < CALLS; i++) {
            sink = call.run();
        }
        long spent = cpu.getAsLong() - start;
        if (sink == null) {
            throw new IllegalStateException("a call answered nothing");
        }
        return spent / 1_000.0 / CALLS;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
