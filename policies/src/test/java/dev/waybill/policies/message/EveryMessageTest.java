package dev.waybill.policies.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import dev.waybill.message.Channel;
import dev.waybill.message.Message;
import dev.waybill.message.MessageRequest;
import dev.waybill.message.Situation;
import dev.waybill.message.SmsEncoding;
import dev.waybill.shipment.Shipment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every situation in every bundled language on every channel, and checks what a buyer
 * would see: no unfilled placeholder, the language's script, the tracking link, the delivery
 * window, the SMS limits.
 */
class EveryMessageTest {

    /** Each bundled language with the destination its buyers typically live in. */
    static final Map<String, String> DESTINATIONS = Map.ofEntries(Map.entry("en", "US"), Map.entry("zh-CN", "CN"),
            Map.entry("ja", "JP"), Map.entry("ko", "KR"), Map.entry("de", "DE"), Map.entry("fr", "FR"),
            Map.entry("es", "ES"), Map.entry("pt-BR", "BR"), Map.entry("ar", "SA"), Map.entry("vi", "VN"),
            Map.entry("th", "TH"), Map.entry("id", "ID"));

    /** Letters, beyond plain ASCII, that a real email in the language always uses somewhere. */
    private static final Map<String, Pattern> DIACRITICS = Map.of("de", Pattern.compile("[äöüßÄÖÜ]"),
            "fr", Pattern.compile("[éèêàçùâîôÉ]"), "es", Pattern.compile("[áéíóúñ¿¡]"),
            "pt-BR", Pattern.compile("[ãõçáéêâíóú]"), "vi", Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"));

    private static final TemplateMessageComposer COMPOSER = TemplateMessageComposer.defaults();

    static Stream<Arguments> everyLanguageSituationAndChannel() {
        List<Arguments> all = new ArrayList<>();
        for (String language : MessageTemplates.BUNDLED) {
            for (Situation situation : Situation.values()) {
                for (Channel channel : Channel.values()) {
                    all.add(Arguments.of(language, situation, channel));
                }
            }
        }
        return all.stream();
    }

    static Message render(String language, Situation situation, Channel channel) {
        Shipment shipment = Fixtures.shipmentFor(situation, DESTINATIONS.get(language));
        MessageRequest request = MessageRequest.builder(Fixtures.TODAY).language(Locale.forLanguageTag(language))
                .channel(channel).shopName("Lumen Lamps").buyerName("Alex").trackingUrl(Fixtures.URL)
                .inquiry(situation.isInquiryOnly()).build();
        return COMPOSER.compose(shipment, Fixtures.assessmentFor(situation), request);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyLanguageSituationAndChannel")
    void everySituationReadsCompletelyInEveryLanguageAndChannel(String language, Situation situation, Channel channel) {
        Message message = render(language, situation, channel);

        assertThat(message.situation()).contains(situation);
        assertThat(message.language().toLanguageTag()).isEqualTo(language);
        assertThat(message.fellBack()).isFalse();
        String body = message.body().orElseThrow();
        assertThat(body).isNotBlank().doesNotContain("{", "}", "\uE000");
        assertThat(body).as("tracking link").contains(Fixtures.URL);
        assertScript(language, body);

        if (situation.expectsDelivery()) {
            LocaleFormats formats = new LocaleFormats(ULocale.forLanguageTag(language + "-" + DESTINATIONS.get(language)));
            String likely = formats.date(Fixtures.ETA.likely(), Fixtures.TODAY, channel == Channel.SMS);
            assertThat(body).as("likely delivery date").contains(likely);
        }
        switch (channel) {
            case EMAIL -> {
                assertThat(message.subject().orElseThrow()).isNotBlank().doesNotContain("{", "}").contains("LP-1042");
                assertThat(message.htmlBody().orElseThrow()).contains("<a href=\"" + Fixtures.URL + "\"").doesNotContain("\uE000");
                assertThat(body).contains("Lumen Lamps");
                Pattern diacritics = DIACRITICS.get(language);
                if (diacritics != null) {
                    assertThat(diacritics.matcher(body).find()).as("%s diacritics in %s", language, body).isTrue();
                }
            }
            case CHAT -> {
                assertThat(message.subject()).isEmpty();
                assertThat(message.htmlBody()).isEmpty();
                assertThat(body.length()).as("chat is short").isLessThan(render(language, situation, Channel.EMAIL)
                        .body().orElseThrow().length());
            }
            case SMS -> {
                assertThat(message.subject()).isEmpty();
                SmsEncoding encoding = SmsEncoding.of(body);
                assertThat(encoding.units(body)).as("%s SMS in %s: %s", language, encoding, body)
                        .isLessThanOrEqualTo(encoding.capacity(2));
                assertThat(body).as("nothing cut").doesNotContain("…");
            }
        }
    }

    private static void assertScript(String language, String body) {
        switch (language) {
            case "zh-CN" -> {
                assertThat(has(body, Character.UnicodeScript.HAN)).isTrue();
                assertThat(has(body, Character.UnicodeScript.HIRAGANA) || has(body, Character.UnicodeScript.HANGUL))
                        .isFalse();
            }
            case "ja" -> assertThat(has(body, Character.UnicodeScript.HIRAGANA)).as(body).isTrue();
            case "ko" -> assertThat(has(body, Character.UnicodeScript.HANGUL)).as(body).isTrue();
            case "ar" -> {
                assertThat(has(body, Character.UnicodeScript.ARABIC)).isTrue();
                assertThat(body).as("Latin link isolated").contains("\u2066" + Fixtures.URL + "\u2069");
            }
            case "th" -> assertThat(has(body, Character.UnicodeScript.THAI)).isTrue();
            default -> body.codePoints().filter(Character::isLetter).forEach(c ->
                    assertThat(Character.UnicodeScript.of(c)).as("letter %s in %s", Character.toString(c), body)
                            .isEqualTo(Character.UnicodeScript.LATIN));
        }
        if (language.equals("en") || language.equals("id")) {
            assertThat(body.codePoints().filter(Character::isLetter).allMatch(c -> c < 128)).as(body).isTrue();
        }
    }

    private static boolean has(String text, Character.UnicodeScript script) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script);
    }
}
