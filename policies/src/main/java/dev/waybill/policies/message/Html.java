package dev.waybill.policies.message;

import java.util.List;
import java.util.Locale;

/**
 * The HTML body of an email: one paragraph per part of the reply, the text HTML-escaped (so every
 * value inserted into a template is escaped), the tracking link made clickable only when it is an
 * http or https URL, the language and direction set on the wrapper.
 */
final class Html {

    private Html() {
    }

    /** Escapes the five characters that matter in HTML text and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The body: {@code paragraphs} hold {@code linkMarker} where the tracking link goes.
     *
     * @param language the language tag for {@code lang}
     * @param rtl      whether the text runs right to left
     * @param link     the tracking URL, or null
     */
    static String body(List<String> paragraphs, String language, boolean rtl, String linkMarker, String link) {
        String anchor = link == null ? "" : anchor(link);
        StringBuilder html = new StringBuilder();
        html.append("<div lang=\"").append(escape(language)).append("\" dir=\"").append(rtl ? "rtl" : "ltr")
                .append("\">\n");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(escape(paragraph).replace(linkMarker, anchor).replace("\n", "<br>\n"))
                    .append("</p>\n");
        }
        return html.append("</div>").toString();
    }

    private static String anchor(String link) {
        String lower = link.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return "<a href=\"" + escape(link) + "\" dir=\"ltr\">" + escape(link) + "</a>";
        }
        return escape(link);
    }
}
