package dev.waybill.policies.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.message.Channel;
import dev.waybill.message.Message;
import dev.waybill.message.Situation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native-speaker style review of each language, recorded in {@code style-review/<lang>.json}:
 * the register every email and chat must show (Sie, vous, です/ます, 您...; a terse SMS may drop the
 * pronoun) and the phrases no message on any channel may contain
 * (du, tu, 你, a vague "as soon as possible"). Checked against every rendered message, so a later
 * template change cannot silently break the register.
 */
class StyleReviewTest {

    static List<String> languages() {
        return MessageTemplates.BUNDLED;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyMessageKeepsTheReviewedRegister(String language) throws IOException {
        JsonNode review = review(language);
        assertThat(review.get("reviewNote").asText()).isNotBlank();
        List<Pattern> must = patterns(review.get("everyEmailAndChatMatches"));
        List<Pattern> never = patterns(review.get("neverMatches"));
        assertThat(never).isNotEmpty();

        for (Situation situation : Situation.values()) {
            for (Channel channel : Channel.values()) {
                Message message = EveryMessageTest.render(language, situation, channel);
                String text = message.subject().map(subject -> subject + "\n").orElse("") + message.body().orElseThrow();
                for (Pattern pattern : channel == Channel.SMS ? List.<Pattern>of() : must) {
                    assertThat(pattern.matcher(text).find()).as("%s %s %s must match %s:%n%s", language, situation,
                            channel, pattern, text).isTrue();
                }
                for (Pattern pattern : never) {
                    assertThat(pattern.matcher(text).find()).as("%s %s %s must not match %s:%n%s", language,
                            situation, channel, pattern, text).isFalse();
                }
            }
        }
    }

    private static JsonNode review(String language) throws IOException {
        try (InputStream in = StyleReviewTest.class.getResourceAsStream("/style-review/" + language + ".json")) {
            assertThat(in).as("style review for " + language).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<Pattern> patterns(JsonNode array) {
        List<Pattern> patterns = new ArrayList<>();
        array.forEach(p -> patterns.add(Pattern.compile(p.asText(), Pattern.UNICODE_CHARACTER_CLASS)));
        return patterns;
    }
}
