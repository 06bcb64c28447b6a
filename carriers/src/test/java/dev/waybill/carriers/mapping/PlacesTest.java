package dev.waybill.carriers.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.shipment.CountryCode;
import java.time.ZoneId;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The place strings carriers send, as found in the bodies of DHL, FedEx, UPS, USPS, AfterShip, EasyPost
 * and 17TRACK (the recorded samples of this repository and public fixtures), resolved by {@link Places}.
 */
class PlacesTest {

    private static final Places PLACES = Places.defaults();

    /** Checks country, city and zone of each row {@code text, country, city, zone}; city and zone may be null. */
    private static void assertPlaces(String[][] rows) {
        SoftAssertions softly = new SoftAssertions();
        for (String[] row : rows) {
            Optional<Place> place = PLACES.resolve(row[0]);
            softly.assertThat(place).as(row[0]).isPresent();
            place.ifPresent(p -> softly.assertThat(p).as(row[0]).isEqualTo(new Place(CountryCode.of(row[1]), row[2],
                    row[3] == null ? null : ZoneId.of(row[3]))));
        }
        softly.assertAll();
    }

    private static CountryCode countryOf(String text) {
        return PLACES.resolve(text).map(Place::country).orElse(null);
    }

    @Test
    void theIssuesExamplesResolveToTheirCountryCityAndZone() {
        assertPlaces(new String[][] {
            {"TOKYO - JAPAN", "JP", "Tokyo", "Asia/Tokyo"},
            {"LEIPZIG - GERMANY", "DE", "Leipzig", "Europe/Berlin"},
            {"HONG KONG - HONG KONG SAR", "HK", "Hong Kong", "Asia/Hong_Kong"},
            {"Shenzhen, CN", "CN", "Shenzhen", "Asia/Shanghai"},
            {"Frankfurt am Main, DE", "DE", "Frankfurt", "Europe/Berlin"},
            {"CINCINNATI HUB, OH - USA", "US", "Cincinnati", "America/New_York"},
            {"KOREA, REPUBLIC OF", "KR", null, "Asia/Seoul"},
            {"Deutschland", "DE", null, null},
            {"中国 深圳", "CN", "Shenzhen", "Asia/Shanghai"},
            {"Los Angeles, CA, US", "US", "Los Angeles", "America/Los_Angeles"},
            {"ISC NEW YORK NY(USPS)", "US", "New York", "America/New_York"},
        });
    }

    @Test
    void dhlLocalitiesNameTheCountryLastAfterADash() {
        assertPlaces(new String[][] {
            {"BERLIN - GERMANY", "DE", "Berlin", "Europe/Berlin"},
            {"SHENZHEN - CHINA MAINLAND", "CN", "Shenzhen", "Asia/Shanghai"},
            {"HONG KONG - HONG KONG SAR, CHINA", "HK", "Hong Kong", "Asia/Hong_Kong"},
            {"SHANGHAI - SHANGHAI - CHINA MAINLAND", "CN", "Shanghai", "Asia/Shanghai"},
            {"SEOUL - SEOUL - KOREA, REPUBLIC OF (SOUTH K.)", "KR", "Seoul", "Asia/Seoul"},
            {"INCHEON - KOREA, REPUBLIC OF", "KR", "Incheon", "Asia/Seoul"},
            {"SUZHOU & SURROUNDING AREA - CHINA MAINLAND", "CN", "Suzhou", "Asia/Shanghai"},
            {"Oderweg 2, AMSTERDAM", "NL", "Amsterdam", "Europe/Amsterdam"},
            {"Roissy-Charles-de-Gaulle", "FR", "Paris", "Europe/Paris"},
            {"PARIS-CHARLES DE GAULLE - FRANCE", "FR", "Paris", "Europe/Paris"},
            {"EAST MIDLANDS - UK", "GB", "East Midlands", "Europe/London"},
            {"LONDON-HEATHROW - UNITED KINGDOM", "GB", "London", "Europe/London"},
            {"LIEGE - BELGIUM", "BE", "Liege", "Europe/Brussels"},
            {"COLOGNE - GERMANY", "DE", "Cologne", "Europe/Berlin"},
            {"MADRID - SPAIN", "ES", "Madrid", "Europe/Madrid"},
            {"MILAN - ITALY", "IT", "Milan", "Europe/Rome"},
            {"WARSAW - POLAND", "PL", "Warsaw", "Europe/Warsaw"},
            {"ISTANBUL - TURKIYE", "TR", "Istanbul", "Europe/Istanbul"},
            {"DUBAI - UNITED ARAB EMIRATES", "AE", "Dubai", "Asia/Dubai"},
            {"DOHA - QATAR", "QA", "Doha", "Asia/Qatar"},
            {"RIYADH - SAUDI ARABIA", "SA", "Riyadh", "Asia/Riyadh"},
            {"SINGAPORE - SINGAPORE", "SG", "Singapore", "Asia/Singapore"},
            {"KUALA LUMPUR - MALAYSIA", "MY", "Kuala Lumpur", "Asia/Kuala_Lumpur"},
            {"BANGKOK - THAILAND", "TH", "Bangkok", "Asia/Bangkok"},
            {"MANILA - PHILIPPINES", "PH", "Manila", "Asia/Manila"},
            {"JAKARTA - INDONESIA", "ID", "Jakarta", "Asia/Jakarta"},
            {"HO CHI MINH CITY - VIET NAM", "VN", "Ho Chi Minh City", "Asia/Ho_Chi_Minh"},
            {"OSAKA - JAPAN", "JP", "Osaka", "Asia/Tokyo"},
            {"SYDNEY - AUSTRALIA", "AU", "Sydney", "Australia/Sydney"},
            {"AUCKLAND - NEW ZEALAND", "NZ", "Auckland", "Pacific/Auckland"},
            {"SAO PAULO, SP - BRAZIL", "BR", "Sao Paulo", "America/Sao_Paulo"},
            {"MEXICO CITY - MEXICO", "MX", "Mexico City", "America/Mexico_City"},
            {"TORONTO, ON - CANADA", "CA", "Toronto", "America/Toronto"},
        });
    }

