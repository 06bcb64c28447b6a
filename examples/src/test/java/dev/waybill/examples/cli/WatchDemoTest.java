package dev.waybill.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code waybill demo --watch}: the simulated month over the bundled demo shipments. Expectations from
 * the recorded data (demo/shipments.json), written before the run: order-1002's documents hold in
 * Leipzig from 14 Nov 11:00 CET outlasts the 48-hour grace; order-1013 is delivered on 16 Nov, two days
 * after its promise; order-1010 departs Shenzhen on 27 Oct and is never scanned again; the buyer of
 * order-1014 says on 14 Nov that it never came.
 */
class WatchDemoTest {

    private static final Pattern NOTICE = Pattern.compile(
            "^  (\\S+) NOTICE  (\\S+) (n-[0-9a-f]{20}) to the (buyer|shop)");
    private static CommandRun run;
    private static Map<String, List<String>> timelines;

    @BeforeAll
    static void runTheMonth() {
        run = CommandRun.waybill("demo", "--watch");
        timelines = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : run.out().lines().toList()) {
            if (line.startsWith("order-")) {
                current = new ArrayList<>();
                timelines.put(line.substring(0, line.indexOf(' ')), current);
            } else if (line.startsWith("  ") && current != null) {
                current.add(line);
            }
        }
    }

    private static List<Matcher> notices(String shipment, String kind) {
        List<Matcher> found = new ArrayList<>();
        for (String line : timelines.get(shipment)) {
            Matcher m = NOTICE.matcher(line);
            if (m.find() && m.group(2).equals(kind)) {
                found.add(m);
            }
        }
        return found;
    }

    @Test
    void theMonthRunsOfflineAndPrintsEveryShipmentsTimeline() {
        assertThat(run.status()).isZero();
        assertThat(run.stderr()).isEmpty();
        assertThat(timelines).hasSize(19).allSatisfy((id, lines) -> assertThat(lines).as(id).isNotEmpty());
        assertThat(run.out()).contains("to 2026-11-20T12:00:00Z on a simulated clock");
    }

    @Test
    void aCustomsHoldPastTheGraceOpensOneExceptionNoticeToTheBuyerInGerman() {
        assertThat(timelines.get("order-1002"))
                .anySatisfy(l -> assertThat(l).contains("POLL").contains("exception NONE -> CUSTOMS_HOLD"));
        List<Matcher> exception = notices("order-1002", "EXCEPTION");
        assertThat(exception).hasSize(1);
        Instant told = Instant.parse(exception.get(0).group(1));
        assertThat(told).isAfterOrEqualTo(Instant.parse("2026-11-14T10:00:00Z").plus(Duration.ofHours(48)));
        assertThat(exception.get(0).group(4)).isEqualTo("buyer");
        assertThat(timelines.get("order-1002")).anySatisfy(l -> assertThat(l).contains("EXCEPTION").contains("(de)"));
    }

    @Test
    void aLateDeliveryGivesDeliveredLateToTheBuyer() {
        assertThat(timelines.get("order-1013")).anySatisfy(l -> assertThat(l).contains("-> DELIVERED_LATE"));
        assertThat(notices("order-1013", "DELIVERED_LATE")).singleElement()
                .satisfies(m -> assertThat(m.group(4)).isEqualTo("buyer"));
    }

    @Test
    void aSilentParcelGivesSilentToTheShopAndABuyersReportNeedsAPerson() {
        assertThat(notices("order-1010", "SILENT")).singleElement()
                .satisfies(m -> assertThat(m.group(4)).isEqualTo("shop"));
        assertThat(notices("order-1014", "NEEDS_PERSON")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.group(4)).isEqualTo("shop"));
    }

    @Test
    void noNoticeIsDecidedTwice() {
        List<String> ids = new ArrayList<>();
        for (List<String> lines : timelines.values()) {
            for (String line : lines) {
                Matcher m = NOTICE.matcher(line);
                if (m.find()) {
                    ids.add(m.group(3));
                }
            }
        }
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
        assertThat(run.out()).contains(ids.size() + " notices (" + ids.size() + " distinct ids)");
    }
}
