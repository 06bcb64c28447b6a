package dev.waybill.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.CustomerReport;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.ReportType;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic, seeded shipments shaped like a cross-border shop's open orders: China to the US,
 * France, Germany, the UK, Saudi Arabia, Japan and Thailand plus a US domestic lane, and every
 * exception the verdict engine knows (on track, delivered, delivered late, export and import
 * customs holds, a failed delivery, waiting at a pickup point, a stall, lost by declaration and by
 * silence, damage, return to sender, a label never picked up, "delivered" but not received, a
 * congestion delay). Each shipment has exactly the number of events asked for: the scenario's
 * milestones, padded with hub scans and movements between them, so the timeline stays coherent.
 *
 * <p>The same seed always gives the same shipments. Immutable and thread-safe.
 */
public final class ShipmentMix {

    /** The moment every benchmark judges at: a week before Black Friday 2026, inside the peak calendar. */
    public static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** One milestone of a scenario: days after hand-over, code, reason. */
    private record Step(double day, EventCode code, Reason reason) {
    }

    /**
     * One kind of journey.
     *
     * @param name        what it shows
     * @param shippedAgo  days between hand-over and {@link #NOW}
     * @param promiseDays days from hand-over to the promised date
     * @param steps       the milestones, oldest first
     * @param report      what the buyer reported after the last milestone, or null
     */
    private record Scenario(String name, double shippedAgo, int promiseDays, List<Step> steps, ReportType report) {
    }

