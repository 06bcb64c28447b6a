package dev.waybill.delay;

import dev.waybill.shipment.Shipment;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One application of the {@link VerdictRule}s to one shipment at one moment: the {@link Facts} are
 * computed once, then each rule in order of precedence reads them and writes what it decides into
 * the {@link Findings}. A rule that settles the status (lost, returning, delivered) ends the rules
 * for a parcel in transit; the rules for every parcel still run.
 */
final class Judgement {

    private Judgement() {
    }

    /** The verdict on {@code shipment} at {@code now}, judged against {@code profile}; days counted in {@code zone}. */
    static Verdict verdict(Shipment shipment, TransitProfile profile, PeakCalendar peaks, List<Disruption> disruptions,
                           int escalateAfterReports, Instant now, ZoneId zone) {
        Facts facts = Facts.of(shipment, profile, peaks, disruptions, escalateAfterReports, now, zone);
        Findings findings = new Findings();
        List<VerdictRule> rules = VerdictRule.IN_ORDER;
        for (int i = 0, n = rules.size(); i < n; i++) {
            VerdictRule rule = rules.get(i);
            if (rule.always || findings.status == null) {
                rule.apply(facts, findings);
            }
        }
        return findings.verdict(facts);
    }
}