    @Test
    void northAmericanCarriersWriteCityCommaStateAndTheStateDecidesOverALookalikeCountryCode() {
        assertPlaces(new String[][] {
            {"MEMPHIS, TN", "US", "Memphis", "America/Chicago"},
            {"LOS ANGELES, CA", "US", "Los Angeles", "America/Los_Angeles"},
            {"INDIANAPOLIS, IN", "US", "Indianapolis", "America/Indiana/Indianapolis"},
            {"LOUISVILLE, KY", "US", "Louisville", "America/Kentucky/Louisville"},
            {"ANCHORAGE, AK - USA", "US", "Anchorage", "America/Anchorage"},
            {"KEASBEY, NJ", "US", "Keasbey", "America/New_York"},
            {"BROOKLYN, NY", "US", "Brooklyn", "America/New_York"},
            {"DAYTON, NJ", "US", "Dayton", "America/New_York"},
            {"SEATTLE WA", "US", "Seattle", "America/Los_Angeles"},
            {"Orange, CA", "US", "Orange", "America/Los_Angeles"},
            {"COSTA MESA, CA", "US", "Costa Mesa", "America/Los_Angeles"},
            {"CEDAR RAPIDS, IA", "US", "Cedar Rapids", "America/Chicago"},
            {"GROVE CITY, OH", "US", "Grove City", "America/New_York"},
            {"NORTH MANKATO, MN", "US", "North Mankato", "America/Chicago"},
            {"WOODBRIDGE TWP, NJ", "US", "Woodbridge", "America/New_York"},
            {"ATLANTA, GEORGIA", "US", "Atlanta", "America/New_York"},
            {"Newark, NJ, United States", "US", "Newark", "America/New_York"},
            {"ISC CHICAGO IL (USPS)", "US", "Chicago", "America/Chicago"},
            {"Ontario, CA", "US", "Ontario", "America/Los_Angeles"},
            {"London, ON", "CA", "London", "America/Toronto"},
            {"VANCOUVER, BC", "CA", "Vancouver", "America/Vancouver"},
            {"CURITIBA, PR", "BR", "Curitiba", "America/Sao_Paulo"},
            {"SYDNEY NSW", "AU", "Sydney", "Australia/Sydney"},
        });
        // an unknown town: a code that is only a state gives its country, nothing else
        assertThat(PLACES.resolve("Deal, NJ")).hasValue(new Place(CountryCode.of("US"), null, null));
        assertThat(PLACES.resolve("Paris, TX")).hasValue(new Place(CountryCode.of("US"), null, null));
    }

