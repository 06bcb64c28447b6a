package dev.waybill.carriers.cainiao;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carriers.mapping.CarrierNames;
import dev.waybill.carriers.mapping.BodyReader;
import dev.waybill.carriers.mapping.Countries;
import dev.waybill.carriers.mapping.EventDraft;
import dev.waybill.carriers.mapping.EventTime;
import dev.waybill.carriers.mapping.LaneDefaults;
import dev.waybill.carriers.mapping.Place;
import dev.waybill.carriers.mapping.Places;
import dev.waybill.carriers.mapping.ShipmentDraft;
import dev.waybill.carriers.mapping.StatusMapping;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.Shipment;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cainiao bodies to shipments: one per {@code module} entry with events, a {@code NOT_FOUND} problem
 * for an entry with neither status nor events (Cainiao's answer for a number it does not know), an
 * {@code API_ERROR} for {@code success:false}.
 */
final class CainiaoMapper {

    private static final BodyReader<CainiaoResponse.Root> ROOT = BodyReader.of(CainiaoTracking.NAME,
            CainiaoResponse.Root.class);
    /** {@code [Shatian Town] Processing at sorting center}: the place in brackets before the text. */
    private static final Pattern BRACKETED_PLACE = Pattern.compile("^\\s*\\[([^\\]]+)]");
    /** The number at the end of {@code realMailNo}'s label ({@code "Latest Tracking Number:\tRC000000003EE"}). */
    private static final Pattern TRAILING_NUMBER = Pattern.compile("([A-Za-z0-9]{6,})\\s*$");

    private CainiaoMapper() {
    }

    /** Everything a body holds. */
    static ParsedBody read(byte[] body, int status, LaneDefaults defaults) {
        CainiaoResponse.Root root = ROOT.read(status, body);
        if (root == null || (root.module() == null && root.success() == null)) {
            throw new CarrierResponseException(CainiaoTracking.NAME, status, null,
                    "not a Cainiao tracking answer (no 'module')", null);
        }
        if (Boolean.FALSE.equals(root.success())) {
            return ParsedBody.of(ParsedBody.Problem.of(ParsedBody.Problem.Kind.API_ERROR, null, root.errorCode(),
                    root.errorMsg() == null ? "Cainiao answered success:false" : root.errorMsg()));
        }
        List<Shipment> shipments = new ArrayList<>();
        List<ParsedBody.Problem> problems = new ArrayList<>();
        for (CainiaoResponse.Module module : root.module() == null ? List.<CainiaoResponse.Module>of() : root.module()) {
            if (module == null || blank(module.mailNo())) {
                continue;
            }
            boolean noEvents = module.detailList() == null || module.detailList().isEmpty();
            HandOver handOver = handOver(module);
            if (noEvents && blank(module.status()) && handOver == null) {
                problems.add(ParsedBody.Problem.of(ParsedBody.Problem.Kind.NOT_FOUND, module.mailNo().strip(), null,
                        "Cainiao has no status and no events for this number"));
            } else {
                shipments.add(shipment(module, handOver, defaults));
            }
        }
        return shipments.isEmpty() && problems.isEmpty() ? ParsedBody.of(List.of())
                : new ParsedBody(shipments, problems);
    }

    private static Shipment shipment(CainiaoResponse.Module module, HandOver handOver, LaneDefaults defaults) {
        String number = module.mailNo().strip();
        ShipmentDraft draft = ShipmentDraft.of(CainiaoTracking.NAME, number)
                .origin(country(module.originCountry()))
                .destination(country(module.destCountry()))
                .handOver(handOver);
        if (!blank(module.status())) {
            CainiaoResponse.Trace latest = module.latestTrace();
            EventTime at = latest == null ? null : time(latest);
            draft.statusAt(CainiaoStatusMap.SHIPMENTS.map(module.status().strip(), number), module.statusDesc(), at,
                    "Cainiao status '" + module.status().strip() + "'");
        }
        for (CainiaoResponse.Trace trace : module.detailList() == null ? List.<CainiaoResponse.Trace>of()
                : module.detailList()) {
            if (trace == null) {
                continue;
            }
            String text = !blank(trace.standerdDesc()) ? trace.standerdDesc() : trace.desc();
            EventTime time = time(trace);
            String code = blank(trace.actionCode()) ? "?" : trace.actionCode().strip();
            draft.event(new EventDraft(trace.timeStr(), time,
                    sided(CainiaoStatusMap.EVENTS.map(code, number), trace.group()), place(text), null,
                    code + (blank(text) ? "" : ": " + text.strip())).withText(text));
        }
        return draft.build(defaults);
    }

    /**
     * A customs row that names no side ({@code CC_HO_OUT_SUCCESS}, departed from customs) put on the side
     * the event's group says: {@code AE_GROUP_EX_CLEARING_CUSTOMS} export, {@code AE_GROUP_IM_CLEARING_CUSTOMS}
     * import; left to position otherwise.
     */
    static StatusMapping sided(StatusMapping row, CainiaoResponse.Group group) {
        if (!row.customsByPosition() || group == null || group.nodeCode() == null) {
            return row;
        }
        boolean held = row.code() == EventCode.IMPORT_HELD;
        if (group.nodeCode().contains("_EX_CLEARING_CUSTOMS")) {
            return new StatusMapping(held ? EventCode.EXPORT_HELD : EventCode.EXPORT_CLEARED, row.reason(), false);
        }
        if (group.nodeCode().contains("_IM_CLEARING_CUSTOMS")) {
            return new StatusMapping(row.code(), row.reason(), false);
        }
        return row;
    }

    /**
     * The last-mile number the line handed the parcel to: {@code copyRealMailNo}, else the number at
     * the end of {@code realMailNo}'s label, when it is not the number asked; the carrier from
     * {@code destCpInfo} ({@code cpCode}, else {@code cpName}, lower case without spaces or punctuation,
     * so {@code UPS} is the {@code ups} adapter), null when Cainiao does not name it.
     */
    static HandOver handOver(CainiaoResponse.Module module) {
        String next = !blank(module.copyRealMailNo()) ? module.copyRealMailNo().strip() : trailingNumber(module.realMailNo());
        if (next == null || next.equalsIgnoreCase(module.mailNo().strip())) {
            return null;
        }
        CainiaoResponse.CpInfo cp = module.destCpInfo();
        String carrier = cp == null ? null : !blank(cp.cpCode()) ? cp.cpCode() : cp.cpName();
        return new HandOver(CarrierNames.adapterName(carrier), next, null);
    }

    private static String trailingNumber(String label) {
        if (blank(label)) {
            return null;
        }
        Matcher matcher = TRAILING_NUMBER.matcher(label);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** {@code time} (epoch ms) at the offset of {@code timeZone}; else {@code timeStr} at that offset. */
    static EventTime time(CainiaoResponse.Trace trace) {
        ZoneOffset offset = EventTime.offsetOf(trace.timeZone());
        if (trace.time() != null) {
            Instant instant = Instant.ofEpochMilli(trace.time());
            return EventTime.of(OffsetDateTime.ofInstant(instant, offset == null ? ZoneOffset.UTC : offset));
        }
        EventTime local = EventTime.tryParse(trace.timeStr()).orElse(null);
        if (local == null || local.hasOffset() || offset == null) {
            return local;
        }
        return local.at(offset);
    }

    private static String place(String text) {
        if (blank(text)) {
            return null;
        }
        Matcher matcher = BRACKETED_PLACE.matcher(text);
        return matcher.find() ? matcher.group(1).strip() : null;
    }

    /** {@code CN} or a country's name ({@code Mainland China}, {@code Belgium}). */
    private static CountryCode country(String text) {
        CountryCode code = Countries.orNull(text);
        if (code != null || blank(text)) {
            return code;
        }
        return Places.defaults().resolve(text).map(Place::country).orElse(null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
