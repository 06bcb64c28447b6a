package dev.waybill.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.delay.VerdictEngine;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report's structure, read with an HTML parser: every chart present, sized, and its numbers below it. */
class HistoryReportTest {

    private static final ZoneOffset BRT = ZoneOffset.ofHours(-3);
    private static final Lane CORREIOS = new Lane(CountryCode.parse("BR"), CountryCode.parse("BR"), Mode.ROAD,
            "correios");
    private static final Lane JADLOG = CORREIOS.withCarrier("jadlog");
    private static final List<String> SECTIONS = List.of("exceptions", "transit", "on-time", "calibration",
            "delay-stages", "best-carrier");

    private static Document report;

    @BeforeAll
    static void writeReport() {
        List<Shipment> shipments = new ArrayList<>(TransitLearnerTest.history(CORREIOS, 300, 1));
        shipments.addAll(TransitLearnerTest.history(JADLOG, 40, 2));
        // late against its promise, and one still out, silent for weeks
        OffsetDateTime pickup = OffsetDateTime.of(2025, 6, 2, 10, 0, 0, 0, BRT);
        shipments.add(TransitLearnerTest.delivered("late", CORREIOS, pickup, 26));
        shipments.add(Shipment.builder("silent", JADLOG).event(TrackingEvent.of(pickup, EventCode.PICKED_UP)).build());
        shipments.add(TransitLearnerTest.delivered("backwards <b>", CORREIOS, pickup, -2));
        VerdictEngine engine = DefaultPolicies.verdictEngine().build();
        HistoryReport.Run run = HistoryReport.of(engine, Instant.parse("2026-01-10T12:00:00Z"), BRT).run();
        shipments.forEach(run::add);
        report = Jsoup.parse(run.html());
    }

    @Test
    void isOneSelfContainedPageReadableOnAPhone() {
        assertThat(report.select("meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(report.select("script")).isEmpty();
        assertThat(report.select("link, img, iframe, object, embed")).isEmpty();
        assertThat(report.select("[src], [href]")).isEmpty();
        assertThat(report.html().replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http");
        assertThat(report.select("p").first().text()).contains("342 shipments on 2 lanes and carriers")
                .contains("1 records with contradictory dates left out");
    }

    @Test
    void everySectionHasASizedChartWithItsNumbersInATableBelow() {
        for (String id : SECTIONS) {
            Element section = report.getElementById(id);
            assertThat(section).as(id).isNotNull();
            Element svg = section.selectFirst("svg");
            assertThat(svg).as(id + " chart").isNotNull();
            assertThat(svg.attr("viewBox")).as(id).matches("0 0 \\d+ \\d+");
            assertThat(svg.attr("width")).isEqualTo("100%");
            assertThat(svg.select("rect").size()).as(id + " has bars").isPositive();
            assertThat(svg.selectFirst("title").text()).isNotBlank();
            Element table = section.selectFirst("table");
            assertThat(table).as(id + " table").isNotNull();
            Element figure = svg.closest("figure");
            assertThat(section.children().indexOf(figure)).as(id + ": the table follows its chart")
                    .isLessThan(section.children().indexOf(table.closest("div")));
            assertThat(table.select("tbody tr")).as(id + " rows").isNotEmpty();
        }
    }

    @Test
    void theFiguresCarryTheNumberOfShipmentsBehindThem() {
        Element exceptions = report.getElementById("exceptions").selectFirst("table");
        assertThat(exceptions.select("tbody tr").first().select("td").eachText())
                .startsWith("BR→BR ROAD correios", "301");
        Element transit = report.getElementById("transit");
        assertThat(transit.select("svg")).hasSize(2);
        assertThat(transit.selectFirst("table").text()).contains("BR→BR ROAD jadlog 40");
        Element best = report.getElementById("best-carrier").selectFirst("tbody tr");
        assertThat(best.select("td").eachText()).contains("BR-BR ROAD", "2");
        assertThat(report.getElementById("delay-stages").text()).contains("FIRST_MILE");
        assertThat(report.getElementById("calibration").selectFirst("table").text()).contains("PICKUP_DAY");
    }
}
