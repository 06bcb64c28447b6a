package dev.waybill.carriers.postnl;

import dev.waybill.carriers.mapping.StatusMapping;
import dev.waybill.carriers.mapping.StatusTable;

/**
 * PostNL's status vocabulary, kept as data next to this class: the {@code StatusCode} of a status
 * (PostNL's T&amp;T status codes) in {@code status-codes.json}, and its {@code PhaseCode} (collection,
 * sorting, distribution, delivered) in {@code phase-codes.json}, which answers for a status code the
 * first table does not hold yet.
 */
final class PostNlStatusMap {

    static final StatusTable STATUSES = StatusTable.load(PostNlTracking.NAME,
            PostNlStatusMap.class.getResource("status-codes.json"));
    static final StatusTable PHASES = StatusTable.load(PostNlTracking.NAME,
            PostNlStatusMap.class.getResource("phase-codes.json"));

    private PostNlStatusMap() {
    }

    /** The row of {@code status}: its status code's, else its phase's, else UNKNOWN with a warning. */
    static StatusMapping map(PostNlResponse.Status status, String number) {
        return STATUSES.find(status.statusCode())
                .or(() -> PHASES.find(status.phaseCode()))
                .orElseGet(() -> STATUSES.map(status.statusCode(), number));
    }
}
