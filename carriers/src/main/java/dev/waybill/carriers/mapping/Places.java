package dev.waybill.carriers.mapping;

import dev.waybill.shipment.CountryCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Resolves the places carriers name ("TOKYO - JAPAN", "Shenzhen, CN", "CINCINNATI HUB, OH - USA",
 * "KOREA, REPUBLIC OF", "Deutschland", "中国 深圳", "ISC NEW YORK NY(USPS)") to a {@link Place}: an ISO
 * country and, where the text names a city of the bundled gazetteer, the city and its IANA zone.
 *
 * <p>The data, all loaded once and folded (case, accents, punctuation) when loaded:
 * <ul>
 *   <li>country codes: ISO 3166-1 alpha-2 and alpha-3 ({@link Countries});</li>
 *   <li>country names: the JDK's display name of every ISO country in en, de, fr, es, pt, it, nl, zh
 *       (simplified and traditional), ja, ko, ru and ar; a name two countries share is dropped; plus the
 *       aliases of {@code country-aliases.tsv} ("USA", "UK", "HONG KONG SAR", "KOREA, REPUBLIC OF"...),
 *       each with its source;</li>
 *   <li>{@code gazetteer.tsv}: gateway, hub and export cities with country, state (US, CA, AU, BR) and
 *       zone, under their UN/LOCODE name, IATA code and native names;</li>
 *   <li>{@code regions.tsv}: the states and provinces of US, CA, AU and BR by code and name;</li>
 *   <li>{@code place-noise.txt}: words that say what a site is, not where ("HUB", "ISC", "GATEWAY").</li>
 * </ul>
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>The text is split into parts on {@code " - "}, {@code ","}, {@code "("}, {@code ")"},
 *       {@code "/"} and {@code ";"}, and each part into words on blanks; a hyphen inside a word and
 *       other punctuation become blanks, dots and apostrophes vanish; noise words are dropped. Words in
 *       Chinese, Japanese or Korean script are cut into the known names they contain ("中国深圳市" reads
 *       as 中国, 深圳).</li>
 *   <li>A country given to {@link #resolve(String, String)} wins; the text then only picks the city.</li>
 *   <li>The whole text as a country name ("KOREA, REPUBLIC OF"), else the last two parts together
 *       ("HONG KONG SAR, CHINA"), else the longest run of words ending the last part, as a country name,
 *       a state name, or, for the single last word, a country code or state code. A two- or three-letter
 *       code counts only there, in trailing position: "CA" inside "CA, US" is not read.</li>
 *   <li>After a city name, a trailing token that is a state or province is read as one: a known city
 *       of that country with that state decides ("MEMPHIS, TN" is the US, not Tunisia; "Ontario, CA" is
 *       Ontario, California; "LONDON, ON" is London, Canada; "CURITIBA, PR" is Brazil); a known city in
 *       the country the token names decides for the country ("Frankfurt am Main, DE" is Germany, not
 *       Delaware). With no known city the token decides only if all its readings agree: "KEASBEY, NJ" is
 *       the US, but "CLOVIS, CA" with an unknown Clovis could be California or Canada and gives nothing.</li>
 *   <li>In text in Chinese, Japanese or Korean script the country may come first ("中国 深圳"); a leading
 *       country name counts when no trailing one was found.</li>
 *   <li>Otherwise known cities anywhere in the text decide, but only where all their candidates are in
 *       one country: "London" alone is London GB or London ON and resolves to nothing; "Columbus" is
 *       Ohio or Georgia, both US.</li>
 *   <li>The city is the first known city in the resolved country (of the state read, where one was);
 *       the zone is the city's, else the country's only zone.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe. A text is read once, without regular expressions, at a few map
 * lookups per word; the places of the 4,096 texts seen most recently are remembered, since carriers
 * name the same hubs again and again.
 * {@code Places.defaults().resolve("LEIPZIG - GERMANY")} gives DE, Leipzig, Europe/Berlin.
 */
public final class Places {

    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "pt", "it", "nl", "zh", "ja", "ko", "ru", "ar"};
    /** The most words a multi-word name is tried with. */
    private static final int MAX_WORDS = 6;
    /** The most characters a name in CJK script is tried with. */
    private static final int MAX_CJK = 8;

    private final Map<String, CountryCode> countryNames;
    private final Map<String, List<Region>> regions;
    private final Map<String, List<City>> cities;
    private final Set<String> noise;
    /** The places of the texts seen most recently (4,096 at most). */
    private final Memo<Optional<Place>> seen = new Memo<>(4_096);
    /** The first words of the city names of several words: only these start a longer lookup. */
    private final Set<String> cityFirstWords;
    /** The last words of the country and state names of several words: only these end a longer lookup. */
    private final Set<String> nameLastWords;

    private Places(Map<String, CountryCode> countryNames, Map<String, List<Region>> regions,
                   Map<String, List<City>> cities, Set<String> noise) {
        this.countryNames = countryNames;
        this.regions = regions;
        this.cities = cities;
        this.noise = noise;
        Set<String> firsts = new HashSet<>();
        cities.keySet().stream().filter(k -> k.indexOf(' ') > 0).forEach(k -> firsts.add(k.substring(0, k.indexOf(' '))));
        this.cityFirstWords = Set.copyOf(firsts);
        Set<String> lasts = new HashSet<>();
        countryNames.keySet().stream().filter(k -> k.indexOf(' ') > 0)
                .forEach(k -> lasts.add(k.substring(k.lastIndexOf(' ') + 1)));
        regions.keySet().stream().filter(k -> k.indexOf(' ') > 0)
                .forEach(k -> lasts.add(k.substring(k.lastIndexOf(' ') + 1)));
        this.nameLastWords = Set.copyOf(lasts);
    }

    /** The places of the bundled resources, loaded on first use. */
    public static Places defaults() {
        return Holder.DEFAULTS;
    }

    /** Loads lazily, once. */
    private static final class Holder {
        static final Places DEFAULTS = load();
    }

    /** The place {@code text} names; empty when it names no country or names one ambiguously. */
    public Optional<Place> resolve(String text) {
        return resolve(text, null);
    }

    /**
     * The place {@code text} names in the country {@code countryCodeOrName} (a code or a name, e.g.
     * "CN", "CHN", "China"); where that country is given and readable it wins, and the text only picks a
     * city in it. Empty when neither names a country.
     */
    public Optional<Place> resolve(String text, String countryCodeOrName) {
        if (text == null) {
            return read(null, countryCodeOrName);
        }
        String key = countryCodeOrName == null ? text : countryCodeOrName + '\u0000' + text;
        return seen.get(key, k -> read(text, countryCodeOrName));
    }

    private Optional<Place> read(String text, String countryCodeOrName) {
        CountryCode given = countryCodeOrName == null ? null : country(countryCodeOrName);
        List<List<String>> parts = text == null ? List.of() : parts(text);
        if (parts.isEmpty()) {
            return given == null ? Optional.empty() : Optional.of(new Place(given, null, Zones.single(given)));
        }
        CountryCode country = given;
        Trailing trailing = null;
        if (country == null) {
            List<String> all = flatten(parts);
            String lastWord = all.get(all.size() - 1);
            country = all.size() == 1 ? countryNames.get(lastWord)
                    : nameLastWords.contains(lastWord) ? countryNames.get(String.join(" ", all)) : null;
        }
        if (country == null) {
            trailing = trailing(parts);
        }
        List<List<City>> found = cities(parts, trailing);
        if (found.isEmpty() && trailing != null) {
            found = cities(parts, null);
        }
        if (trailing != null) {
            country = decide(trailing, found);
        }
        if (country == null && trailing == null) {
            country = leadingCjkCountry(parts);
        }
        if (country == null && trailing == null) {
            country = agreedCountry(found);
        }
        if (country == null) {
            return Optional.empty();
        }
        return Optional.of(place(country, trailing, found));
    }

    private CountryCode country(String codeOrName) {
        CountryCode code = Countries.orNull(codeOrName);
        return code != null ? code : countryNames.get(fold(codeOrName));
    }

    /** The parts of {@code text}, each as its folded words without noise; empty parts left out. */
    private List<List<String>> parts(String text) {
        String source = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        List<List<String>> parts = new ArrayList<>(4);
        List<String> words = new ArrayList<>(4);
        StringBuilder word = new StringBuilder(16);
        int length = source.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? source.charAt(i) : ',';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toUpperCase(c));
                continue;
            }
            if (c == '.' || c == '\'' || c == '\u2019' || isMark(c)) {
                continue;
            }
            if (word.length() > 0) {
                addWord(word.toString(), words);
                word.setLength(0);
            }
            boolean separator = c == ',' || c == '(' || c == ')' || c == '/' || c == ';'
                    || c == '-' && i > 0 && i + 1 < length && Character.isWhitespace(source.charAt(i - 1))
                    && Character.isWhitespace(source.charAt(i + 1));
            if (separator && !words.isEmpty()) {
                parts.add(words);
                words = new ArrayList<>(4);
            }
        }
        return parts;
    }

    private void addWord(String word, List<String> words) {
        if (noise.contains(word)) {
            return;
        }
        if (isCjk(word)) {
            cutCjk(word, words::add);
        } else {
            words.add(word);
        }
    }

    /** The known names in a word of CJK script, longest first from each position; the rest skipped. */
    private void cutCjk(String word, Consumer<String> out) {
        int i = 0;
        while (i < word.length()) {
            int found = 0;
            for (int length = Math.min(MAX_CJK, word.length() - i); length >= 2 && found == 0; length--) {
                String candidate = word.substring(i, i + length);
                if (cities.containsKey(candidate) || countryNames.containsKey(candidate)) {
                    out.accept(candidate);
                    found = length;
                }
            }
            i += found == 0 ? 1 : found;
        }
    }

    private static List<String> flatten(List<List<String>> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<String> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }

    /** What ends the text, where it names a country or a state. */
    private Trailing trailing(List<List<String>> parts) {
        List<String> last = parts.get(parts.size() - 1);
        boolean longer = nameLastWords.contains(last.get(last.size() - 1));
        if (longer && parts.size() >= 2) {
            List<String> lastTwo = new ArrayList<>(parts.get(parts.size() - 2));
            lastTwo.addAll(parts.get(parts.size() - 1));
            CountryCode country = countryNames.get(String.join(" ", lastTwo));
            if (country != null) {
                return new Trailing(country, List.of(), 2, 0);
            }
        }
        for (int k = longer ? Math.min(MAX_WORDS, last.size()) : 1; k >= 1; k--) {
            String suffix = k == 1 ? last.get(last.size() - 1) : String.join(" ", last.subList(last.size() - k, last.size()));
            boolean afterSomething = parts.size() > 1 || k < last.size();
            CountryCode country = countryNames.get(suffix);
            if (country == null && k == 1 && (suffix.length() == 2 || suffix.length() == 3)) {
                country = Countries.orNull(suffix);
            }
            List<Region> states = afterSomething || suffix.length() > 3
                    ? regions.getOrDefault(suffix, List.of()) : List.of();
            if (country != null || !states.isEmpty()) {
                return new Trailing(country, states, 1, k);
            }
        }
        return null;
    }

    /** The known cities in the text, in order, leaving out the words the trailing token took. */
    private List<List<City>> cities(List<List<String>> parts, Trailing trailing) {
        List<List<City>> found = new ArrayList<>(2);
        for (int p = 0; p < parts.size(); p++) {
            List<String> words = parts.get(p);
            int end = words.size();
            if (trailing != null) {
                if (trailing.parts() == 2 && p >= parts.size() - 2) {
                    break;
                }
                if (trailing.parts() == 1 && p == parts.size() - 1) {
                    end -= trailing.words();
                }
            }
            int i = 0;
            while (i < end) {
                int matched = 0;
                int longest = cityFirstWords.contains(words.get(i)) ? Math.min(MAX_WORDS, end - i) : 1;
                for (int k = longest; k >= 1 && matched == 0; k--) {
                    List<City> entries = cities.get(k == 1 ? words.get(i) : String.join(" ", words.subList(i, i + k)));
                    if (entries != null) {
                        found.add(entries);
                        matched = k;
                    }
                }
                i += matched == 0 ? 1 : matched;
            }
        }
        return found;
    }

    /** The country a trailing token gives, read against the cities before it; null where ambiguous. */
    private static CountryCode decide(Trailing trailing, List<List<City>> found) {
        if (trailing.country() != null) {
            for (List<City> entries : found) {
                for (City city : entries) {
                    if (city.country().equals(trailing.country())) {
                        return trailing.country();
                    }
                }
            }
        }
        for (List<City> entries : found) {
            for (City city : entries) {
                if (city.region() != null && trailing.states().contains(city.region())) {
                    return city.country();
                }
            }
        }
        Set<CountryCode> readings = new HashSet<>(2);
        if (trailing.country() != null) {
            readings.add(trailing.country());
        }
        trailing.states().forEach(state -> readings.add(state.country()));
        return readings.size() == 1 ? readings.iterator().next() : null;
    }

    private CountryCode leadingCjkCountry(List<List<String>> parts) {
        String first = parts.get(0).get(0);
        return isCjk(first) ? countryNames.get(first) : null;
    }

    private static CountryCode agreedCountry(List<List<City>> found) {
        CountryCode agreed = null;
        for (List<City> entries : found) {
            for (City city : entries) {
                if (agreed != null && !agreed.equals(city.country())) {
                    return null;
                }
                agreed = city.country();
            }
        }
        return agreed;
    }

    private static Place place(CountryCode country, Trailing trailing, List<List<City>> found) {
        for (List<City> entries : found) {
            City chosen = null;
            ZoneId zone = null;
            boolean zonesAgree = true;
            for (City city : entries) {
                if (!city.country().equals(country)) {
                    continue;
                }
                if (trailing != null && city.region() != null && trailing.states().contains(city.region())) {
                    chosen = city;
                    zone = city.zone();
                    zonesAgree = true;
                    break;
                }
                if (chosen == null) {
                    chosen = city;
                    zone = city.zone();
                } else if (!zone.equals(city.zone())) {
                    zonesAgree = false;
                }
            }
            if (chosen != null) {
                return new Place(country, chosen.name(), zonesAgree ? zone : Zones.single(country));
            }
        }
        return new Place(country, null, Zones.single(country));
    }

    /**
     * Folds {@code text} for lookup: accents and other marks removed, letters upper-cased, dots and
     * apostrophes dropped, any other run of non-letters and non-digits one blank, trimmed.
     */
    static String fold(String text) {
        String source = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(source.length());
        boolean blank = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (blank && out.length() > 0) {
                    out.append(' ');
                }
                blank = false;
                out.append(Character.toUpperCase(c));
            } else if (c == '.' || c == '\'' || c == '\u2019' || isMark(c)) {
                continue;
            } else {
                blank = true;
            }
        }
        return out.toString();
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCjk(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x2E80) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- loading

    private static Places load() {
        Map<String, CountryCode> names = countryNames();
        Map<String, List<Region>> regions = new HashMap<>();
        for (String[] row : rows("regions.tsv", 3)) {
            CountryCode country = code(row[0], "regions.tsv", row);
            Region region = new Region(country, row[1]);
            regions.computeIfAbsent(fold(row[1]), k -> new ArrayList<>()).add(region);
            regions.computeIfAbsent(fold(row[2]), k -> new ArrayList<>()).add(region);
        }
        Map<String, List<City>> cities = new HashMap<>();
        for (String[] row : rows("gazetteer.tsv", 4)) {
            CountryCode country = code(row[1], "gazetteer.tsv", row);
            Region region = row[2].isBlank() ? null : new Region(country, row[2]);
            if (region != null && !regions.getOrDefault(fold(row[2]), List.of()).contains(region)) {
                throw invalid("gazetteer.tsv", row, "region '" + row[2] + "' is not in regions.tsv");
            }
            ZoneId zone;
            try {
                zone = ZoneId.of(row[3]);
            } catch (DateTimeException e) {
                throw invalid("gazetteer.tsv", row, "zone '" + row[3] + "' unknown: " + e.getMessage());
            }
            City city = new City(row[0], country, region, zone);
            Set<String> keys = new LinkedHashSet<>();
            keys.add(fold(row[0]));
            if (row.length > 4) {
                for (String other : row[4].split("\\|")) {
                    if (!other.isBlank()) {
                        keys.add(fold(other));
                    }
                }
            }
            for (String key : keys) {
                CountryCode asCode = key.length() == 3 ? Countries.orNull(key) : null;
                boolean codeLike = !isCjk(key) && key.length() <= 2;
                if (codeLike || asCode != null && !asCode.equals(country)) {
                    throw invalid("gazetteer.tsv", row, "name '" + key + "' would read as a country code");
                }
                cities.computeIfAbsent(key, k -> new ArrayList<>(1)).add(city);
            }
        }
        Set<String> noise = new HashSet<>();
        for (String[] row : rows("place-noise.txt", 1)) {
            noise.add(fold(row[0]));
        }
        Map<String, List<Region>> frozenRegions = new HashMap<>();
        regions.forEach((k, v) -> frozenRegions.put(k, List.copyOf(v)));
        Map<String, List<City>> frozenCities = new HashMap<>();
        cities.forEach((k, v) -> frozenCities.put(k, List.copyOf(v)));
        return new Places(Map.copyOf(names), Map.copyOf(frozenRegions), Map.copyOf(frozenCities), Set.copyOf(noise));
    }

    /** The JDK's country names in the supported languages, then the aliases, which win. */
    private static Map<String, CountryCode> countryNames() {
        Map<String, CountryCode> names = new HashMap<>();
        Set<String> shared = new HashSet<>();
        List<Locale> languages = new ArrayList<>();
        for (String language : LANGUAGES) {
            languages.add(Locale.forLanguageTag(language));
        }
        languages.add(Locale.TRADITIONAL_CHINESE);
        for (String alpha2 : Locale.getISOCountries()) {
            CountryCode country = CountryCode.tryParse(alpha2).orElse(null);
            if (country == null) {
                continue;
            }
            Locale region = new Locale("", alpha2);
            for (Locale language : languages) {
                String name = fold(region.getDisplayCountry(language));
                boolean codeLike = isAscii(name) && name.length() <= 3;
                if (name.isEmpty() || codeLike || name.length() < 2) {
                    continue;
                }
                CountryCode before = names.putIfAbsent(name, country);
                if (before != null && !before.equals(country)) {
                    shared.add(name);
                }
            }
        }
        shared.forEach(names::remove);
        for (String[] row : rows("country-aliases.tsv", 3)) {
            names.put(fold(row[0]), code(row[1], "country-aliases.tsv", row));
        }
        return names;
    }

    private static CountryCode code(String text, String file, String[] row) {
        return CountryCode.tryParse(text).orElseThrow(() -> invalid(file, row, "'" + text + "' is not an ISO country"));
    }

    private static IllegalStateException invalid(String file, String[] row, String problem) {
        return new IllegalStateException(file + ": row '" + String.join("\t", row) + "': " + problem);
    }

    /** The rows of a tab-separated resource, without comments, blank lines and the header. */
    private static List<String[]> rows(String file, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Places.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("resource " + file + " missing next to " + Places.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = columns > 1;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] row = line.split("\t", -1);
                if (row.length < columns) {
                    throw invalid(file, row, "expected " + columns + " columns");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** A state or province. */
    private record Region(CountryCode country, String code) {
    }

    /** A gazetteer city. */
    private record City(String name, CountryCode country, Region region, ZoneId zone) {
    }

    /**
     * The trailing token: the country it names (may be null), the states it names, and how much of
     * the text it took: {@code parts} 2 for the last two parts whole, else 1 and {@code words} from
     * the end of the last part.
     */
    private record Trailing(CountryCode country, List<Region> states, int parts, int words) {
    }
}
