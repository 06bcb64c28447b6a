package dev.waybill.spring.autoconfigure;

import java.time.Duration;

/**
 * What the starter reports as it works: webhooks, polls, carrier calls, rate-limit waits, transitions,
 * notices and verdicts. The
 * Micrometer implementation counts them as the {@code waybill.*} meters; {@link #NONE} ignores them.
 */
public interface WaybillObserver {

    /** Ignores everything. */
    WaybillObserver NONE = new WaybillObserver() { };

    /** A webhook delivery of {@code carrier}, accepted or rejected (bad signature or body). */
    default void webhook(String carrier, boolean accepted) {
    }

    /** One poll of {@code carrier}'s due shipments; outcome {@code updated}, {@code unchanged} or {@code failed}. */
    default void poll(String carrier, String outcome) {
    }

    /** One call to {@code carrier}'s API that took {@code took}. */
    default void latency(String carrier, Duration took) {
    }

    /** A wait of {@code took} before calling {@code carrier}, to stay within its rate limit. */
    default void rateLimitWait(String carrier, Duration took) {
    }

    /** A recorded transition of {@code field} (status, stage, exception, cause, eta). */
    default void transition(String field) {
    }

    /** A notice handed to the sinks. */
    default void notice(String kind, String audience) {
    }

    /** A verdict recomputed for a watched shipment. */
    default void verdict(String status) {
    }
}
