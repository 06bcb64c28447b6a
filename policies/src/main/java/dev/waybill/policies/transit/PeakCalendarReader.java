package dev.waybill.policies.transit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.delay.Basis;
import dev.waybill.delay.PeakSeason;
import dev.waybill.delay.PeakWindow;
import dev.waybill.delay.Place;
import dev.waybill.policies.PolicyNode;
import dev.waybill.policies.internal.At;
import dev.waybill.policies.internal.PolicyJson;
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

/**
 * Reads peak seasons from the policy format (see the README, "Peak calendar"): bound into the DTO
 * records below and checked into core's {@link PeakSeason}. A window's fields depend on its
 * {@code type}, so the window is bound once its type is known.
 */
final class PeakCalendarReader {

    /** A peak calendar file. */
    record CalendarFile(String about, List<SeasonJson> seasons) {
    }

    /** One season as written; {@code window} is bound by its {@code type}. */
    record SeasonJson(String name, JsonNode window, List<String> origins, List<String> destinations,
            List<Stage> stages, Integer extraDays, Basis basis, String source) {
    }

    /** {@code FIXED}: month-days {@code MM-DD}. */
    record FixedJson(String type, String from, String to) {
    }

    /** {@code THANKSGIVING}: days from US Thanksgiving. */
    record ThanksgivingJson(String type, Integer fromOffset, Integer toOffset) {
    }

    /** {@code LUNAR_NEW_YEAR}: days around the dates given per year. */
    record LunarNewYearJson(String type, Integer daysBefore, Integer daysAfter, Map<String, String> dates) {
    }

    /** {@code HIJRI}: Hijri month-days {@code M-D}. */
    record HijriJson(String type, String from, String to) {
    }

    private PeakCalendarReader() {
    }

    static List<PeakSeason> seasons(PolicyNode document) {
        At list = At.of(document).field("seasons");
        List<SeasonJson> written = list.required(PolicyJson.bind(document, CalendarFile.class).seasons());
        List<PeakSeason> seasons = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            seasons.add(season(list.index(i), written.get(i)));
        }
        return seasons;
    }

    private static PeakSeason season(At at, SeasonJson json) {
        at.required(json);
        return at.build(() -> new PeakSeason(at.field("name").text(json.name()),
                window(at.field("window"), json.window()), places(at.field("origins"), json.origins()),
                places(at.field("destinations"), json.destinations()), stages(at.field("stages"), json.stages()),
                at.field("extraDays").integer(json.extraDays(), 0, 90), at.field("basis").required(json.basis()),
                at.field("source").text(json.source())));
    }

    /** The places of an optional list; none when absent. */
    static List<Place> places(At at, List<String> texts) {
        List<Place> places = new ArrayList<>();
        if (texts != null) {
            for (int i = 0; i < texts.size(); i++) {
                places.add(ProfileReader.place(at.index(i), texts.get(i)));
            }
        }
        return places;
    }

    /** A required, non-empty list of stages. */
    static Set<Stage> stages(At at, List<Stage> list) {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        for (int i = 0; i < at.required(list).size(); i++) {
            stages.add(at.index(i).required(list.get(i)));
        }
        if (stages.isEmpty()) {
            throw at.problem("no stages");
        }
        return stages;
    }

    private static PeakWindow window(At at, JsonNode node) {
        if (node == null || node.isNull()) {
            throw at.problem("missing");
        }
        if (!node.isObject()) {
            throw at.problem("expected an object, got " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        At typeAt = at.field("type");
        JsonNode typeNode = node.get("type");
        String type = typeAt.text(typeNode == null || typeNode.isNull() ? null
                : typeNode.isTextual() ? typeNode.asText() : typeNode.toString());
        return at.build(() -> switch (type) {
            case "FIXED" -> {
                FixedJson fixed = PolicyJson.bind(at, node, FixedJson.class);
                yield new PeakWindow.Fixed(monthDay(at.field("from"), fixed.from()), monthDay(at.field("to"), fixed.to()));
            }
            case "THANKSGIVING" -> {
                ThanksgivingJson thanksgiving = PolicyJson.bind(at, node, ThanksgivingJson.class);
                yield new PeakWindow.AroundThanksgiving(at.field("fromOffset").integer(thanksgiving.fromOffset(), -60, 60),
                        at.field("toOffset").integer(thanksgiving.toOffset(), -60, 60));
            }
            case "LUNAR_NEW_YEAR" -> {
                LunarNewYearJson lunar = PolicyJson.bind(at, node, LunarNewYearJson.class);
                Map<Integer, LocalDate> dates = new TreeMap<>();
                At datesAt = at.field("dates");
                for (Map.Entry<String, String> entry : datesAt.required(lunar.dates()).entrySet()) {
                    At dateAt = datesAt.field(entry.getKey());
                    int year;
                    try {
                        year = Integer.parseInt(entry.getKey());
                    } catch (NumberFormatException e) {
                        throw dateAt.problem("the key must be a year, got '" + entry.getKey() + "'");
                    }
                    LocalDate day = dateAt.date(entry.getValue());
                    if (day.getYear() != year) {
                        throw dateAt.problem("date " + day + " is not in " + year);
                    }
                    dates.put(year, day);
                }
                yield new PeakWindow.AroundLunarNewYear(dates, at.field("daysBefore").integer(lunar.daysBefore(), 0, 60),
                        at.field("daysAfter").integer(lunar.daysAfter(), 0, 60));
            }
            case "HIJRI" -> {
                HijriJson hijri = PolicyJson.bind(at, node, HijriJson.class);
                int[] from = hijri(at.field("from"), hijri.from());
                int[] to = hijri(at.field("to"), hijri.to());
                yield new PeakWindow.Hijri(from[0], from[1], to[0], to[1]);
            }
            default -> throw typeAt.problem(
                    "unknown window type '" + type + "'; expected FIXED, THANKSGIVING, LUNAR_NEW_YEAR or HIJRI");
        });
    }

    private static MonthDay monthDay(At at, String value) {
        String text = at.text(value);
        try {
            return MonthDay.parse("--" + text);
        } catch (DateTimeParseException e) {
            throw at.problem("not a month-day MM-DD: '" + text + "'");
        }
    }

    private static int[] hijri(At at, String value) {
        String text = at.text(value);
        String[] parts = text.split("-");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw at.problem("not a Hijri month-day M-D: '" + text + "'");
    }
}
