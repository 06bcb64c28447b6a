package dev.waybill.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The adapter parse benchmarks measured in CPU time of the measuring thread instead of wall time,
 * for a machine whose cores other processes share: time spent waiting for a core is not counted.
 * Runs each carrier of {@link NewCarrierParseBenchmark} and the DHL pair of
 * {@link AdapterParseBenchmark} (a control with published figures) in rounds after a warm-up and
 * prints the median CPU microseconds per call, the bytes the thread allocated per call, and both
 * ratios to readTree of the same body. With the argument {@code mcp} it compares an
 * {@code assess_shipment} call by the MCP SDK's client over the in-JVM transport with the facade's
 * parse and {@code assess} ({@link McpToolBenchmark}), in the measuring thread's CPU time and, as a
 * check that no work moved to another thread, in the whole process's (the target's row); then, for
 * information, the tool handler alone and Waybill's server alone (the same {@code tools/call} handed
 * to the SDK's server session with no client session). With {@code mcp-timer} it measures the same call
 * with Reactor's timers kept from waking a thread per request ({@link #mcpWithQuietTimer()}). Other
 * arguments name the carriers to run (all eight and the control without).
 *
 * <pre>{@code java -cp benchmarks/target/classes:$(cat benchmarks/target/classpath.txt) dev.waybill.benchmarks.CpuTimeHarness [mcp | mcp-timer | carrier...]}</pre>
 */
public final class CpuTimeHarness {

    private static final int CALLS = 2_000;
    /**
     * 100 rounds (200,000 calls of each side) before measuring. 15 rounds were too few for the JIT to
     * finish compiling the longer call paths (the MCP SDK's sessions, an adapter's first body): the
     * first subject measured in a JVM came out up to 1.5 times slower than the same code measured again
     * after it. Both sides get the same warm-up; JMH's default warm-up runs far longer.
     */
    private static final int WARM_UP_ROUNDS = 100;
    private static final int ROUNDS = 15;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.ThreadMXBean ALLOCATION = (com.sun.management.ThreadMXBean) THREADS;

    private CpuTimeHarness() {
    }

    /** Prints one line per body: adapter and readTree CPU µs and bytes per call, and their ratios. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("mcp")) {
            mcp();
            return;
        }
        if (args.length > 0 && args[0].equals("mcp-timer")) {
            mcpWithQuietTimer();
            return;
        }
        List<String> carriers = args.length > 0 ? List.of(args) : List.of(NewCarrierParseBenchmark.class
                .getField("carrier").getAnnotation(org.openjdk.jmh.annotations.Param.class).value());
        for (String carrier : carriers) {
            NewCarrierParseBenchmark parse = new NewCarrierParseBenchmark();
            parse.carrier = carrier;
            parse.setUp();
            report(carrier, parse::adapter, parse::readTree);
        }
        if (args.length == 0) {
            AdapterParseBenchmark control = new AdapterParseBenchmark();
            control.setUp();
            report("dhl (control)", control::dhl, control::dhlReadTree);
        }
    }

    private static void mcp() throws Exception {
        eachSize((mcp, events) -> {
            String body = "MCP assess_shipment, " + events + " events, against the facade";
            report(body + " (thread CPU)", mcp::toolCallSdkClientInJvm, mcp::facade, CpuTimeHarness::threadCpu);
            report(body + " (process CPU)", mcp::toolCallSdkClientInJvm, mcp::facade, CpuTimeHarness::processCpu);
            report("its tool handler alone, " + events + " events (thread CPU)", mcp::toolHandler, mcp::facade,
                    CpuTimeHarness::threadCpu);
            report("for information, Waybill's server alone (the same tools/call, no SDK client session), " + events
                    + " events (thread CPU)", mcp::toolCallServerInJvm, mcp::facade, CpuTimeHarness::threadCpu);
            report("the floor: the SDK's client and server, a tool answering a constant, output checked, " + events
                    + " events (thread CPU)", mcp::sdkFloorChecked, mcp::facade, CpuTimeHarness::threadCpu);
            report("the floor without an output schema, " + events + " events (thread CPU)", mcp::sdkFloor,
                    mcp::facade, CpuTimeHarness::threadCpu);
        });
    }

    /** Rows measured on one {@link McpToolBenchmark} set up for a shipment of some events. */
    @FunctionalInterface
    private interface McpRows {
        void report(McpToolBenchmark mcp, int events) throws Exception;
    }

