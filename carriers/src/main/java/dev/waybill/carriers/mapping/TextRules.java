package dev.waybill.carriers.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.InputLimits;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.TextReading;
import dev.waybill.shipment.TextReading.Certainty;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the contract's code and reason from a carrier's event text, for carriers that give no
 * usable code ("Shipment picked up", "Die Sendung wurde erfolgreich zugestellt.", "已签收"). The
 * rules are data: one JSON file per language, bundled under {@code text/} next to this class
 * ({@link #defaults()}), or a shop's own ({@link #load(List)}, {@link #loadFiles(List)}).
 *
 * <pre>{@code
 * TextRules.defaults().classify("Delivery attempted - recipient not home")
 *     // TextMatch[mapping=DELIVERY_FAILED/RECIPIENT_ABSENT, reading=en.delivery-failed.absent/HIGH]
 * }</pre>
 *
 * <h2>File format</h2>
 * <pre>{@code
 * {"language": "de", "source": "where the phrases come from",
 *  "rules": [
 *    {"id": "de.delivered", "any": ["zugestellt"], "unless": ["nicht zugestellt"],
 *     "code": "DELIVERED", "certainty": "HIGH"},
 *    {"id": "de.customs.held", "any": ["zoll*"], "all": ["angehalten"], "customs": "HELD",
 *     "reason": "INSPECTION", "certainty": "MEDIUM"}]}
 * }</pre>
 * A rule holds when at least one of its {@code any} phrases occurs in the text, every one of its
 * {@code all} phrases does and none of its {@code unless} phrases does. It gives either a {@code code}
 * (an {@link EventCode} name other than {@code UNKNOWN}) or {@code customs} ({@code HELD} or
 * {@code CLEARED}: the side, export or import, is left to the event's position, see
 * {@link StatusMapping#customs(boolean, Reason)}), an optional {@code reason} (a {@link Reason} name)
 * and a {@code certainty} ({@code HIGH}, {@code MEDIUM}, {@code LOW}). {@code id} is
 * {@code language.name}, unique over all the files loaded together; {@code note} is free text for
 * the reader. No other key is allowed.
 *
 * <h2>Matching</h2>
 * Phrases are literal. The text and the phrases are folded alike ({@link TextFold}): lower case,
 * full-width ASCII as ASCII, Latin letters without accents, any space as a plain space, typographic
 * apostrophes and dashes as ASCII. A phrase in a script that separates words with spaces matches only
 * as whole words ("lost" does not occur in "almost"); a {@code *} at its start or end lets it match
 * inside a word there ({@code "zoll*"} occurs in "Zollabfertigung", {@code "*zoll*"} in
 * "Verzollung"). Han, kana and Hangul phrases match anywhere.
 *
 * <h2>Precedence</h2>
 * Every rule of every file is tried against the text; of those that hold, the one whose outcome is
 * most severe wins, in this order: return to sender, lost, damaged, delivery failed, customs held
 * (either side), delivered, customs cleared, out for delivery, available for pickup, arrived in the
 * destination country, departed the origin country, picked up, hub scan, other movement, label
 * created. So "Delivery attempted - recipient not home" is a failed delivery, not a delivery,
 * whatever the language and whichever file says it. Among rules of equal outcome, the earlier file
 * (in the order given) and, within a file, the earlier rule wins: a file lists its specific rules
 * ("not home") before its general ones ("delivery attempted"). A rule that should not apply to a more
 * severe-sounding text says so with {@code unless} ("delivered to a pickup point" is not delivered).
 *
 * <p>All phrases of all rules are found in one pass over the text by an Aho-Corasick automaton built
 * once at load; only the rules one of whose {@code any} phrases occurred are then tried. A text that
 * names no phrase allocates nothing.
 *
 * <p>Immutable and thread-safe: everything is built when loaded and only read afterwards, so one
 * instance serves every thread. The readings of the 4,096 texts seen most recently are remembered
 * (carriers repeat their phrases), so a text is scanned once, not once per event.
 */
public final class TextRules {

    /** The bundled languages, in the order their files are loaded. */
    private static final List<String> BUNDLED = List.of("en", "de", "fr", "es", "pt", "it", "nl", "zh", "ja", "ko");

    private static final ObjectMapper MAPPER = JsonMapper.builder(CarrierJson.factory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Set<String> FILE_KEYS = Set.of("language", "source", "rules");
    private static final Set<String> RULE_KEYS = Set.of("id", "any", "all", "unless", "code", "customs", "reason",
            "certainty", "note");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern ID = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    private final PhraseAutomaton automaton;
    private final TextRule[] rules;
    private final int[][] rulesByPhrase;
    private final int ruleWords;
    private final List<String> files;
    /** The readings of the texts seen most recently (4,096 at most). */
    private final Memo<Optional<TextMatch>> seen = new Memo<>(4_096);

    private TextRules(PhraseAutomaton automaton, TextRule[] rules, int[][] rulesByPhrase, List<String> files) {
        this.automaton = automaton;
        this.rules = rules;
        this.rulesByPhrase = rulesByPhrase;
        this.ruleWords = Math.max(1, (rules.length + 63) >>> 6);
        this.files = files;
    }

    /** The bundled rules of every language, loaded once. */
    public static TextRules defaults() {
        return Defaults.RULES;
    }

    /** The bundled files, in their order of precedence, to load together with a shop's own. */
    public static List<URL> bundled() {
        List<URL> urls = new ArrayList<>();
        for (String language : BUNDLED) {
            URL url = TextRules.class.getResource("text/" + language + ".json");
            if (url == null) {
                throw new IllegalStateException("resource text/" + language + ".json missing next to "
                        + TextRules.class.getName());
            }
            urls.add(url);
        }
        return List.copyOf(urls);
    }

    /**
     * The rules of {@code files}, in that order of precedence among rules of equal outcome.
     *
     * @throws IllegalArgumentException naming the file, the JSON path and the problem, if a file
     *                                  cannot be read or breaks the format
     */
    public static TextRules load(List<URL> files) {
        List<Source> sources = new ArrayList<>();
        for (URL url : files) {
            Objects.requireNonNull(url, "files contains null");
            sources.add(new Source(url.toString(), () -> {
                try (InputStream in = url.openStream()) {
                    return in.readAllBytes();
                }
            }));
        }
        return compile(sources);
    }

    /**
     * The rules of the files at {@code paths}, in that order of precedence among rules of equal outcome.
     *
     * @throws IllegalArgumentException naming the file, the JSON path and the problem, if a file
     *                                  cannot be read or breaks the format
     */
    public static TextRules loadFiles(List<Path> paths) {
        List<Source> sources = new ArrayList<>();
        for (Path path : paths) {
            Objects.requireNonNull(path, "paths contains null");
            sources.add(new Source(path.toString(), () -> Files.readAllBytes(path)));
        }
        return compile(sources);
    }

    /**
     * The reading of {@code text}: the first rule in order of precedence that holds for it, or empty
     * when none does (or the text is null or empty).
     */
    public Optional<TextMatch> classify(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        return seen.get(text, this::read);
    }

    private Optional<TextMatch> read(String text) {
        long[] hits = automaton.scan(text);
        if (hits == null) {
            return Optional.empty();
        }
        long[] candidates = new long[ruleWords];
        for (int w = 0; w < hits.length; w++) {
            long bits = hits[w];
            while (bits != 0) {
                int phrase = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                for (int rule : rulesByPhrase[phrase]) {
                    candidates[rule >>> 6] |= 1L << rule;
                }
            }
        }
        for (int w = 0; w < candidates.length; w++) {
            long bits = candidates[w];
            while (bits != 0) {
                int rule = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (rules[rule].holds(hits)) {
                    return rules[rule].match();
                }
            }
        }
        return Optional.empty();
    }

    /** The ids of every rule, in order of precedence. */
    List<String> ruleIds() {
        List<String> ids = new ArrayList<>(rules.length);
        for (TextRule rule : rules) {
            ids.add(rule.id());
        }
        return List.copyOf(ids);
    }

    /** The number of rules. */
    public int size() {
        return rules.length;
    }

    @Override
    public String toString() {
        return "TextRules[" + rules.length + " rules from " + String.join(", ", files) + "]";
    }

    /**
     * The place of an outcome in the global precedence, most severe first: see the class comment.
     */
    static int precedence(StatusMapping mapping) {
        return switch (mapping.code()) {
            case RETURN_TO_SENDER -> 0;
            case LOST -> 1;
            case DAMAGED -> 2;
            case DELIVERY_FAILED -> 3;
            case EXPORT_HELD, IMPORT_HELD -> 4;
            case DELIVERED -> 5;
            case EXPORT_CLEARED, IMPORT_CLEARED -> 6;
            case OUT_FOR_DELIVERY -> 7;
            case AVAILABLE_FOR_PICKUP -> 8;
            case ARRIVED_DESTINATION -> 9;
            case DEPARTED_ORIGIN -> 10;
            case PICKED_UP -> 11;
            case HUB_SCAN -> 12;
            case IN_TRANSIT -> 13;
            case LABEL_CREATED -> 14;
            case UNKNOWN -> throw new IllegalArgumentException("UNKNOWN is not an outcome of a text rule");
        };
    }

    // ---------------------------------------------------------------------------------------------- loading

    private static final class Defaults {
        static final TextRules RULES = load(bundled());
    }

    @FunctionalInterface
    private interface Bytes {
        byte[] read() throws IOException;
    }

    private record Source(String name, Bytes bytes) {
    }

    /** A rule as read, before its phrases are numbered. */
    private record Parsed(String file, String path, String id, List<Phrase> any, List<Phrase> all,
                          List<Phrase> unless, Optional<TextMatch> match, int rank) {
    }

    /** A folded phrase and where it must stand as a word. */
    private record Phrase(String folded, boolean wordStart, boolean wordEnd) {
    }

    private static TextRules compile(List<Source> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no text rules files given");
        }
        List<Parsed> parsed = new ArrayList<>();
        Map<String, String> idFiles = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (Source source : sources) {
            byte[] bytes;
            try {
                bytes = source.bytes().read();
            } catch (IOException e) {
                throw new IllegalArgumentException(source.name() + ": cannot be read: " + e.getMessage(), e);
            }
            for (Parsed rule : parse(source.name(), bytes)) {
                String earlier = idFiles.putIfAbsent(rule.id(), rule.file());
                if (earlier != null) {
                    throw new IllegalArgumentException(rule.file() + ": " + rule.path() + ".id: duplicate id \""
                            + rule.id() + "\"" + (earlier.equals(rule.file()) ? " in this file" : ", also in " + earlier));
                }
                parsed.add(rule);
            }
            names.add(shortName(source.name()));
        }
        parsed.sort((a, b) -> Integer.compare(a.rank(), b.rank()));   // stable: file, then position, decide ties

        Map<Phrase, Integer> ids = new LinkedHashMap<>();
        List<TextRule> rules = new ArrayList<>();
        for (Parsed rule : parsed) {
            rules.add(new TextRule(rule.id(), number(rule.any(), ids), number(rule.all(), ids),
                    number(rule.unless(), ids), rule.match(), rule.rank()));
        }
        List<String> phrases = new ArrayList<>();
        boolean[] wordStart = new boolean[ids.size()];
        boolean[] wordEnd = new boolean[ids.size()];
        for (Map.Entry<Phrase, Integer> entry : ids.entrySet()) {
            phrases.add(entry.getKey().folded());
            wordStart[entry.getValue()] = entry.getKey().wordStart();
            wordEnd[entry.getValue()] = entry.getKey().wordEnd();
        }
        List<List<Integer>> byPhrase = new ArrayList<>();
        for (int p = 0; p < phrases.size(); p++) {
            byPhrase.add(new ArrayList<>());
        }
        for (int r = 0; r < rules.size(); r++) {
            for (int p : rules.get(r).any()) {
                List<Integer> owners = byPhrase.get(p);
                if (owners.isEmpty() || owners.get(owners.size() - 1) != r) {
                    owners.add(r);
                }
            }
        }
        int[][] rulesByPhrase = new int[phrases.size()][];
        for (int p = 0; p < phrases.size(); p++) {
            rulesByPhrase[p] = byPhrase.get(p).stream().mapToInt(Integer::intValue).toArray();
        }
        return new TextRules(new PhraseAutomaton(phrases, wordStart, wordEnd), rules.toArray(TextRule[]::new),
                rulesByPhrase, List.copyOf(names));
    }

    private static int[] number(List<Phrase> phrases, Map<Phrase, Integer> ids) {
        int[] numbers = new int[phrases.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = ids.computeIfAbsent(phrases.get(i), k -> ids.size());
        }
        return Arrays.stream(numbers).distinct().toArray();
    }

    private static String shortName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static List<Parsed> parse(String file, byte[] bytes) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new IllegalArgumentException(file + ": not valid JSON" + where + ": " + InputLimits.inWords(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw fail(file, "$", "the file is empty");
        }
        if (!root.isObject()) {
            throw fail(file, "$", "must be an object with language, source and rules");
        }
        onlyKeys(file, "", root, FILE_KEYS);
        String language = text(file, "language", root.get("language"), true);
        if (!LANGUAGE.matcher(language).matches()) {
            throw fail(file, "language", "\"" + language + "\" is not a lower-case language tag such as \"de\"");
        }
        text(file, "source", root.get("source"), true);
        JsonNode rules = root.get("rules");
        if (rules == null || !rules.isArray() || rules.isEmpty()) {
            throw fail(file, "rules", rules == null ? "missing" : "must be a non-empty array of rules");
        }
        List<Parsed> parsed = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            parsed.add(rule(file, language, "rules[" + i + "]", rules.get(i)));
        }
        return parsed;
    }

    private static Parsed rule(String file, String language, String path, JsonNode node) {
        if (!node.isObject()) {
            throw fail(file, path, "must be an object");
        }
        onlyKeys(file, path + ".", node, RULE_KEYS);
        String id = text(file, path + ".id", node.get("id"), true);
        if (!ID.matcher(id).matches() || !id.startsWith(language + ".")) {
            throw fail(file, path + ".id", "\"" + id + "\" must be \"" + language
                    + ".name\", in lower-case words joined by dots or hyphens");
        }
        List<Phrase> any = phrases(file, path + ".any", node.get("any"), true);
        List<Phrase> all = phrases(file, path + ".all", node.get("all"), false);
        List<Phrase> unless = phrases(file, path + ".unless", node.get("unless"), false);
        JsonNode code = node.get("code");
        JsonNode customs = node.get("customs");
        if (code != null && customs != null) {
            throw fail(file, path, "give either code or customs, not both");
        }
        if (code == null && customs == null) {
            throw fail(file, path, "missing code (an event code) or customs (HELD or CLEARED)");
        }
        JsonNode reasonNode = node.get("reason");
        Reason reason = reasonNode == null ? null : constant(file, path + ".reason", reasonNode, Reason.class, "reason");
        StatusMapping mapping;
        if (code != null) {
            EventCode eventCode = constant(file, path + ".code", code, EventCode.class, "event code");
            if (eventCode == EventCode.UNKNOWN) {
                throw fail(file, path + ".code", "UNKNOWN is what an unread text already gives; name the code the text says");
            }
            mapping = StatusMapping.of(eventCode, reason);
        } else {
            String side = text(file, path + ".customs", customs, true);
            if (!side.equals("HELD") && !side.equals("CLEARED")) {
                throw fail(file, path + ".customs", "unknown customs outcome \"" + side + "\"; expected HELD or CLEARED");
            }
            mapping = StatusMapping.customs(side.equals("HELD"), reason);
        }
        JsonNode note = node.get("note");
        if (note != null && !note.isTextual()) {
            throw fail(file, path + ".note", "must be text");
        }
        Certainty certainty = constant(file, path + ".certainty", require(file, path + ".certainty",
                node.get("certainty")), Certainty.class, "certainty");
        Optional<TextMatch> match = Optional.of(new TextMatch(mapping, TextReading.of(id, certainty)));
        return new Parsed(file, path, id, any, all, unless, match, precedence(mapping));
    }

    private static void onlyKeys(String file, String prefix, JsonNode node, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw fail(file, prefix + name, "unknown key; expected one of " + String.join(", ", allowed.stream()
                        .sorted().toList()));
            }
        }
    }

    private static JsonNode require(String file, String path, JsonNode node) {
        if (node == null || node.isNull()) {
            throw fail(file, path, "missing");
        }
        return node;
    }

    private static String text(String file, String path, JsonNode node, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                throw fail(file, path, "missing");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw fail(file, path, "must be text, not " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (node.asText().isBlank()) {
            throw fail(file, path, "blank");
        }
        return node.asText().strip();
    }

    private static <E extends Enum<E>> E constant(String file, String path, JsonNode node, Class<E> type, String what) {
        String name = text(file, path, node, true);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E value : type.getEnumConstants()) {
                names.add(value.name());
            }
            throw fail(file, path, "unknown " + what + " \"" + name + "\"; expected one of " + String.join(", ", names));
        }
    }

    private static List<Phrase> phrases(String file, String path, JsonNode node, boolean required) {
        if (node == null) {
            if (required) {
                throw fail(file, path, "missing; a rule needs at least one phrase");
            }
            return List.of();
        }
        if (!node.isArray()) {
            throw fail(file, path, "must be an array of phrases");
        }
        if (node.isEmpty()) {
            throw fail(file, path, required ? "empty; a rule needs at least one phrase"
                    : "empty; give at least one phrase or leave the key out");
        }
        List<Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            String raw = text(file, at, node.get(i), true);
            boolean openStart = raw.startsWith("*");
            boolean openEnd = raw.length() > 1 && raw.endsWith("*");
            String core = raw.substring(openStart ? 1 : 0, raw.length() - (openEnd ? 1 : 0)).strip();
            if (core.isEmpty()) {
                throw fail(file, at, "\"" + raw + "\" has no text besides its wildcards");
            }
            if (core.indexOf('*') >= 0) {
                throw fail(file, at, "\"" + raw + "\" has a * inside; a * may only open its start or end");
            }
            String folded = TextFold.fold(core);
            phrases.add(new Phrase(folded, !openStart && TextFold.isWordChar(folded.charAt(0)),
                    !openEnd && TextFold.isWordChar(folded.charAt(folded.length() - 1))));
        }
        return phrases;
    }

    private static IllegalArgumentException fail(String file, String path, String problem) {
        return new IllegalArgumentException(file + ": " + path + ": " + problem);
    }
}
