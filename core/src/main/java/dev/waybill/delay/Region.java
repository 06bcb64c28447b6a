package dev.waybill.delay;

import dev.waybill.shipment.CountryCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * World regions as logistics sees them, for transit-profile fallbacks: a lane with no profile of
 * its own is judged by its origin's and destination's regions. Every ISO 3166-1 country belongs
 * to exactly one region.
 */
public enum Region {
    /** United States, Canada and nearby territories. */
    NORTH_AMERICA("US CA PM GL BM UM"),
    /** Mexico, Central and South America, the Caribbean. */
    LATIN_AMERICA("MX GT BZ SV HN NI CR PA CU DO HT JM BS BB TT AG DM GD KN LC VC AW CW SX BQ KY TC VG VI PR MS AI GP MQ BL MF CO VE EC PE BO BR PY UY AR CL GY SR GF FK GS"),
    /** The EU, the United Kingdom and the rest of Europe. */
    EUROPE("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE GB IS NO CH LI MC SM VA AD AL BA ME MK RS UA MD GI FO GG JE IM AX SJ"),
    /** Russia, Belarus, the Caucasus and Central Asia. */
    RUSSIA_CENTRAL_ASIA("RU BY KZ UZ KG TJ TM AM AZ GE"),
    /** The Gulf, the Levant, Turkey, Iran, Iraq and Egypt. */
    MIDDLE_EAST("SA AE QA KW BH OM YE IQ IR JO LB SY IL PS TR EG"),
    /** Africa except Egypt. */
    AFRICA("DZ MA TN LY SD SS ER DJ ET SO KE UG TZ RW BI MW ZM ZW MZ MG MU SC KM YT RE ZA NA BW LS SZ AO CD CG GA GQ CM CF TD NE NG BJ TG GH CI LR SL GN GW SN GM ML BF MR CV ST SH EH BV IO TF HM"),
    /** China, Hong Kong, Macao, Taiwan, Japan, Korea, Mongolia. */
    EAST_ASIA("CN HK MO TW JP KR KP MN"),
    /** ASEAN and Timor-Leste. */
    SOUTHEAST_ASIA("SG MY TH VN ID PH KH LA MM BN TL"),
    /** India and its neighbours. */
    SOUTH_ASIA("IN PK BD LK NP BT MV AF"),
    /** Australia, New Zealand and the Pacific. */
    OCEANIA("AU NZ PG FJ SB VU NC PF WS TO KI TV NR MH FM PW CK NU TK WF AS GU MP NF PN CC CX AQ");

    private static final Map<CountryCode, Region> BY_COUNTRY = new HashMap<>();

    static {
        for (Region region : values()) {
            for (CountryCode country : region.countries) {
                Region previous = BY_COUNTRY.put(country, region);
                if (previous != null) {
                    throw new IllegalStateException(country + " is in both " + previous + " and " + region);
                }
            }
        }
    }

    private final Set<CountryCode> countries;

    Region(String countries) {
        java.util.Set<CountryCode> parsed = new java.util.LinkedHashSet<>();
        for (String code : countries.split(" ")) {
            parsed.add(CountryCode.of(code));
        }
        this.countries = Set.copyOf(parsed);
    }

    /** The region {@code country} belongs to, if Waybill places it in one. */
    public static Optional<Region> of(CountryCode country) {
        return Optional.ofNullable(BY_COUNTRY.get(country));
    }

    /** The countries of this region. */
    public Set<CountryCode> countries() {
        return countries;
    }
}
