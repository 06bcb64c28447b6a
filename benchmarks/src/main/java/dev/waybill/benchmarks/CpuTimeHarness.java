package dev.waybill.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The adapter parse benchmarks measured in CPU time of the measuring thread instead of wall time,
 * for a machine whose cores other processes share: time spent waiting for a core is not counted.
 * Runs each {@link LastMileParseBenchmark} method and the DHL pair of {@link AdapterParseBenchmark}
 * (a control with published figures) in rounds after a warm-up and prints the median CPU
 * microseconds per call and the ratio to readTree of the same body.
 *
 * <pre>{@code java -cp benchmarks/target/classes:$(cat benchmarks/target/classpath.txt) dev.waybill.benchmarks.CpuTimeHarness}</pre>
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
        LastMileParseBenchmark lastMile = new LastMileParseBenchmark();
        lastMile.setUp();
        AdapterParseBenchmark control = new AdapterParseBenchmark();
        control.setUp();
        report("USPS, one Tracking v3 answer (12 events)", lastMile::usps, lastMile::uspsReadTree);
        report("PostNL, one CompleteStatus (15 statuses)", lastMile::postnl, lastMile::postnlReadTree);
        report("DHL, one response (control)", control::dhl, control::dhlReadTree);
    }

    /** One call of a benchmark method. */
    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }

    private static void report(String body, Call adapter, Call readTree) throws Exception {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            microsPerCall(adapter);
            microsPerCall(readTree);
        }
        double[] adapterRounds = new double[ROUNDS];
        double[] readTreeRounds = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            adapterRounds[i] = microsPerCall(adapter);
            readTreeRounds[i] = microsPerCall(readTree);
        }
        double a = median(adapterRounds);
        double r = median(readTreeRounds);
        System.out.println(String.format(Locale.ROOT, "%s: adapter %.1f µs, readTree %.1f µs, ratio %.2f", body, a,
                r, a / r));
    }

    private static double microsPerCall(Call call) throws Exception {
        Object sink = null;
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < CALLS; i++) {
            sink = call.run();
        }
        long spent = THREADS.getCurrentThreadCpuTime() - start;
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