    /** {@code rows} at 5 and at 20 events, each on a benchmark set up for it and torn down after. */
    private static void eachSize(McpRows rows) throws Exception {
        for (int events : new int[] {5, 20}) {
            McpToolBenchmark mcp = new McpToolBenchmark();
            mcp.events = events;
            mcp.setUpInJvm();
            try {
                rows.report(mcp, events);
            } finally {
                mcp.tearDown();
            }
        }
    }

    /**
     * For information, not a target's row: the SDK client's call again, with Reactor's timers on one
     * executor that keeps a cancelled timer queued until its deadline. The SDK's client puts a
     * {@code Mono.timeout} on every request; on Reactor's own parallel scheduler each such timer becomes
     * the head of its worker's queue (the last one was removed when cancelled) and wakes the worker,
     * which then contends with the caller for the queue's lock. Here a new timer lands behind queued
     * ones and wakes nothing. Process-wide and not a setting to run with (the cancelled timers of a
     * busy client pile up for the timeout's length): it shows what that wake-up costs the call.
     */
    private static void mcpWithQuietTimer() throws Exception {
        reactor.core.scheduler.Schedulers.setFactory(new reactor.core.scheduler.Schedulers.Factory() {
            @Override
            public reactor.core.scheduler.Scheduler newParallel(int parallelism,
                                                                java.util.concurrent.ThreadFactory threads) {
                java.util.concurrent.ScheduledThreadPoolExecutor timers =
                        new java.util.concurrent.ScheduledThreadPoolExecutor(1, threads);
                timers.setRemoveOnCancelPolicy(false);
                return reactor.core.scheduler.Schedulers.fromExecutorService(timers);
            }
        });
        eachSize((mcp, events) -> {
            String body = "MCP assess_shipment, " + events + " events, timers without a wake-up, against the facade";
            report(body + " (thread CPU)", mcp::toolCallSdkClientInJvm, mcp::facade, CpuTimeHarness::threadCpu);
            report(body + " (process CPU)", mcp::toolCallSdkClientInJvm, mcp::facade, CpuTimeHarness::processCpu);
        });
    }

    private static long threadCpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static long threadAllocated() {
        return ALLOCATION.getCurrentThreadAllocatedBytes();
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

    /**
     * Prints the median CPU µs per call of {@code measured} and {@code reference} and their ratio, and
     * the median bytes the thread allocated per call of each and their ratio.
     */
    private static void report(String body, Call measured, Call reference, LongSupplier cpu) throws Exception {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            perCall(measured, cpu);
            perCall(reference, cpu);
        }
        double[] measuredRounds = new double[ROUNDS];
        double[] referenceRounds = new double[ROUNDS];
        double[] measuredBytes = new double[ROUNDS];
        double[] referenceBytes = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            measuredRounds[i] = perCall(measured, cpu);
            referenceRounds[i] = perCall(reference, cpu);
            measuredBytes[i] = perCall(measured, CpuTimeHarness::threadAllocated);
            referenceBytes[i] = perCall(reference, CpuTimeHarness::threadAllocated);
        }
        double a = median(measuredRounds) / 1_000.0;
        double r = median(referenceRounds) / 1_000.0;
        double ab = median(measuredBytes);
        double rb = median(referenceBytes);
        System.out.println(String.format(Locale.ROOT, "%s: %.1f µs, reference %.1f µs, ratio %.2f; %.0f B, "
                + "reference %.0f B, ratio %.2f", body, a, r, a / r, ab, rb, ab / rb));
    }

    /** What {@code counter} counted per call over one round of calls (nanoseconds, or bytes). */
    private static double perCall(Call call, LongSupplier counter) throws Exception {
        Object sink = null;
        long start = counter.getAsLong();
        for (int i = 0; i < CALLS; i++) {
            sink = call.run();
        }
        long spent = counter.getAsLong() - start;
        if (sink == null) {
            throw new IllegalStateException("a call answered nothing");
        }
        return (double) spent / CALLS;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
