package dev.waybill.carriers.yunexpress;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carriers.mapping.CarrierNames;
import dev.waybill.carriers.mapping.Countries;
import dev.waybill.carriers.mapping.EventDraft;
import dev.waybill.carriers.mapping.EventTime;
import dev.waybill.carriers.mapping.LaneDefaults;
import dev.waybill.carriers.mapping.ShipmentDraft;
import dev.waybill.carriers.mapping.StatusMapping;
import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.Shipment;
import java.util.List;

/**
 * YunExpress OMS bodies to shipments: the {@code Item} with its events, a {@code NOT_FOUND} problem for
 * an answer with no {@code Item} or an {@code Item} without events, an {@code API_ERROR} for a
 * {@code Code} other than {@code 0000}. The body names the destination ({@code CountryCode}) but no
 * origin: where no event names a place either, the origin is the configured default, else China,
 * where YunExpress's lines start (not the destination, as for a body that names one country).
 */
final class YunExpressMapper {

    /** The {@code Code} of a successful answer. */
    static final String SUCCESS = "0000";

    private YunExpressMapper() {
    }

    /**
     * Everything a body holds.
     *
     * @param asked the number asked for, which names a not-found answer that names none; may be null
     */
    static ParsedBody read(byte[] body, int status, String asked, LaneDefaults defaults) {
        YunExpressResponse.Root root = YunExpressReader.read(status, body);
        if (root == null || blank(root.code())) {
            throw new CarrierResponseException(YunExpressTracking.NAME, status, null,
                    "not a YunExpress tracking answer (no 'Code')", null);
        }
        if (!SUCCESS.equals(root.code().strip())) {
            return ParsedBody.of(ParsedBody.Problem.of(ParsedBody.Problem.Kind.API_ERROR, asked, root.code().strip(),
                    blank(root.message()) ? "YunExpress answered Code " + root.code().strip() : root.message()));
        }
        YunExpressResponse.Item item = root.item();
        String number = item == null ? asked : firstText(item.waybillNumber(), asked);
        if (item == null || item.details() == null || !any(item.details())) {
            return ParsedBody.of(ParsedBody.Problem.of(ParsedBody.Problem.Kind.NOT_FOUND, number, null,
                    "YunExpress has no events for this number"));
        }
        if (number == null) {
            throw new CarrierResponseException(YunExpressTracking.NAME, status, null,
                    "a YunExpress answer with events but no WaybillNumber", null);
        }
        return ParsedBody.of(List.of(shipment(item, number, defaults)));
    }

    private static Shipment shipment(YunExpressResponse.Item item, String number, LaneDefaults defaults) {
        ShipmentDraft draft = ShipmentDraft.of(YunExpressTracking.NAME, number)
                .destination(Countries.orNull(item.countryCode()))
                .handOver(handOver(item, number));
        if (!placed(item.details())) {
            draft.origin(defaults.origin().orElse(defaults.home()));
        }
        for (YunExpressResponse.Detail detail : item.details()) {
            if (detail == null) {
                continue;
            }
            String code = code(detail);
            // the node code's row where the event sends one, else the number's
            StatusMapping row = (blank(detail.trackNodeCode()) ? YunExpressStatusMap.TRACKING_STATUSES
                    : YunExpressStatusMap.NODES).map(code, number);
            draft.event(new EventDraft(detail.processDate(), EventTime.tryParse(detail.processDate()).orElse(null),
                    row, firstText(detail.processLocation(), detail.processCity()),
                    Countries.orNull(detail.processCountry()),
                    (code == null ? "?" : code)
                            + (blank(detail.processContent()) ? "" : ": " + detail.processContent().strip()),
                    detail.processContent(), null));
        }
        // the body does not date its state: undated, the verdict dates it by the latest event
        if (item.packageState() != null && item.packageState() != 0) {
            String state = item.packageState().toString();
            draft.statusAt(YunExpressStatusMap.PACKAGE_STATES.map(state, number), null,
                    "YunExpress PackageState " + state);
        } else if (item.trackingStatus() != null) {
            String status = item.trackingStatus().toString();
            draft.statusAt(YunExpressStatusMap.TRACKING_STATUSES.map(status, number), null,
                    "YunExpress TrackingStatus " + status);
        }
        return draft.build(defaults);
    }

    /** True when some event is there at all. */
    private static boolean any(List<YunExpressResponse.Detail> details) {
        for (YunExpressResponse.Detail detail : details) {
            if (detail != null) {
                return true;
            }
        }
        return false;
    }

    /** True when some event names a country or a place, from which the lane's origin can be read. */
    private static boolean placed(List<YunExpressResponse.Detail> details) {
        for (YunExpressResponse.Detail detail : details) {
            if (detail != null && (!blank(detail.processCountry()) || !blank(detail.processLocation())
                    || !blank(detail.processCity()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The event's own code as {@code detail} shows it: the node code where it sends one, else its numeric
     * {@code TrackingStatus}; null when it has neither.
     */
    private static String code(YunExpressResponse.Detail detail) {
        if (!blank(detail.trackNodeCode())) {
            return detail.trackNodeCode().strip();
        }
        return detail.trackingStatus() == null ? null : detail.trackingStatus().toString();
    }

    /**
     * The last-mile leg: {@code TrackingNumber} when it is not the waybill number, the carrier from
     * {@code ProviderName}, else {@code CarrierName} (lower case without spaces or punctuation, so
     * {@code USPS} is the {@code usps} adapter); null when YunExpress names no other number.
     */
    static HandOver handOver(YunExpressResponse.Item item, String number) {
        String next = blank(item.trackingNumber()) ? null : item.trackingNumber().strip();
        if (next == null || next.equalsIgnoreCase(number)) {
            return null;
        }
        String name = firstText(item.providerName(), item.carrierName());
        return new HandOver(CarrierNames.adapterName(name), next, null);
    }

    private static String firstText(String first, String second) {
        return !blank(first) ? first.strip() : blank(second) ? null : second.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
