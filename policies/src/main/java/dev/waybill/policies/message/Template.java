package dev.waybill.policies.message;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import dev.waybill.policies.PolicyFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One template: ICU MessageFormat text ({@code {shop}}, {@code {inquiry, select, yes{...} other{...}}},
 * {@code {count, plural, one{# day} other{# days}}}), validated when it is read. Immutable and
 * thread-safe: the text is parsed once per formatting locale, and each formatter is used by one
 * thread at a time.
 */
final class Template {

    private static final Set<String> FLAG_VALUES = Set.of("yes", "no", "other");

    private final String key;
    private final String file;
    private final ULocale locale;
    private final String text;
    /** The days a count phrase is kept rendered for, per formatting locale: a year. */
    private static final int COUNTS_KEPT = 366;

    /** The parsed text, per formatting locale. */
    private final Map<ULocale, MessageFormat> formats = new ConcurrentHashMap<>();
    /** The rendering of a text without placeholders or quoting, which is the text itself; else null. */
    private final String plain;
    /**
     * For a text whose placeholders are all plain ({@code {name}}) or selects over such texts (no plural,
     * no number or date format): its pieces in order, each a literal {@code String}, an {@link Argument}
     * or a {@link Select}; else null.
     */
    private final Object[] pieces;
    /** Renderings by count, per formatting locale (a count phrase is rendered from one small number). */
    private final Map<ULocale, AtomicReferenceArray<String>> counted = new ConcurrentHashMap<>();

    private Template(String key, String file, ULocale locale, String text) {
        this.key = key;
        this.file = file;
        this.locale = locale;
        this.text = text;
        this.plain = text.indexOf('{') < 0 && text.indexOf('}') < 0 && text.indexOf('\'') < 0 ? text.strip() : null;
        this.pieces = plain == null ? pieces(text) : null;
    }

    /** A plain placeholder's name, among a template's {@link #pieces}. */
    private record Argument(String name) {
    }

    /**
     * A select among a template's {@link #pieces}: the argument's name, each variant's keyword and pieces
     * in the order written.
     */
    private record Select(String name, String[] keywords, Object[][] variants) {
    }

    /**
     * The pieces of a text whose placeholders are all plain or selects, as ICU's {@code MessageFormat} walks
     * the same parsed pattern (the text between parts appended, quoting apostrophes skipped); null for any
     * other text, and for a text that does not parse (validation names the problem).
     */
    private static Object[] pieces(String text) {
        MessagePattern pattern;
        try {
            pattern = new MessagePattern(text);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
        return message(pattern, text, 0);
    }

    /** The pieces of the message whose {@code MSG_START} part is at {@code start}; null when one is unsupported. */
    private static Object[] message(MessagePattern pattern, String text, int start) {
        List<Object> pieces = new ArrayList<>();
        int previous = pattern.getPart(start).getLimit();
        for (int i = start + 1; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getIndex() > previous) {
                pieces.add(text.substring(previous, part.getIndex()));
            }
            switch (part.getType()) {
                case MSG_LIMIT -> {
                    return pieces.toArray();
                }
                case SKIP_SYNTAX, INSERT_CHAR -> previous = part.getLimit(); // a quoting apostrophe, or a mark at a lone one
                case ARG_START -> {
                    Object piece = switch (part.getArgType()) {
                        case NONE -> new Argument(pattern.getSubstring(pattern.getPart(i + 1)));
                        case SELECT -> select(pattern, text, i);
                        default -> null;
                    };
                    if (piece == null) {
                        return null;
                    }
                    pieces.add(piece);
                    i = pattern.getLimitPartIndex(i);
                    previous = pattern.getPart(i).getLimit();
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    /** The select whose {@code ARG_START} part is at {@code start}; null when a variant is unsupported. */
    private static Select select(MessagePattern pattern, String text, int start) {
        List<String> keywords = new ArrayList<>();
        List<Object[]> variants = new ArrayList<>();
        int limit = pattern.getLimitPartIndex(start);
        for (int i = start + 2; i < limit; i = pattern.getLimitPartIndex(i + 1) + 1) {  // a keyword, then its message
            Object[] variant = message(pattern, text, i + 1);
            if (variant == null) {
                return null;
            }
            keywords.add(pattern.getSubstring(pattern.getPart(i)));
            variants.add(variant);
        }
        return new Select(pattern.getSubstring(pattern.getPart(start + 1)), keywords.toArray(String[]::new),
                variants.toArray(Object[][]::new));
    }

    /** The template key, for example {@code situations.LOST.sms}. */
    String key() {
        return key;
    }

    /** The file it was read from. */
    String file() {
        return file;
    }

    /** The language it is written in. */
    ULocale locale() {
        return locale;
    }

    /** The MessageFormat text. */
    String text() {
        return text;
    }

    @Override
    public String toString() {
        return "Template[" + key + " in " + file + "]";
    }

    /**
     * Reads and validates a template: the syntax parses, every placeholder is one {@code key} may
     * use, selects choose between {@code yes} and {@code no}, plurals give every form the
     * language's plural rules have and no other, and a rendering leaves no brace behind.
     *
     * @throws PolicyFileException naming the file, the template key and the problem
     */
    static Template of(String key, String file, ULocale locale, String text) {
        Template template = new Template(key, file, locale, text);
        template.validate();
        return template;
    }

    /**
     * True when every placeholder is a plain {@code {name}} or a select over such texts: the template renders
     * without ICU's formatter.
     */
    boolean joinsWithoutIcu() {
        return pieces != null;
    }

    /** Renders with {@code arguments} in the template's own locale; flags are {@code "yes"} or {@code "no"}. */
    String render(Map<String, Object> arguments) {
        return render(arguments, locale);
    }

    /**
     * Renders with {@code arguments}, numbers formatted for {@code formatLocale} (the buyer's
     * region may choose other digits than the language alone, as {@code ar-SA} does).
     */
    String render(Map<String, Object> arguments, ULocale formatLocale) {
        return render(() -> arguments::get, () -> arguments, formatLocale);
    }

    /** The same, with {@code arguments} read by name where the template joins without ICU. */
    String render(TemplateArguments arguments, ULocale formatLocale) {
        return render(arguments::byName, arguments::asMap, formatLocale);
    }

    /** Asks for the arguments by name only to join, and for all of them only for ICU. */
    private String render(Supplier<Function<String, Object>> byName, Supplier<Map<String, Object>> all,
                          ULocale formatLocale) {
        if (plain != null) {
            return plain;
        }
        if (pieces != null) {
            String joined = join(byName.get());
            if (joined != null) {
                return joined;
            }
        }
        return renderWithIcu(all.get(), formatLocale);
    }

    /**
     * Renders with {@code count} as the only argument (a count phrase, {@code phrases.lateBy}): the same
     * text as {@link #render(Map, ULocale)}, kept for counts under a year, since the phrase depends on
     * nothing else and the same few counts come back in every verdict.
     */
    String renderCount(int count, ULocale formatLocale) {
        if (count < 0 || count >= COUNTS_KEPT) {
            return render(Map.of("count", count), formatLocale);
        }
        AtomicReferenceArray<String> kept = counted.computeIfAbsent(formatLocale,
                l -> new AtomicReferenceArray<>(COUNTS_KEPT));
        String rendered = kept.get(count);
        if (rendered == null) {
            rendered = render(Map.of("count", count), formatLocale);
            kept.set(count, rendered);
        }
        return rendered;
    }

    /**
     * The pieces with their arguments, when every argument is a text: what ICU writes for them, without
     * its formatting machinery; null when one is missing or not a text (ICU writes those its own way).
     */
    private String join(Function<String, Object> arguments) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        return join(pieces, arguments, out) ? out.toString().strip() : null;
    }

    private static boolean join(Object[] pieces, Function<String, Object> arguments, StringBuilder out) {
        for (Object piece : pieces) {
            if (piece instanceof String literal) {
                out.append(literal);
                continue;
            }
            String name = piece instanceof Argument argument ? argument.name() : ((Select) piece).name();
            if (!(arguments.apply(name) instanceof String value)) {
                return false;
            }
            if (piece instanceof Select select) {
                Object[] variant = variant(select, value);
                if (variant == null || !join(variant, arguments, out)) {
                    return false;
                }
            } else {
                out.append(value);
            }
        }
        return true;
    }

    /**
     * The variant ICU's {@code SelectFormat} picks: the first whose keyword is {@code value}, else the first
     * {@code other}.
     */
    private static Object[] variant(Select select, String value) {
        Object[] other = null;
        for (int i = 0; i < select.keywords().length; i++) {
            if (select.keywords()[i].equals(value)) {
                return select.variants()[i];
            }
            if (other == null && select.keywords()[i].equals("other")) {
                other = select.variants()[i];
            }
        }
        return other;
    }

    /** {@link #render(Map, ULocale)} through ICU's {@code MessageFormat}, whatever the text. */
    String renderWithIcu(Map<String, Object> arguments, ULocale formatLocale) {
        MessageFormat format = formats.computeIfAbsent(formatLocale, l -> new MessageFormat(text, l));
        synchronized (format) { // a MessageFormat is parsed once per locale, and is not thread-safe
            return format.format(arguments).strip();
        }
    }

    private void validate() {
        MessagePattern pattern;
        try {
            pattern = new MessagePattern(text);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw problem("bad message syntax: " + e.getMessage());
        }
        Set<String> allowed = TemplateKeys.allowed(key);
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            MessagePattern.Part name = pattern.getPart(i + 1);
            String argument = pattern.getSubstring(name);
            if (name.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                throw problem("numbered placeholder {" + argument + "}; use a named one");
            }
            if (!allowed.contains(argument)) {
                throw problem("unknown placeholder {" + argument + "}; expected one of " + new TreeSet<>(allowed));
            }
            checkArgument(pattern, i, argument, part.getArgType());
        }
        for (String flags : new String[] {"yes", "no"}) {
            for (int count : new int[] {0, 1, 2, 3, 11, 100}) {
                String rendered = render(sample(allowed, flags, count));
                if (rendered.indexOf('{') >= 0 || rendered.indexOf('}') >= 0) {
                    throw problem("a brace survives rendering (an apostrophe before '{' quotes the rest;"
                            + " write '' for a literal apostrophe there): " + rendered);
                }
            }
        }
    }

    private void checkArgument(MessagePattern pattern, int start, String argument, MessagePattern.ArgType type) {
        switch (type) {
            case NONE -> {
                if (TemplateKeys.FLAGS.contains(argument)) {
                    throw problem("{" + argument + "} is yes or no; use it in a select");
                }
            }
            case SELECT -> {
                if (!TemplateKeys.FLAGS.contains(argument)) {
                    throw problem("{" + argument + ", select, ...} selects on text; only the yes/no flags "
                            + new TreeSet<>(TemplateKeys.FLAGS) + " can be selected on");
                }
                for (String keyword : keywords(pattern, start)) {
                    if (!FLAG_VALUES.contains(keyword)) {
                        throw problem("select on {" + argument + "} has the case '" + keyword
                                + "'; expected yes, no or other");
                    }
                }
            }
            case PLURAL -> checkPlural(pattern, start, argument);
            default -> throw problem("{" + argument + ", " + type.name().toLowerCase(java.util.Locale.ROOT)
                    + "} is not supported: values arrive formatted for the locale; use plain {" + argument
                    + "}, a select or a plural");
        }
    }

    private void checkPlural(MessagePattern pattern, int start, String argument) {
        if (!TemplateKeys.COUNT.contains(argument)) {
            throw problem("plural on {" + argument + "}; only {count} in a phrase is a number");
        }
        Set<String> forms = new TreeSet<>(PluralRules.forLocale(locale).getKeywords());
        Set<String> given = new TreeSet<>();
        for (String keyword : keywords(pattern, start)) {
            if (keyword.startsWith("=")) {
                continue;
            }
            if (!forms.contains(keyword)) {
                throw problem("plural form '" + keyword + "' does not exist in " + locale.toLanguageTag()
                        + " (its forms: " + forms + ")");
            }
            given.add(keyword);
        }
        if (!given.equals(forms)) {
            Set<String> missing = new TreeSet<>(forms);
            missing.removeAll(given);
            throw problem("plural misses the " + locale.toLanguageTag() + " form(s) " + missing
                    + " (its forms: " + forms + ")");
        }
    }

    private static Set<String> keywords(MessagePattern pattern, int start) {
        Set<String> keywords = new TreeSet<>();
        int limit = pattern.getLimitPartIndex(start);
        int j = start + 2;
        while (j < limit) {
            MessagePattern.Part part = pattern.getPart(j);
            if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                keywords.add(pattern.getSubstring(part));
                j++;
            } else if (part.getType() == MessagePattern.Part.Type.MSG_START) {
                j = pattern.getLimitPartIndex(j) + 1;
            } else {
                j++;
            }
        }
        return keywords;
    }

    private static Map<String, Object> sample(Set<String> allowed, String flags, int count) {
        Map<String, Object> arguments = new HashMap<>();
        for (String name : allowed) {
            Object value;
            if (TemplateKeys.FLAGS.contains(name)) {
                value = flags;
            } else if (TemplateKeys.COUNT.contains(name)) {
                value = count;
            } else {
                value = "x";
            }
            arguments.put(name, value);
        }
        return arguments;
    }

    private PolicyFileException problem(String problem) {
        return new PolicyFileException(file, "$." + key, problem);
    }
}