    @Test
    void aTwoLetterCodeIsACountryOnlyInTrailingPosition() {
        assertPlaces(new String[][] {
            {"GUANGZHOU CN", "CN", "Guangzhou", "Asia/Shanghai"},
            {"DONGGUAN CN", "CN", "Dongguan", "Asia/Shanghai"},
            {"NARITA-SHI JP", "JP", "Narita", "Asia/Tokyo"},
            {"SAPPORO JP", "JP", "Sapporo", "Asia/Tokyo"},
            {"Kowloon HK", "HK", "Hong Kong", "Asia/Hong_Kong"},
            {"Melbourne, VIC, AU", "AU", "Melbourne", "Australia/Melbourne"},
        });
        // "CA" between the city and the country is California, not Canada
        assertThat(countryOf("Los Angeles, CA, US")).isEqualTo(CountryCode.of("US"));
        // alone, a code is the country it codes
        assertThat(countryOf("CA")).isEqualTo(CountryCode.of("CA"));
        assertThat(countryOf("TN")).isEqualTo(CountryCode.of("TN"));
        assertThat(countryOf("de")).isEqualTo(CountryCode.of("DE"));
        assertThat(countryOf("CHN")).isEqualTo(CountryCode.of("CN"));
        // a known city in the country a code names keeps the code a country: Germany, not Delaware
        assertThat(countryOf("Bonn, DE")).isEqualTo(CountryCode.of("DE"));
    }

    @Test
    void countryNamesAreReadInManyLanguagesAndTheCommonAliases() {
        CountryCode germany = CountryCode.of("DE");
        for (String name : new String[] {"Deutschland", "Germany", "Allemagne", "Alemania", "Alemanha", "Germania",
            "Duitsland", "德国", "ドイツ", "독일", "Германия", "ألمانيا", "GERMANY "}) {
            assertThat(countryOf(name)).as(name).isEqualTo(germany);
        }
        SoftAssertions softly = new SoftAssertions();
        String[][] aliases = {
            {"USA", "US"}, {"U.S.A.", "US"}, {"United States", "US"}, {"Vereinigte Staaten", "US"},
            {"Estados Unidos", "US"}, {"美国", "US"}, {"UK", "GB"}, {"GREAT BRITAIN", "GB"}, {"Royaume-Uni", "GB"},
            {"HONG KONG SAR", "HK"}, {"SOUTH KOREA", "KR"}, {"Corée du Sud", "KR"}, {"韩国", "KR"},
            {"RUSSIAN FEDERATION", "RU"}, {"Russland", "RU"}, {"VIET NAM", "VN"}, {"Vietnam", "VN"},
            {"MAINLAND CHINA", "CN"}, {"P.R.CHINA", "CN"}, {"Chine", "CN"}, {"中国", "CN"}, {"UAE", "AE"},
            {"TURKIYE", "TR"}, {"Türkiye", "TR"}, {"CZECHIA", "CZ"}, {"Czech Republic", "CZ"}, {"HOLLAND", "NL"},
            {"Pays-Bas", "NL"}, {"Japon", "JP"}, {"日本", "JP"}, {"España", "ES"}, {"Espagne", "ES"},
            {"Brasil", "BR"}, {"Österreich", "AT"}, {"Suisse", "CH"}, {"Italia", "IT"}, {"Polska", "PL"},
        };
        for (String[] alias : aliases) {
            softly.assertThat(countryOf(alias[0])).as(alias[0]).isEqualTo(CountryCode.of(alias[1]));
        }
        softly.assertAll();
    }

