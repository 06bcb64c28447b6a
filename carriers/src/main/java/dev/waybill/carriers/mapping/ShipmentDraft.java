package dev.waybill.carriers.mapping;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.InputLimits;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TimeBasis;
import dev.waybill.shipment.TrackingEvent;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assembles a {@link Shipment} from what a carrier body says, resolving what the body leaves open:
 * <ul>
 *   <li>each event's place: its country code, else the country its location text names, and the zone
 *       of a gazetteer city the text names ({@link Places}, {@link EventDraft#place(Places)});</li>
 *   <li>the lane: origin and destination from the body, else from the event places (the origin from
 *       the first event with a country; the destination from the last delivery-side event with one, else
 *       from the last event with one where that is not the origin country: events all in one country do
 *       not show where a parcel goes), else the {@link LaneDefaults};</li>
 *   <li>times without an offset: in the zone of the event's place, its city's zone first, else the
 *       single offset of its country ({@link TimeBasis#ZONE_OF_LOCATION}); only for an event without a
 *       resolvable place, in the lane's country on that side of the border ({@link TimeBasis#ZONE_OF_LANE}),
 *       where that country determines one offset; else read as UTC ({@link TimeBasis#ASSUMED_UTC});</li>
 *   <li>customs events placed by position: export when in the origin's customs territory or before the
 *       departure, import when in the destination's, and a hub scan when in a country the parcel only
 *       passes through;</li>
 *   <li>events whose time cannot be read are left out with a warning.</li>
 * </ul>
 * The id is the tracking number unless the body has the shop's order id; the carrier is the slug the
 * body names, else the adapter name; the mode is {@link Mode#AIR} unless set.
 *
 * <p>Not thread-safe; build one per shipment.
 */
public final class ShipmentDraft {

    private static final Logger LOG = LoggerFactory.getLogger(ShipmentDraft.class);

    private static final Set<EventCode> ORIGIN_SIDE = EnumSet.of(EventCode.LABEL_CREATED, EventCode.PICKED_UP,
            EventCode.EXPORT_HELD, EventCode.EXPORT_CLEARED, EventCode.DEPARTED_ORIGIN);
    private static final Set<EventCode> DESTINATION_SIDE = EnumSet.of(EventCode.ARRIVED_DESTINATION,
            EventCode.IMPORT_HELD, EventCode.IMPORT_CLEARED, EventCode.OUT_FOR_DELIVERY, EventCode.DELIVERY_FAILED,
            EventCode.AVAILABLE_FOR_PICKUP, EventCode.DELIVERED);
    /** Codes that say little enough for the event's text to be read ({@link #read(EventDraft)}). */
    private static final Set<EventCode> READ_FROM_TEXT = EnumSet.of(EventCode.UNKNOWN, EventCode.IN_TRANSIT,
            EventCode.HUB_SCAN, EventCode.LABEL_CREATED, EventCode.DELIVERY_FAILED);
    /** What the text of a failed delivery may show beside the failure's reason. */
    private static final Set<EventCode> AFTER_FAILURE = EnumSet.of(EventCode.DELIVERY_FAILED,
            EventCode.RETURN_TO_SENDER, EventCode.LOST, EventCode.DAMAGED, EventCode.AVAILABLE_FOR_PICKUP);
    private static final Set<EventCode> PAST_DEPARTURE = EnumSet.of(EventCode.DEPARTED_ORIGIN,
            EventCode.ARRIVED_DESTINATION, EventCode.IMPORT_HELD, EventCode.IMPORT_CLEARED, EventCode.OUT_FOR_DELIVERY,
            EventCode.DELIVERY_FAILED, EventCode.AVAILABLE_FOR_PICKUP, EventCode.DELIVERED);

    private static final Comparator<Resolved> BY_TIMELINE = Comparator.comparing(Resolved::event,
            TrackingEvent.TIMELINE_ORDER);

    private final String adapter;
    private final String trackingNumber;
    private String id;
    private String carrier;
    private CountryCode origin;
    private CountryCode destination;
    private Mode mode = Mode.AIR;
    private BigDecimal weightKg;
    private CarrierStatus status;
    private HandOver handOver;
    private final List<EventDraft> events = new ArrayList<>();
    private Places places = Places.defaults();
    private TextRules textRules = TextRules.defaults();

    private ShipmentDraft(String adapter, String trackingNumber) {
        this.adapter = Objects.requireNonNull(adapter, "adapter");
        this.trackingNumber = Objects.requireNonNull(trackingNumber, "trackingNumber");
    }

    /** A draft for {@code trackingNumber} read by adapter {@code adapter}. */
    public static ShipmentDraft of(String adapter, String trackingNumber) {
        return new ShipmentDraft(adapter, trackingNumber);
    }

    /** The shop's order id, where the body has it; blank is ignored. */
    public ShipmentDraft id(String id) {
        this.id = id == null || id.isBlank() ? null : id.strip();
        return this;
    }

    /** The actual carrier's slug as the body names it; blank is ignored. */
    public ShipmentDraft carrier(String carrier) {
        this.carrier = carrier == null || carrier.isBlank() ? null : carrier;
        return this;
    }

    /** The origin country the body states; null when it does not. */
    public ShipmentDraft origin(CountryCode origin) {
        this.origin = origin;
        return this;
    }

    /** The destination country the body states; null when it does not. */
    public ShipmentDraft destination(CountryCode destination) {
        this.destination = destination;
        return this;
    }

    /** The linehaul mode, where the body says; {@link Mode#AIR} otherwise. */
    public ShipmentDraft mode(Mode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /**
     * The weight in kilograms; null or negative is ignored, and so is one above
     * {@link InputLimits#maxWeightKg()} of the defaults, with a warning naming the field.
     */
    public ShipmentDraft weightKg(BigDecimal weightKg) {
        if (weightKg != null && weightKg.compareTo(InputLimits.defaults().maxWeightKg()) > 0) {
            LOG.warn("weight left out carrier={} tracking={}: weightKg {} is above the limit of {} kg", adapter,
                    trackingNumber, weightKg.toString(), InputLimits.defaults().maxWeightKg());
            this.weightKg = null;
            return this;
        }
        this.weightKg = weightKg == null || weightKg.signum() < 0 ? null : weightKg;
        return this;
    }

    /**
     * What the carrier says of the whole shipment, read through its status table: the row's code
     * gives how far the parcel has come ({@link CarrierStatus.Progress}); an {@link EventCode#UNKNOWN}
     * row or a null one says nothing and is ignored.
     *
     * @param row     the status table's row for the shipment-level code
     * @param rawTime when the carrier set it, as sent; may be null (an offset-less time is read as UTC)
     * @param said    the carrier's words, naming the field: {@code "EasyPost status 'delivered'"}
     */
    public ShipmentDraft status(StatusMapping row, String rawTime, String said) {
        return statusAt(row, EventTime.tryParse(rawTime).orElse(null), said);
    }

    /**
     * Like {@link #status(StatusMapping, String, String)}, with the time already read.
     *
     * @param time when the carrier set it; may be null (a local time is read as UTC)
     */
    public ShipmentDraft statusAt(StatusMapping row, EventTime time, String said) {
        CarrierStatus.Progress progress = row == null ? null : progress(row.code());
        if (progress != null) {
            this.status = new CarrierStatus(progress, row.reason(),
                    Optional.ofNullable(time == null ? null : time.withOffsetOrUtc()), said);
        }
        return this;
    }

    /**
     * Like {@link #status(StatusMapping, String, String)}, the row read from the status's free
     * {@code text} where its code says little, as events are.
     */
    public ShipmentDraft status(StatusMapping row, String text, String rawTime, String said) {
        return statusAt(row, text, EventTime.tryParse(rawTime).orElse(null), said);
    }

    /** Like {@link #status(StatusMapping, String, String, String)}, with the time already read (may be null). */
    public ShipmentDraft statusAt(StatusMapping row, String text, EventTime time, String said) {
        TextMatch match = row == null ? null : reading(row, text);
        return statusAt(match == null ? row : match.mapping(), time, said);
    }

    /** The carrier stopped tracking the shipment after a long time without news ({@code said} names the field). */
    public ShipmentDraft expired(String rawTime, String said) {
        EventTime time = EventTime.tryParse(rawTime).orElse(null);
        this.status = CarrierStatus.of(CarrierStatus.Progress.EXPIRED, time == null ? null : time.withOffsetOrUtc(), said);
        return this;
    }

    private static CarrierStatus.Progress progress(EventCode code) {
        return switch (code) {
            case LABEL_CREATED -> CarrierStatus.Progress.PRE_TRANSIT;
            case EXPORT_HELD, IMPORT_HELD -> CarrierStatus.Progress.CUSTOMS_HOLD;
            case OUT_FOR_DELIVERY -> CarrierStatus.Progress.OUT_FOR_DELIVERY;
            case DELIVERY_FAILED -> CarrierStatus.Progress.DELIVERY_FAILED;
            case AVAILABLE_FOR_PICKUP -> CarrierStatus.Progress.AVAILABLE_FOR_PICKUP;
            case DELIVERED -> CarrierStatus.Progress.DELIVERED;
            case RETURN_TO_SENDER -> CarrierStatus.Progress.RETURNING;
            case DAMAGED -> CarrierStatus.Progress.DAMAGED;
            case LOST -> CarrierStatus.Progress.LOST;
            case PICKED_UP, HUB_SCAN, IN_TRANSIT, EXPORT_CLEARED, DEPARTED_ORIGIN, ARRIVED_DESTINATION,
                    IMPORT_CLEARED -> CarrierStatus.Progress.IN_TRANSIT;
            case UNKNOWN -> null;
        };
    }

    /** The next carrier the body says the parcel was handed to; null when none. */
    public ShipmentDraft handOver(HandOver handOver) {
        this.handOver = handOver;
        return this;
    }

    /** The rules event texts are read with; {@link TextRules#defaults()} unless set. */
    public ShipmentDraft textRules(TextRules textRules) {
        this.textRules = Objects.requireNonNull(textRules, "textRules");
        return this;
    }

    /** The places event locations are resolved with; {@link Places#defaults()} unless set. */
    public ShipmentDraft places(Places places) {
        this.places = Objects.requireNonNull(places, "places");
        return this;
    }

    /**
     * Adds an event.
     *
     * @throws CarrierResponseException past {@link InputLimits#maxEventsPerShipment()} of the defaults
     */
    public ShipmentDraft event(EventDraft event) {
        Objects.requireNonNull(event, "event");
        if (events.size() >= InputLimits.defaults().maxEventsPerShipment()) {
            throw new CarrierResponseException(adapter, 0, null, "more than "
                    + InputLimits.defaults().maxEventsPerShipment() + " events for tracking number " + trackingNumber
                    + " (the limit per shipment)", null);
        }
        events.add(event);
        return this;
    }

    /** The tracking number this draft is for. */
    public String trackingNumber() {
        return trackingNumber;
    }

    /** True when at least one event has been added. */
    public boolean hasEvents() {
        return !events.isEmpty();
    }

    /** The shipment, lane and times resolved as the class describes. */
    public Shipment build(LaneDefaults defaults) {
        List<EventDraft> timed = new ArrayList<>(events.size());
        for (EventDraft event : events) {
            if (event.time == null) {
                LOG.warn("event without a readable time left out carrier={} tracking={} time='{}' detail='{}'",
                        adapter, trackingNumber, event.rawTime, event.detail);
            } else {
                timed.add(read(event));
            }
        }
        timed.sort(ShipmentDraft::compareRoughly);
        List<Place> where = new ArrayList<>(timed.size());
        for (EventDraft event : timed) {
            where.add(event.place(places).orElse(null));
        }
        Lane lane = lane(timed, where, defaults);
        List<TrackingEvent> placed = lane.crossesCustoms() && anyByPosition(timed)
                ? placeCustoms(timed, where, lane) : resolved(timed, where, lane);
        return Shipment.builder(id == null ? trackingNumber : id, lane)
                .trackingNumber(trackingNumber)
                .weightKg(weightKg)
                .events(placed)
                .carrierStatus(status)
                .handOver(handOver)
                .build();
    }

    /**
     * The event, its code read from its free text where the code says little: a code the adapter
     * could not map, plain movement, a hub scan or a label (which the text may show to be more), or
     * a failed delivery without a reason (where the text may give the reason, or show it was returned,
     * lost, damaged or left at a pickup point). Text that reads as no more than the code changes nothing.
     */
    private EventDraft read(EventDraft event) {
        TextMatch match = reading(event.status(), event.text);
        return match == null ? event : event.readAs(match);
    }

    /** What {@code text} adds to the code's {@code row}, as {@link #read(EventDraft)} says; null if nothing. */
    private TextMatch reading(StatusMapping row, String text) {
        if (text == null || !READ_FROM_TEXT.contains(row.code())
                || (row.code() == EventCode.DELIVERY_FAILED && row.reason().isPresent())) {
            return null;
        }
        TextMatch match = textRules.classify(text).orElse(null);
        if (match == null) {
            return null;
        }
        EventCode code = match.mapping().code();
        boolean adds = row.code() == EventCode.DELIVERY_FAILED ? AFTER_FAILURE.contains(code)
                : code != EventCode.IN_TRANSIT || row.code() == EventCode.UNKNOWN || match.mapping().reason().isPresent();
        return adds ? match : null;
    }

    /** Orders by instant, a local time read as UTC, without making an {@code Instant} per comparison. */
    private static int compareRoughly(EventDraft a, EventDraft b) {
        int bySecond = Long.compare(roughEpochSecond(a.time), roughEpochSecond(b.time));
        return bySecond != 0 ? bySecond : Integer.compare(a.time.wallClock().getNano(),
                b.time.wallClock().getNano());
    }

    private static long roughEpochSecond(EventTime time) {
        return time.hasOffset() ? time.withOffset.toEpochSecond() : time.local.toEpochSecond(ZoneOffset.UTC);
    }

    private Lane lane(List<EventDraft> timed, List<Place> where, LaneDefaults defaults) {
        CountryCode first = null;
        for (int i = 0; i < where.size() && first == null; i++) {
            first = where.get(i) == null ? null : where.get(i).country();
        }
        CountryCode from = origin;
        CountryCode to = destination;
        if (from == null) {
            from = first != null ? first : defaults.origin().orElse(null);
        }
        if (to == null) {
            for (int i = timed.size() - 1; i >= 0 && to == null; i--) {
                EventDraft event = timed.get(i);
                if (where.get(i) != null && DESTINATION_SIDE.contains(event.status().code())
                        && !event.status().customsByPosition()) {
                    to = where.get(i).country();
                }
            }
            for (int i = where.size() - 1; i >= 0 && to == null; i--) {
                if (where.get(i) != null && !where.get(i).country().equals(first)) {
                    to = where.get(i).country();
                }
            }
            if (to == null) {
                to = defaults.destination().orElse(null);
            }
        }
        if (from == null && to == null) {
            LOG.warn("no origin or destination country carrier={} tracking={}; assuming {} (configure a default lane)",
                    adapter, trackingNumber, defaults.home());
            from = defaults.home();
            to = defaults.home();
        } else if (from == null) {
            from = to;
        } else if (to == null) {
            to = from;
        }
        return new Lane(from, to, mode, carrier == null ? adapter : carrier);
    }

    private TrackingEvent resolve(EventDraft event, Place place, Lane lane) {
        EventTime time = event.time;
        OffsetDateTime at;
        TimeBasis basis;
        if (time.hasOffset()) {
            at = time.withOffset;
            basis = TimeBasis.OFFSET_GIVEN;
        } else {
            ZoneOffset byLocation = place == null ? null : place.zone != null
                    ? Zones.offsetIn(place.zone, time.local) : Zones.offsetIn(place.country, time.local);
            CountryCode laneCountry = place == null ? laneCountry(event, lane) : null;
            ZoneOffset byLane = laneCountry == null ? null : Zones.offsetIn(laneCountry, time.local);
            if (byLocation != null) {
                at = time.local.atOffset(byLocation);
                basis = TimeBasis.ZONE_OF_LOCATION;
            } else if (byLane != null) {
                at = time.local.atOffset(byLane);
                basis = TimeBasis.ZONE_OF_LANE;
            } else {
                at = time.local.atOffset(ZoneOffset.UTC);
                basis = TimeBasis.ASSUMED_UTC;
            }
        }
        return TrackingEvent.builder(at, event.status().code())
                .reason(event.status().reason().orElse(null))
                .location(event.location)
                .country(place == null ? null : place.country())
                .detail(event.detail)
                .timeBasis(basis)
                .reading(event.reading)
                .build();
    }

    private static CountryCode laneCountry(EventDraft event, Lane lane) {
        EventCode code = event.status().code();
        if (lane.isDomestic()) {
            return lane.origin();
        }
        if (event.status().customsByPosition()) {
            return null;
        }
        if (ORIGIN_SIDE.contains(code)) {
            return lane.origin();
        }
        return DESTINATION_SIDE.contains(code) ? lane.destination() : null;
    }

    /** True when the side of a customs event is to be placed by its position. */
    private static boolean anyByPosition(List<EventDraft> timed) {
        for (EventDraft event : timed) {
            if (event.status().customsByPosition()) {
                return true;
            }
        }
        return false;
    }

    /** The events resolved, in timeline order, their customs sides as the carrier gave them. */
    private List<TrackingEvent> resolved(List<EventDraft> timed, List<Place> where, Lane lane) {
        List<TrackingEvent> resolved = new ArrayList<>(timed.size());
        for (int i = 0; i < timed.size(); i++) {
            resolved.add(resolve(timed.get(i), where.get(i), lane));
        }
        resolved.sort(TrackingEvent.TIMELINE_ORDER);
        return resolved;
    }

    /**
     * The events resolved, in timeline order, on a lane that crosses customs: the customs events to
     * place by position placed.
     */
    private List<TrackingEvent> placeCustoms(List<EventDraft> timed, List<Place> where, Lane lane) {
        List<Resolved> sorted = new ArrayList<>(timed.size());
        for (int i = 0; i < timed.size(); i++) {
            EventDraft event = timed.get(i);
            sorted.add(new Resolved(resolve(event, where.get(i), lane), event.status().customsByPosition()));
        }
        sorted.sort(BY_TIMELINE);
        List<TrackingEvent> placed = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            TrackingEvent event = sorted.get(i).event();
            if (!sorted.get(i).byPosition()) {
                placed.add(event);
                continue;
            }
            boolean export;
            CountryCode country = event.country().orElse(null);
            if (country != null && !country.sharesCustomsTerritoryWith(lane.origin())
                    && !country.sharesCustomsTerritoryWith(lane.destination())) {
                placed.add(inTransit(event));
                continue;
            }
            if (country != null) {
                export = country.sharesCustomsTerritoryWith(lane.origin());
            } else {
                boolean departedBefore = placed.stream().anyMatch(e -> PAST_DEPARTURE.contains(e.code()));
                boolean departsAfter = sorted.subList(i + 1, sorted.size()).stream()
                        .anyMatch(e -> e.event().code() == EventCode.DEPARTED_ORIGIN);
                export = !departedBefore && departsAfter;
            }
            placed.add(export ? exportSide(event) : event);
        }
        return placed;
    }

    /** An event with whether its customs side is still to be placed. */
    private record Resolved(TrackingEvent event, boolean byPosition) {
    }

    /** A customs event in a country the parcel only passes through: transit processing, a hub scan. */
    private static TrackingEvent inTransit(TrackingEvent event) {
        return new TrackingEvent(event.at(), EventCode.HUB_SCAN, event.reason(), event.location(), event.country(),
                event.detail(), event.timeBasis(), event.reading());
    }

    private static TrackingEvent exportSide(TrackingEvent event) {
        EventCode code = event.code() == EventCode.IMPORT_HELD ? EventCode.EXPORT_HELD : EventCode.EXPORT_CLEARED;
        return new TrackingEvent(event.at(), code, event.reason(), event.location(), event.country(),
                event.detail(), event.timeBasis(), event.reading());
    }
}
