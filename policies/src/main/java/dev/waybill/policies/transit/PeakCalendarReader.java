package dev.waybill.policies.transit;

import dev.waybill.delay.Basis;
import dev.waybill.delay.PeakSeason;
import dev.waybill.delay.PeakWindow;
import dev.waybill.delay.Place;
import dev.waybill.policies.PolicyNode;
import dev.waybill.shipment.Stage;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads peak seasons from the policy format (see the README, "Peak calendar"). */
final class PeakCalendarReader {

    private PeakCalendarReader() {
    }

    static List<PeakSeason> seasons(PolicyNode root) {
        root.onlyFields("about", "seasons");
        List<PeakSeason> seasons = new ArrayList<>();
        for (PolicyNode node : root.required("seasons").elements()) {
            seasons.add(season(node));
        }
        return seasons;
    }

    private static PeakSeason season(PolicyNode node) {
        node.onlyFields("name", "window", "origins", "destinations", "stages", "extraDays", "basis", "source");
        try {
            return new PeakSeason(node.required("name").text(), window(node.required("window")),
                    places(node, "origins"), places(node, "destinations"), stages(node.required("stages")),
                    node.required("extraDays").integer(0, 90), node.required("basis").enumValue(Basis.class),
                    node.required("source").text());
        } catch (IllegalArgumentException e) {
            throw node.problem(e.getMessage());
        }
    }

    static List<Place> places(PolicyNode node, String field) {
        List<Place> places = new ArrayList<>();
        node.optional(field).ifPresent(list -> list.elements().forEach(p -> places.add(ProfileReader.place(p))));
        return places;
    }

    static Set<Stage> stages(PolicyNode list) {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        for (PolicyNode stage : list.elements()) {
            stages.add(stage.enumValue(Stage.class));
        }
        if (stages.isEmpty()) {
            throw list.problem("no stages");
        }
        return stages;
    }

    private static PeakWindow window(PolicyNode node) {
        String type = node.required("type").text();
        try {
            return switch (type) {
                case "FIXED" -> {
                    node.onlyFields("type", "from", "to");
                    yield new PeakWindow.Fixed(monthDay(node.required("from")), monthDay(node.required("to")));
                }
                case "THANKSGIVING" -> {
                    node.onlyFields("type", "fromOffset", "toOffset");
                    yield new PeakWindow.AroundThanksgiving(node.required("fromOffset").integer(-60, 60),
                            node.required("toOffset").integer(-60, 60));
                }
                case "LUNAR_NEW_YEAR" -> {
                    node.onlyFields("type", "daysBefore", "daysAfter", "dates");
                    Map<Integer, LocalDate> dates = new TreeMap<>();
                    for (Map.Entry<String, PolicyNode> entry : node.required("dates").fields()) {
                        int year;
                        try {
                            year = Integer.parseInt(entry.getKey());
                        } catch (NumberFormatException e) {
                            throw entry.getValue().problem("the key must be a year, got '" + entry.getKey() + "'");
                        }
                        LocalDate day = entry.getValue().date();
                        if (day.getYear() != year) {
                            throw entry.getValue().problem("date " + day + " is not in " + year);
                        }
                        dates.put(year, day);
                    }
                    yield new PeakWindow.AroundLunarNewYear(dates, node.required("daysBefore").integer(0, 60),
                            node.required("daysAfter").integer(0, 60));
                }
                case "HIJRI" -> {
                    node.onlyFields("type", "from", "to");
                    int[] from = hijri(node.required("from"));
                    int[] to = hijri(node.required("to"));
                    yield new PeakWindow.Hijri(from[0], from[1], to[0], to[1]);
                }
                default -> throw node.required("type").problem(
                        "unknown window type '" + type + "'; expected FIXED, THANKSGIVING, LUNAR_NEW_YEAR or HIJRI");
            };
        } catch (IllegalArgumentException e) {
            throw node.problem(e.getMessage());
        }
    }

    private static MonthDay monthDay(PolicyNode node) {
        try {
            return MonthDay.parse("--" + node.text());
        } catch (DateTimeParseException e) {
            throw node.problem("not a month-day MM-DD: '" + node.text() + "'");
        }
    }

    private static int[] hijri(PolicyNode node) {
        String[] parts = node.text().split("-");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw node.problem("not a Hijri month-day M-D: '" + node.text() + "'");
    }
}