    @Test
    void chineseLocationsAreReadWithOrWithoutBlanksAndWithTheCountryFirst() {
        assertPlaces(new String[][] {
            {"中国广东省深圳市", "CN", "Shenzhen", "Asia/Shanghai"},
            {"深圳市宝安区", "CN", "Shenzhen", "Asia/Shanghai"},
            {"义乌", "CN", "Yiwu", "Asia/Shanghai"},
            {"浙江省杭州市", "CN", "Hangzhou", "Asia/Shanghai"},
            {"上海浦东", "CN", "Shanghai", "Asia/Shanghai"},
            {"到【深圳转运中心】", "CN", "Shenzhen", "Asia/Shanghai"},
            {"【广州番禺转运中心】，正发往【深圳转运中心】", "CN", "Guangzhou", "Asia/Shanghai"},
            {"广州", "CN", "Guangzhou", "Asia/Shanghai"},
            {"北京", "CN", "Beijing", "Asia/Shanghai"},
            {"香港", "HK", "Hong Kong", "Asia/Hong_Kong"},
            {"美国 洛杉矶", "US", "Los Angeles", "America/Los_Angeles"},
            {"日本 東京", "JP", "Tokyo", "Asia/Tokyo"},
            {"韩国 仁川", "KR", "Incheon", "Asia/Seoul"},
            {"Guangzhou, China", "CN", "Guangzhou", "Asia/Shanghai"},
            {"Guangzhou Port, China", "CN", "Guangzhou", "Asia/Shanghai"},
            {"Shenzhen Bao'an Airport", "CN", "Shenzhen", "Asia/Shanghai"},
            {"Yiwu, Zhejiang", "CN", "Yiwu", "Asia/Shanghai"},
        });
    }

    @Test
    void aCityInSeveralCountriesResolvesOnlyWhenTheTextOrTheCallerSaysWhich() {
        assertThat(PLACES.resolve("London")).as("London GB or London ON").isEmpty();
        assertThat(PLACES.resolve("Orange")).as("Orange FR or Orange CA").isEmpty();
        assertThat(PLACES.resolve("Hyderabad")).as("India or Pakistan").isEmpty();
        assertThat(PLACES.resolve("VALENCIA")).as("Spain or Venezuela").isEmpty();
        assertThat(PLACES.resolve("Melbourne")).as("Victoria or Florida").isEmpty();
        assertThat(PLACES.resolve("London, GB")).hasValue(new Place(CountryCode.of("GB"), "London",
                ZoneId.of("Europe/London")));
        assertThat(PLACES.resolve("London", "CA")).hasValue(new Place(CountryCode.of("CA"), "London",
                ZoneId.of("America/Toronto")));
        assertThat(PLACES.resolve("Valencia", "Spain")).hasValue(new Place(CountryCode.of("ES"), "Valencia",
                ZoneId.of("Europe/Madrid")));
    }

    @Test
    void candidatesInOneCountryAgreeOnItAndOnTheZoneOnlyWhereTheirZonesAgree() {
        assertThat(PLACES.resolve("Columbus")).as("Ohio or Georgia, both Eastern").hasValue(
                new Place(CountryCode.of("US"), "Columbus", ZoneId.of("America/New_York")));
        assertThat(PLACES.resolve("CLOVIS")).as("California or New Mexico").hasValue(
                new Place(CountryCode.of("US"), "Clovis", null));
        assertThat(PLACES.resolve("CLOVIS, CA")).hasValue(new Place(CountryCode.of("US"), "Clovis",
                ZoneId.of("America/Los_Angeles")));
        assertThat(PLACES.resolve("PORTLAND, OR")).hasValue(new Place(CountryCode.of("US"), "Portland",
                ZoneId.of("America/Los_Angeles")));
    }

    @Test
    void anUnknownTownBeforeACodeThatIsBothAStateAndACountryResolvesToNothing() {
        assertThat(PLACES.resolve("FOOTOWN, CA")).as("California or Canada").isEmpty();
        assertThat(PLACES.resolve("FOOTOWN, NJ")).hasValueSatisfying(p -> assertThat(p.country().value()).isEqualTo("US"));
        assertThat(PLACES.resolve("FOOTOWN, DE")).as("Delaware or Germany").isEmpty();
    }

    @Test
    void noiseWordsAreSkipped() {
        assertPlaces(new String[][] {
            {"LEIPZIG HUB - GERMANY", "DE", "Leipzig", "Europe/Berlin"},
            {"DHL EXPRESS SERVICE AREA - LEIPZIG - GERMANY", "DE", "Leipzig", "Europe/Berlin"},
            {"HONG KONG GATEWAY - HONG KONG SAR", "HK", "Hong Kong", "Asia/Hong_Kong"},
            {"FEDEX SORT CENTER, MEMPHIS, TN", "US", "Memphis", "America/Chicago"},
            {"SHENZHEN INTERNATIONAL PROCESSING CENTER", "CN", "Shenzhen", "Asia/Shanghai"},
            {"EAST MIDLANDS AIRPORT - UNITED KINGDOM", "GB", "East Midlands", "Europe/London"},
            {"LOUISVILLE HUB, KY - USA", "US", "Louisville", "America/Kentucky/Louisville"},
        });
        assertThat(PLACES.resolve("HUB")).isEmpty();
        assertThat(PLACES.resolve("SORT FACILITY")).isEmpty();
    }

