package dev.waybill.carriers.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.TextReading.Certainty;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Carrier event text is read into the contract's codes by rules kept as data, in every bundled language. */
class TextRulesTest {

    private static final TextRules RULES = TextRules.defaults();

    static Map<String, List<String>> examples() throws IOException {
        try (InputStream in = TextRulesTest.class.getResourceAsStream("text-rules-examples.json")) {
            assertThat(in).as("text-rules-examples.json next to the test").isNotNull();
            return new ObjectMapper().readValue(in, new TypeReference<LinkedHashMap<String, List<String>>>() { });
        }
    }

    static Stream<Arguments> everyExample() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        examples().forEach((rule, texts) -> texts.forEach(text -> cases.add(Arguments.of(rule, text))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @MethodSource("everyExample")
    void everyRuleReadsItsRealCarrierExamples(String rule, String text) {
        assertThat(RULES.classify(text)).as(text).hasValueSatisfying(match ->
                assertThat(match.reading().rule()).isEqualTo(rule));
    }

    @Test
    void everyBundledRuleHasAnExampleAndEveryExampleNamesABundledRule() throws IOException {
        Map<String, List<String>> examples = examples();

        assertThat(RULES.ruleIds()).allSatisfy(id -> assertThat(examples.get(id)).as("examples of " + id).isNotEmpty());
        assertThat(examples.keySet()).containsExactlyInAnyOrderElementsOf(RULES.ruleIds());
    }

    @Test
    void everyBundledLanguageHasItsFile() {
        assertThat(RULES.ruleIds()).extracting(id -> id.substring(0, id.indexOf('.'))).containsOnly(
                "en", "de", "fr", "es", "pt", "it", "nl", "zh", "ja", "ko");
        assertThat(RULES.toString()).contains("en.json", "zh.json", "ja.json");
    }

    @ParameterizedTest(name = "\"{0}\" is not a delivery")
    @CsvSource(delimiter = '|', value = {
        "Die Sendung konnte nicht zugestellt werden.|de.delivery-failed",
        "Sendung nicht zugestellt|de.delivery-failed",
        "未妥投|zh.delivery-failed",
        "Item not delivered|en.delivery-failed",
        "Envío no entregado|es.delivery-failed",
        "Spedizione non consegnata|it.delivery-failed",
        "Votre colis n'a pas pu être livré|fr.delivery-failed",
        "Objeto não entregue|pt.delivery-failed",
        "Zending kon niet worden bezorgd|nl.delivery-failed",
    })
    void aNegatedDeliveryIsAFailedDeliveryInEveryLanguage(String text, String rule) {
        TextMatch match = RULES.classify(text).orElseThrow();

        assertThat(match.mapping().code()).isEqualTo(EventCode.DELIVERY_FAILED);
        assertThat(match.reading().rule()).isEqualTo(rule);
    }

    @Test
    void aDeliveryStillToComeIsNotADelivery() {
        assertThat(code("Die Sendung wird voraussichtlich heute zugestellt.")).isEqualTo(EventCode.OUT_FOR_DELIVERY);
        assertThat(code("Votre colis sera livré aujourd'hui")).isEqualTo(EventCode.OUT_FOR_DELIVERY);
        assertThat(code("Your package will be delivered today")).isNotEqualTo(EventCode.DELIVERED);
        assertThat(code("快件派送中，请保持电话畅通，准备签收")).isEqualTo(EventCode.OUT_FOR_DELIVERY);
    }

    @Test
    void theMostSevereOutcomeWinsWhateverTheLanguageOrTheOrderOfWords() {
        TextMatch absent = RULES.classify("Delivery attempted - recipient not home").orElseThrow();
        assertThat(absent.mapping()).isEqualTo(StatusMapping.of(EventCode.DELIVERY_FAILED, Reason.RECIPIENT_ABSENT));
        assertThat(absent.reading().rule()).isEqualTo("en.delivery-failed.absent");

        assertThat(code("Delivered / 未妥投")).isEqualTo(EventCode.DELIVERY_FAILED);
        assertThat(code("Zugestellt? Nein: Empfänger nicht angetroffen")).isEqualTo(EventCode.DELIVERY_FAILED);
        assertThat(code("退回妥投")).isEqualTo(EventCode.RETURN_TO_SENDER);
        assertThat(code("Shipment damaged - returning to shipper")).isEqualTo(EventCode.RETURN_TO_SENDER);
        assertThat(code("Package lost in transit")).isEqualTo(EventCode.LOST);
        assertThat(code("Out for delivery - held at customs")).isEqualTo(EventCode.IMPORT_HELD);
        assertThat(code("Delivered to UPS Access Point")).isEqualTo(EventCode.AVAILABLE_FOR_PICKUP);
        assertThat(code("Votre colis est livré au point de retrait")).isEqualTo(EventCode.AVAILABLE_FOR_PICKUP);
    }

    @Test
    void aRefusalOnItsWayBackIsAReturnWithItsReason() {
        TextMatch match = RULES.classify("Refused by recipient - returning to shipper").orElseThrow();

        assertThat(match.mapping()).isEqualTo(StatusMapping.of(EventCode.RETURN_TO_SENDER, Reason.REFUSED));
    }

    @Test
    void customsTextThatDoesNotSayTheSideLeavesItToPosition() {
        TextMatch cleared = RULES.classify("Clearance processing complete at LEIPZIG - GERMANY").orElseThrow();
        TextMatch held = RULES.classify("Awaiting payment of duties and taxes").orElseThrow();
        TextMatch export = RULES.classify("Export customs clearance completed").orElseThrow();

        assertThat(cleared.mapping()).isEqualTo(StatusMapping.customs(false, null));
        assertThat(held.mapping()).isEqualTo(StatusMapping.customs(true, Reason.DUTIES));
        assertThat(export.mapping()).isEqualTo(StatusMapping.of(EventCode.EXPORT_CLEARED));
        assertThat(cleared.reading().certainty()).isEqualTo(Certainty.HIGH);
    }

    @Test
    void textTheRulesDoNotKnowIsNotRead() {
        assertThat(RULES.classify("Shipment status unchanged")).isEmpty();
        assertThat(RULES.classify("Almost there")).as("lost is a word, not part of one").isEmpty();
        assertThat(RULES.classify("1Z999AA10123456784")).isEmpty();
        assertThat(RULES.classify("")).isEmpty();
        assertThat(RULES.classify(null)).isEmpty();
    }

    @Test
    void caseWidthAccentsAndTypographicPunctuationDoNotMatter() {
        assertThat(code("ＤＥＬＩＶＥＲＥＤ")).isEqualTo(EventCode.DELIVERED);
        assertThat(code("VOTRE COLIS EST LIVRE")).isEqualTo(EventCode.DELIVERED);
        assertThat(code("Votre colis n’a pas pu être livré")).isEqualTo(EventCode.DELIVERY_FAILED);
        assertThat(code("ENTREGA\u00A0FALLIDA")).isEqualTo(EventCode.DELIVERY_FAILED);
    }

    @Test
    void aPhraseWithAnOpenEndMatchesInsideACompoundWord() {
        assertThat(RULES.classify("Witterungsbedingte Verzögerung").orElseThrow().mapping())
                .isEqualTo(StatusMapping.of(EventCode.IN_TRANSIT, Reason.WEATHER));
        assertThat(code("Zusteller: Die Sendung wurde im Ziel-Paketzentrum bearbeitet")).isEqualTo(EventCode.HUB_SCAN);
    }

    @Test
    void aShopAddsItsOwnRulesAfterTheBundledOnes(@TempDir Path dir) throws IOException {
        Path shop = write(dir, "acme.json", """
                {"language": "en", "source": "Acme Couriers' driver app texts",
                 "rules": [
                   {"id": "en.acme.left-with-concierge", "any": ["left with concierge"], "code": "DELIVERED", "certainty": "MEDIUM"},
                   {"id": "en.acme.delivered", "any": ["delivered"], "code": "DELIVERED", "certainty": "LOW"}]}
                """);
        List<URL> files = new ArrayList<>(TextRules.bundled());
        files.add(shop.toUri().toURL());

        TextRules rules = TextRules.load(files);

        assertThat(rules.classify("Parcel left with concierge").orElseThrow().reading().rule())
                .isEqualTo("en.acme.left-with-concierge");
        assertThat(rules.classify("Delivered").orElseThrow().reading().rule()).isEqualTo("en.delivered");
        assertThat(rules.size()).isEqualTo(RULES.size() + 2);
    }

    static Stream<Arguments> brokenFiles() {
        String rule = "{\"id\": \"en.x\", \"any\": [\"x\"], \"code\": \"DELIVERED\", \"certainty\": \"HIGH\"}";
        return Stream.of(
                Arguments.of("{\"language\": \"en\", \"source\": \"s\", \"rules\": [" + rule
                        + ", {\"id\": \"en.y\", \"any\": [\"y\"], \"code\": \"DELIVERD\", \"certainty\": \"HIGH\"}]}",
                        "rules[1].code", "unknown event code \"DELIVERD\""),
                Arguments.of("{\"language\": \"en\", \"source\": \"s\", \"rules\": [{\"id\": \"en.x\", \"any\": [\"x\"],"
                        + " \"code\": \"DELIVERED\", \"certainty\": \"HIGH\", \"colour\": \"red\"}]}",
                        "rules[0].colour", "unknown key"),
                Arguments.of("{\"language\": \"en\", \"source\": \"s\", \"rules\": [{\"id\": \"en.x\", \"any\": [\"x\"],"
                        + " \"code\": \"DELIVERY_FAILED\", \"reason\": \"NOBODY_HOME\", \"certainty\": \"HIGH\"}]}",
                        "rules[0].reason", "unknown reason \"NOBODY_HOME\""),
                Arguments.of("{\"language\": \"en\", \"source\": \"s\", \"rules\": [{\"id\": \"en.x\", \"any\": [\"x\"],"
                        + " \"code\": \"DELIVERED\", \"certainty\": \"SURE\"}]}",
                        "rules[0].certainty", "unknown certainty \"SURE\""),
                Arguments.of("{\"language\": \"en\", \"source\": \"s\", \"rules\": [{\"id\": \"en.x\", \"any\": [],"
                        + " \"code\": \"DELIVERED\", \"certainty\": \"HIGH\"}]}",
                        "rules[0].any", "empty"),
                Arguments.of("{\"language\": \"en\", \"source\": \"s\", \"rules\": [" + rule + ", " + rule + "]}",
                        "rules[1].id", "duplicate id \"en.x\""),
                Arguments.of("{\"language\": \"en\", \"source\": \"s\", \"rules\": [{\"id\": \"en.x\", \"any\": [\"x\"],"
                        + " \"code\": \"DELIVERED\", \"customs\": \"HELD\", \"certainty\": \"HIGH\"}]}",
                        "rules[0]", "either code or customs"),
                Arguments.of("{\"language\": \"en\", \"source\": \"s\", \"rules\": [{\"id\": \"en.x\", \"any\": [\"x\"],"
                        + " \"customs\": \"STUCK\", \"certainty\": \"HIGH\"}]}",
                        "rules[0].customs", "expected HELD or CLEARED"),
                Arguments.of("{\"language\": \"en\", \"source\": \"s\", \"rules\": [{\"id\": \"de.x\", \"any\": [\"x\"],"
                        + " \"code\": \"DELIVERED\", \"certainty\": \"HIGH\"}]}",
                        "rules[0].id", "must be \"en.name\""),
                Arguments.of("{\"language\": \"en\", \"source\": \"s\", \"rules\": [{\"id\": \"en.x\", \"any\": [\"de*livered\"],"
                        + " \"code\": \"DELIVERED\", \"certainty\": \"HIGH\"}]}",
                        "rules[0].any[0]", "a * may only open its start or end"),
                Arguments.of("{\"language\": \"en\", \"rules\": [" + rule + "]}", "source", "missing"),
                Arguments.of("{\"language\": \"en\", \"source\": \"s\", \"rules\": [" + rule + ",]}",
                        "line 1", "not valid JSON"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsRejectedNamingTheFileThePathAndTheProblem(String json, String path, String problem,
                                                               @TempDir Path dir) throws IOException {
        Path file = write(dir, "broken.json", json);

        assertThatThrownBy(() -> TextRules.loadFiles(List.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining(path)
                .hasMessageContaining(problem)
                .hasMessageNotContainingAny("jackson", "Jackson", "com.fasterxml");
    }

    @Test
    void unreadableJsonKeepsTheParserErrorAsItsCause(@TempDir Path dir) throws IOException {
        Path file = write(dir, "truncated.json", "{\"language\": \"en\", \"rules\": [");

        assertThatThrownBy(() -> TextRules.loadFiles(List.of(file)))
                .hasMessageStartingWith(file + ": not valid JSON")
                .hasCauseInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }

    @Test
    void anIdUsedInTwoFilesIsRejectedNamingBoth(@TempDir Path dir) throws IOException {
        String json = "{\"language\": \"en\", \"source\": \"s\", \"rules\": [{\"id\": \"en.x\", \"any\": [\"x\"],"
                + " \"code\": \"DELIVERED\", \"certainty\": \"HIGH\"}]}";
        Path first = write(dir, "first.json", json);
        Path second = write(dir, "second.json", json);

        assertThatThrownBy(() -> TextRules.loadFiles(List.of(first, second)))
                .hasMessageContaining("second.json: rules[0].id: duplicate id \"en.x\", also in " + first);
    }

    private static EventCode code(String text) {
        Optional<TextMatch> match = RULES.classify(text);
        assertThat(match).as(text).isPresent();
        return match.orElseThrow().mapping().code();
    }

    private static Path write(Path dir, String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }
}
