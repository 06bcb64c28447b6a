package dev.waybill.shipment;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing the buyer reported, and when.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at   when the buyer told the shop
 * @param type what they reported
 */
public record CustomerReport(Instant at, ReportType type) implements Comparable<CustomerReport> {

    /** Validates both parts. */
    public CustomerReport {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
    }

    /** A report of {@code type} made at {@code at}. */
    public static CustomerReport of(Instant at, ReportType type) {
        return new CustomerReport(at, type);
    }

    @Override
    public int compareTo(CustomerReport other) {
        int byTime = at.compareTo(other.at);
        return byTime != 0 ? byTime : type.compareTo(other.type);
    }
}