    @Test
    void accentsCaseAndPunctuationAreFolded() {
        assertPlaces(new String[][] {
            {"Liège", "BE", "Liege", "Europe/Brussels"},
            {"İstanbul", "TR", "Istanbul", "Europe/Istanbul"},
            {"São Paulo", "BR", "Sao Paulo", "America/Sao_Paulo"},
            {"Ciudad de México", "MX", "Mexico City", "America/Mexico_City"},
            {"köln", "DE", "Cologne", "Europe/Berlin"},
            {"  frankfurt/main  ", "DE", "Frankfurt", "Europe/Berlin"},
            {"ST. LOUIS, MO", "US", "Saint Louis", "America/Chicago"},
        });
    }

    @Test
    void aGivenCountryWinsAndTheTextOnlyPicksTheCityInIt() {
        assertThat(PLACES.resolve("Moscow", "RU")).hasValue(new Place(CountryCode.of("RU"), "Moscow",
                ZoneId.of("Europe/Moscow")));
        assertThat(PLACES.resolve("Leipzig", "DEU")).hasValue(new Place(CountryCode.of("DE"), "Leipzig",
                ZoneId.of("Europe/Berlin")));
        assertThat(PLACES.resolve("Leipzig", "Germany")).isEqualTo(PLACES.resolve("Leipzig", "DE"));
        assertThat(PLACES.resolve("SHENZHEN", "US")).as("no Shenzhen in the US").hasValue(
                new Place(CountryCode.of("US"), null, null));
        assertThat(PLACES.resolve(null, "JP")).hasValue(new Place(CountryCode.of("JP"), null, ZoneId.of("Asia/Tokyo")));
    }

    @Test
    void textThatNamesNoPlaceResolvesToNothing() {
        assertThat(PLACES.resolve(null)).isEmpty();
        assertThat(PLACES.resolve("")).isEmpty();
        assertThat(PLACES.resolve(" - , ( ) / ")).isEmpty();
        assertThat(PLACES.resolve("Front door")).isEmpty();
        assertThat(PLACES.resolve("DEL")).as("UPS's delivery location code, not Delhi").isEmpty();
        assertThat(PLACES.resolve("Origin region")).isEmpty();
        assertThat(PLACES.resolve("nowhere", "not a country")).isEmpty();
    }

    @Test
    void theGazetteerCoversTheMajorGatewaysInEveryRegion() {
        String[] gateways = {"Shenzhen", "Guangzhou", "Dongguan", "Yiwu", "Shanghai", "Beijing", "Hangzhou",
            "Ningbo", "Xiamen", "Zhengzhou", "Chengdu", "Hong Kong", "深圳", "广州", "上海", "北京", "义乌", "杭州",
            "香港", "Leipzig", "Cologne", "Frankfurt", "Liege", "Amsterdam", "Roissy", "East Midlands", "Heathrow",
            "Madrid", "Milan", "Warsaw", "Istanbul", "Dubai", "Doha", "Riyadh", "Singapore", "Kuala Lumpur",
            "Bangkok", "Manila", "Jakarta", "Ho Chi Minh", "Seoul", "Incheon", "Tokyo", "Narita", "Osaka", "Sydney",
            "Auckland", "Sao Paulo", "Mexico City", "Toronto", "Vancouver", "Cincinnati", "Louisville",
            "Memphis", "Indianapolis", "Los Angeles", "New York", "JFK", "Chicago", "Miami", "Anchorage", "Dallas",
            "Atlanta", "Newark", "Seattle", "San Francisco", "Oakland"};
        SoftAssertions softly = new SoftAssertions();
        for (String gateway : gateways) {
            softly.assertThat(PLACES.resolve(gateway)).as(gateway).hasValueSatisfying(p -> {
                assertThat(p.city()).isPresent();
                assertThat(p.zone()).isPresent();
            });
        }
        softly.assertAll();
    }
}
