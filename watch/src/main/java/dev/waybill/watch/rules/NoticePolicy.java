package dev.waybill.watch.rules;

import dev.waybill.shipment.CountryCode;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shop's notice policy: how long a customs hold may last before the buyer hears of it, the
 * buyer's quiet hours, the weekly cap of informational buyer notices per shipment, how long before a
 * claim's deadline the shop is told, the shop's own language and name, and how often a date that slides
 * with no news is told.
 *
 * <p>Immutable and thread-safe. Read from JSON with {@code NoticePolicies.load(path)}.
 *
 * @param customsGrace  a customs (or export) hold that clears within this says nothing to the buyer
 * @param quietHours    the buyer's quiet hours in the destination's time zone
 * @param weeklyCap     at most this many EXCEPTION and ETA_CHANGED notices per shipment in any 7 days
 * @param claimLeadDays the shop hears of a claim this many days before its deadline
 * @param shopLanguage  the language of SHOP notices
 * @param shopName      the shop's name for buyer messages; empty when not given
 * @param zones         time zones by destination country, over the built-in ones
 * @param slideNoticeDays an ETA that moves later only with the passing of time (a look with no news from
 *                      the carrier: a silent parcel's date slides a day each day) is told to the buyer at
 *                      most once in this many days; one that news moves is told at once; 0 tells every slide
 */
public record NoticePolicy(Duration customsGrace, QuietHours quietHours, int weeklyCap, int claimLeadDays,
                           Locale shopLanguage, Optional<String> shopName, Map<String, ZoneId> zones,
                           int slideNoticeDays) {

    /** The default of {@link #slideNoticeDays()}: a silent parcel's buyer hears of its new date once a week. */
    public static final int DEFAULT_SLIDE_NOTICE_DAYS = 7;

    private static final Map<String, ZoneId> BUILT_IN = Map.ofEntries(
            Map.entry("AE", ZoneId.of("Asia/Dubai")), Map.entry("AT", ZoneId.of("Europe/Vienna")),
            Map.entry("AU", ZoneId.of("Australia/Sydney")), Map.entry("BE", ZoneId.of("Europe/Brussels")),
            Map.entry("BR", ZoneId.of("America/Sao_Paulo")), Map.entry("CA", ZoneId.of("America/Toronto")),
            Map.entry("CH", ZoneId.of("Europe/Zurich")), Map.entry("CN", ZoneId.of("Asia/Shanghai")),
            Map.entry("CZ", ZoneId.of("Europe/Prague")), Map.entry("DE", ZoneId.of("Europe/Berlin")),
            Map.entry("DK", ZoneId.of("Europe/Copenhagen")), Map.entry("ES", ZoneId.of("Europe/Madrid")),
            Map.entry("FI", ZoneId.of("Europe/Helsinki")), Map.entry("FR", ZoneId.of("Europe/Paris")),
            Map.entry("GB", ZoneId.of("Europe/London")), Map.entry("HK", ZoneId.of("Asia/Hong_Kong")),
            Map.entry("ID", ZoneId.of("Asia/Jakarta")), Map.entry("IE", ZoneId.of("Europe/Dublin")),
            Map.entry("IN", ZoneId.of("Asia/Kolkata")), Map.entry("IT", ZoneId.of("Europe/Rome")),
            Map.entry("JP", ZoneId.of("Asia/Tokyo")), Map.entry("KR", ZoneId.of("Asia/Seoul")),
            Map.entry("MX", ZoneId.of("America/Mexico_City")), Map.entry("MY", ZoneId.of("Asia/Kuala_Lumpur")),
            Map.entry("NL", ZoneId.of("Europe/Amsterdam")), Map.entry("NO", ZoneId.of("Europe/Oslo")),
            Map.entry("NZ", ZoneId.of("Pacific/Auckland")), Map.entry("PH", ZoneId.of("Asia/Manila")),
            Map.entry("PL", ZoneId.of("Europe/Warsaw")), Map.entry("PT", ZoneId.of("Europe/Lisbon")),
            Map.entry("SA", ZoneId.of("Asia/Riyadh")), Map.entry("SE", ZoneId.of("Europe/Stockholm")),
            Map.entry("SG", ZoneId.of("Asia/Singapore")), Map.entry("TH", ZoneId.of("Asia/Bangkok")),
            Map.entry("TR", ZoneId.of("Europe/Istanbul")), Map.entry("TW", ZoneId.of("Asia/Taipei")),
            Map.entry("US", ZoneId.of("America/New_York")), Map.entry("VN", ZoneId.of("Asia/Ho_Chi_Minh")));

    /** Validates the parts and copies the zones. */
    public NoticePolicy {
        Objects.requireNonNull(customsGrace, "customsGrace");
        Objects.requireNonNull(quietHours, "quietHours");
        Objects.requireNonNull(shopLanguage, "shopLanguage");
        Objects.requireNonNull(shopName, "shopName");
        if (customsGrace.isNegative()) {
            throw new IllegalArgumentException("customsGrace is negative: " + customsGrace);
        }
        if (weeklyCap < 1) {
            throw new IllegalArgumentException("weeklyCap must be at least 1: " + weeklyCap);
        }
        if (claimLeadDays < 0) {
            throw new IllegalArgumentException("claimLeadDays is negative: " + claimLeadDays);
        }
        if (slideNoticeDays < 0) {
            throw new IllegalArgumentException("slideNoticeDays is negative: " + slideNoticeDays);
        }
        zones = Map.copyOf(zones);
    }

    /** The same with the default {@link #slideNoticeDays()}. */
    public NoticePolicy(Duration customsGrace, QuietHours quietHours, int weeklyCap, int claimLeadDays,
                        Locale shopLanguage, Optional<String> shopName, Map<String, ZoneId> zones) {
        this(customsGrace, quietHours, weeklyCap, claimLeadDays, shopLanguage, shopName, zones,
                DEFAULT_SLIDE_NOTICE_DAYS);
    }

    /** The same, the shop's name given as plain text, null or blank for none. */
    public NoticePolicy(Duration customsGrace, QuietHours quietHours, int weeklyCap, int claimLeadDays,
                        Locale shopLanguage, String shopName, Map<String, ZoneId> zones) {
        this(customsGrace, quietHours, weeklyCap, claimLeadDays, shopLanguage, named(shopName), zones);
    }

    /** A shop's name given as plain text: empty when null or blank. */
    private static Optional<String> named(String shopName) {
        return Optional.ofNullable(shopName).filter(name -> !name.isBlank());
    }

    /**
     * 48 hours of customs grace, quiet 21:00-08:00, 3 notices a week, claims 7 days ahead, English, a
     * silent parcel's new date told once a week.
     */
    public static NoticePolicy defaults() {
        return new NoticePolicy(Duration.ofHours(48), QuietHours.DEFAULT, 3, 7, Locale.ENGLISH, Optional.empty(),
                Map.of(), DEFAULT_SLIDE_NOTICE_DAYS);
    }

    /**
     * The buyer's time zone in {@code destination}: the policy's, else the built-in one (the
     * most populous zone of a country with several), else UTC.
     */
    public ZoneId zoneOf(CountryCode destination) {
        ZoneId zone = zones.get(destination.value());
        if (zone == null) {
            zone = BUILT_IN.get(destination.value());
        }
        return zone == null ? ZoneOffset.UTC : zone;
    }

    /** A copy with {@code grace}. */
    public NoticePolicy withCustomsGrace(Duration grace) {
        return new NoticePolicy(grace, quietHours, weeklyCap, claimLeadDays, shopLanguage, shopName, zones,
                slideNoticeDays);
    }

    /** A copy with {@code quiet}. */
    public NoticePolicy withQuietHours(QuietHours quiet) {
        return new NoticePolicy(customsGrace, quiet, weeklyCap, claimLeadDays, shopLanguage, shopName, zones,
                slideNoticeDays);
    }

    /** A copy with {@code name} as the shop's name in buyer messages. */
    public NoticePolicy withShopName(String name) {
        return new NoticePolicy(customsGrace, quietHours, weeklyCap, claimLeadDays, shopLanguage, named(name), zones,
                slideNoticeDays);
    }

    /** A copy with {@code language} for SHOP notices. */
    public NoticePolicy withShopLanguage(Locale language) {
        return new NoticePolicy(customsGrace, quietHours, weeklyCap, claimLeadDays, language, shopName, zones,
                slideNoticeDays);
    }

    /** A copy with {@code cap}. */
    public NoticePolicy withWeeklyCap(int cap) {
        return new NoticePolicy(customsGrace, quietHours, cap, claimLeadDays, shopLanguage, shopName, zones,
                slideNoticeDays);
    }

    /** A copy with {@code days} as {@link #slideNoticeDays()}. */
    public NoticePolicy withSlideNoticeDays(int days) {
        return new NoticePolicy(customsGrace, quietHours, weeklyCap, claimLeadDays, shopLanguage, shopName, zones,
                days);
    }
}