    /** A destination with its carrier, offset, currency and language. */
    private record Route(String origin, String destination, String carrier, ZoneOffset originOffset,
                         ZoneOffset destinationOffset, String currency, String language, String originCity,
                         String destinationCity) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("CN", "US", "yunexpress", hours(8), hours(-5), "USD", "en", "Shenzhen", "Los Angeles, CA"),
            new Route("CN", "FR", "cainiao", hours(8), hours(1), "EUR", "fr", "Guangzhou", "Lyon"),
            new Route("CN", "DE", "4px", hours(8), hours(1), "EUR", "de", "Shenzhen", "Frankfurt am Main"),
            new Route("CN", "GB", "yanwen", hours(8), hours(0), "GBP", "en", "Yiwu", "Coventry"),
            new Route("CN", "SA", "aramex", hours(8), hours(3), "SAR", "ar", "Shenzhen", "Riyadh"),
            new Route("CN", "JP", "china-post", hours(8), hours(9), "JPY", "ja", "Shanghai", "Osaka"),
            new Route("CN", "TH", "cainiao", hours(8), hours(7), "THB", "th", "Guangzhou", "Bangkok"),
            new Route("US", "US", "usps", hours(-5), hours(-8), "USD", "en", "Columbus, OH", "Sacramento, CA"));

    private static final List<Step> JOURNEY = List.of(
            new Step(0.0, EventCode.LABEL_CREATED, null),
            new Step(0.6, EventCode.PICKED_UP, null),
            new Step(1.8, EventCode.EXPORT_CLEARED, null),
            new Step(2.6, EventCode.DEPARTED_ORIGIN, null),
            new Step(4.2, EventCode.ARRIVED_DESTINATION, null),
            new Step(5.3, EventCode.IMPORT_CLEARED, null),
            new Step(6.4, EventCode.OUT_FOR_DELIVERY, null),
            new Step(6.7, EventCode.DELIVERED, null));

    private static final List<Scenario> SCENARIOS = List.of(
            scenario("on track in the linehaul", 3.4, 14, 4, null),
            scenario("delivered on time", 12, 14, 8, null),
            new Scenario("delivered late", 24, 12, stretch(JOURNEY, 2.7), null),
            new Scenario("import customs hold", 8, 14, with(JOURNEY.subList(0, 5),
                    new Step(5.6, EventCode.IMPORT_HELD, Reason.DOCUMENTS)), null),
            new Scenario("export customs hold", 4, 14, with(JOURNEY.subList(0, 2),
                    new Step(1.5, EventCode.EXPORT_HELD, Reason.INSPECTION)), null),
            new Scenario("failed delivery", 9, 14, with(JOURNEY.subList(0, 7),
                    new Step(6.8, EventCode.DELIVERY_FAILED, Reason.ADDRESS)), null),
            new Scenario("waiting at a pickup point", 9, 14, with(JOURNEY.subList(0, 7),
                    new Step(6.9, EventCode.AVAILABLE_FOR_PICKUP, Reason.RECIPIENT_ABSENT)), null),
            scenario("stalled in the linehaul", 14, 20, 4, null),
            new Scenario("lost, declared by the carrier", 16, 14, with(JOURNEY.subList(0, 4),
                    new Step(12, EventCode.LOST, null)), null),
            scenario("lost, silent past the loss threshold", 48, 14, 4, null),
            new Scenario("damaged in the destination country", 7, 14, with(JOURNEY.subList(0, 5),
                    new Step(5.1, EventCode.DAMAGED, null)), null),
            new Scenario("returning to the sender", 15, 14, with(JOURNEY.subList(0, 7),
                    new Step(6.8, EventCode.DELIVERY_FAILED, Reason.ADDRESS),
                    new Step(9.5, EventCode.RETURN_TO_SENDER, null)), null),
            new Scenario("label never picked up", 6, 14, List.of(new Step(0, EventCode.LABEL_CREATED, null),
                    new Step(1.2, EventCode.LABEL_CREATED, null)), null),
            scenario("delivered but not received", 10, 14, 8, ReportType.NOT_RECEIVED),
            new Scenario("congestion delay", 9, 12, with(JOURNEY.subList(0, 4),
                    new Step(5.5, EventCode.IN_TRANSIT, Reason.CONGESTION)), null),
            scenario("in import customs", 5.5, 14, 6, null));

    /** Scan texts on the origin side, in the air and on the destination side. */
    private static final List<String[]> SCANS = List.of(
            new String[] {"Arrived at sorting centre", "Departed sorting centre", "Processed at export facility",
                "Loaded onto linehaul truck"},
            new String[] {"In transit to next facility", "Arrived at transit hub", "Departed transit hub",
                "Flight departed", "Flight arrived"},
            new String[] {"Arrived at delivery depot", "Processed at local facility", "Sorted for delivery route",
                "In transit to destination city"});

    private final long seed;

    private ShipmentMix(long seed) {
        this.seed = seed;
    }

    /** The mix drawn from {@code seed}. */
    public static ShipmentMix seeded(long seed) {
        return new ShipmentMix(seed);
    }

    /**
     * Shipment number {@code index} with exactly {@code events} events (at least 1). Consecutive
     * indexes walk through every scenario and every lane.
     */
    public Shipment shipment(int index, int events) {
        if (events < 1) {
            throw new IllegalArgumentException("events must be at least 1, got " + events);
        }
        SplittableRandom random = new SplittableRandom(seed * 31 + index);
        Scenario scenario = SCENARIOS.get(index % SCENARIOS.size());
        Route route = ROUTES.get((index / SCENARIOS.size() + index) % ROUTES.size());
        boolean domestic = route.origin().equals(route.destination());
        Instant shipped = NOW.minus(Duration.ofMinutes((long) (scenario.shippedAgo() * 24 * 60))
                .plusMinutes(random.nextInt(180)));
        List<Step> steps = fit(scenario.steps(), events, domestic);
        List<TrackingEvent> timeline = new ArrayList<>(events);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            timeline.add(event(route, shipped, step.day(), step.code(), step.reason(), milestoneSide(step.code()),
                    null, random));
            if (i + 1 < steps.size()) {
                int padding = padding(steps.size(), events, i);
                double gap = steps.get(i + 1).day() - step.day();
                for (int p = 1; p <= padding; p++) {
                    double day = step.day() + gap * p / (padding + 1);
                    EventCode code = steps.get(i + 1).code() == EventCode.LABEL_CREATED ? EventCode.LABEL_CREATED
                            : p % 2 == 0 ? EventCode.IN_TRANSIT : EventCode.HUB_SCAN;
                    timeline.add(event(route, shipped, day, code, null, scanSide(step.code()), SCANS, random));
                }
            }
        }
        String id = String.format(Locale.ROOT, "order-%07d", index);
        String number = trackingNumber(route, index);
        Lane lane = new Lane(CountryCode.of(route.origin()), CountryCode.of(route.destination()), Mode.AIR,
                route.carrier());
        Shipment.Builder shipment = Shipment.builder(id, lane)
                .trackingNumber(number)
                .shippedAt(shipped.atOffset(route.originOffset()))
                .promisedBy(LocalDate.ofInstant(shipped, route.destinationOffset()).plusDays(scenario.promiseDays()))
                .value(Money.of(Money.currency(route.currency()), price(route.currency(), random)))
                .weightKg(BigDecimal.valueOf(120 + random.nextInt(1800), 3))
                .language(Locale.forLanguageTag(route.language()))
                .events(timeline);
        if (scenario.report() != null) {
            Instant last = timeline.get(timeline.size() - 1).instant();
            shipment.report(CustomerReport.of(last.plus(Duration.ofHours(20)), scenario.report()));
        }
        return shipment.build();
    }

    /** {@code shipment} as a JSON object in the input format of {@code waybill assess}. */
    public static byte[] json(Shipment shipment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 160 * shipment.events().size());
        writeJson(shipment, out, new JsonFactory());
        return out.toByteArray();
    }

    /** Writes {@code shipment} as one compact JSON object (no line break) to {@code out}. */
    public static void writeJson(Shipment shipment, OutputStream out, JsonFactory factory) {
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("id", shipment.id());
            json.writeStringField("origin", shipment.origin().value());
            json.writeStringField("destination", shipment.destination().value());
            json.writeStringField("carrier", shipment.lane().carrier().orElse(null));
            json.writeStringField("trackingNumber", shipment.trackingNumber().orElse(null));
            json.writeStringField("mode", shipment.lane().mode().name());
            json.writeStringField("shippedAt", INSTANT.format(shipment.shippedAt().orElseThrow()));
            json.writeStringField("promisedBy", shipment.promisedBy().orElseThrow().toString());
            json.writeObjectFieldStart("value");
            json.writeStringField("amount", shipment.value().orElseThrow().amount().toPlainString());
            json.writeStringField("currency", shipment.value().orElseThrow().currency().getCurrencyCode());
            json.writeEndObject();
            json.writeFieldName("weightKg");
            json.writeNumber(shipment.weightKg().orElse(null));
            json.writeStringField("language", shipment.language().orElseThrow().toLanguageTag());
            json.writeArrayFieldStart("events");
            for (TrackingEvent event : shipment.events()) {
                json.writeStartObject();
                json.writeStringField("at", INSTANT.format(event.at()));
                json.writeStringField("code", event.code().name());
                if (event.reason().isPresent()) {
                    json.writeStringField("reason", event.reason().get().name());
                }
                if (event.location().isPresent()) {
                    json.writeStringField("location", event.location().get());
                }
                if (event.country().isPresent()) {
                    json.writeStringField("country", event.country().get().value());
                }
                if (event.detail().isPresent()) {
                    json.writeStringField("detail", event.detail().get());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("reports");
            for (CustomerReport report : shipment.reports()) {
                json.writeStartObject();
                json.writeStringField("at", report.at().toString());
                json.writeStringField("type", report.type().name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Scenario scenario(String name, double shippedAgo, int promiseDays, int journeySteps,
                                     ReportType report) {
        return new Scenario(name, shippedAgo, promiseDays, JOURNEY.subList(0, journeySteps), report);
    }

    private static List<Step> with(List<Step> head, Step... tail) {
        List<Step> steps = new ArrayList<>(head);
        steps.addAll(List.of(tail));
        return List.copyOf(steps);
    }

    private static List<Step> stretch(List<Step> steps, double factor) {
        return steps.stream().map(s -> new Step(s.day() * factor, s.code(), s.reason())).toList();
    }

    /**
     * The milestones that fit in {@code events}: all of them when there is room, else the first
     * and the last ones (the last ones decide the verdict). Customs steps are dropped on a domestic lane.
     */
    private static List<Step> fit(List<Step> steps, int events, boolean domestic) {
        List<Step> usable = steps.stream().filter(s -> !domestic || !customs(s.code())).toList();
        if (usable.size() <= events) {
            return usable;
        }
        int tail = Math.min(events - 1, 3);
        List<Step> kept = new ArrayList<>(usable.subList(0, events - tail));
        kept.addAll(usable.subList(usable.size() - tail, usable.size()));
        return kept;
    }

    private static boolean customs(EventCode code) {
        return code == EventCode.EXPORT_HELD || code == EventCode.EXPORT_CLEARED || code == EventCode.IMPORT_HELD
                || code == EventCode.IMPORT_CLEARED;
    }

    /** Padding events after milestone {@code i}, spread evenly over the gaps. */
    private static int padding(int milestones, int events, int i) {
        int gaps = milestones - 1;
        if (gaps == 0) {
            return 0;
        }
        int extra = events - milestones;
        return extra / gaps + (i < extra % gaps ? 1 : 0);
    }

    /** -1 origin side, 1 destination side: where a milestone happens. */
    private static int milestoneSide(EventCode code) {
        return switch (code) {
            case LABEL_CREATED, PICKED_UP, EXPORT_HELD, EXPORT_CLEARED, DEPARTED_ORIGIN -> -1;
            default -> 1;
        };
    }

    /** -1 origin side, 0 in the air, 1 destination side: where the scans after a milestone happen. */
    private static int scanSide(EventCode milestone) {
        return milestone == EventCode.DEPARTED_ORIGIN ? 0 : milestoneSide(milestone);
    }

    private static TrackingEvent event(Route route, Instant shipped, double day, EventCode code, Reason reason,
                                       int side, List<String[]> scans, SplittableRandom random) {
        ZoneOffset offset = side > 0 ? route.destinationOffset() : route.originOffset();
        Instant at = shipped.plus(Duration.ofMinutes((long) (day * 24 * 60)));
        String location = side > 0 ? route.destinationCity() : side < 0 ? route.originCity() : null;
        String country = side > 0 ? route.destination() : side < 0 ? route.origin() : null;
        String detail;
        if (scans != null) {
            String[] texts = scans.get(side + 1);
            detail = texts[random.nextInt(texts.length)];
        } else {
            detail = code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return TrackingEvent.builder(at.atOffset(offset), code)
                .reason(reason)
                .location(location)
                .country(country == null ? null : CountryCode.of(country))
                .detail(detail)
                .build();
    }

    private static String trackingNumber(Route route, int index) {
        return switch (route.carrier()) {
            case "yunexpress" -> String.format(Locale.ROOT, "YT2630%012d", index);
            case "usps" -> String.format(Locale.ROOT, "9400110%015d", index);
            default -> String.format(Locale.ROOT, "LP%011dCN", index % 100_000_000_000L);
        };
    }

    private static BigDecimal price(String currency, SplittableRandom random) {
        int cents = 899 + random.nextInt(9000);
        return switch (currency) {
            case "JPY" -> BigDecimal.valueOf(cents * 150L / 100);
            case "THB" -> BigDecimal.valueOf(cents * 36L, 2);
            case "SAR" -> BigDecimal.valueOf(cents * 375L / 100, 2);
            default -> BigDecimal.valueOf(cents, 2);
        };
    }

    private static ZoneOffset hours(int hours) {
        return ZoneOffset.ofHours(hours);
    }

    @Override
    public String toString() {
        return "ShipmentMix{seed=" + seed + "}";
    }
}
