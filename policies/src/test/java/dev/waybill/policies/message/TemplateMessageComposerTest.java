package dev.waybill.policies.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.ULocale;
import dev.waybill.Assessment;
import dev.waybill.liability.Party;
import dev.waybill.message.Channel;
import dev.waybill.message.EscalationReason;
import dev.waybill.message.Message;
import dev.waybill.message.MessageRequest;
import dev.waybill.message.Situation;
import dev.waybill.message.SmsEncoding;
import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.PolicyNode;
import dev.waybill.remedy.Remedy;
import dev.waybill.remedy.RemedyKind;
import dev.waybill.remedy.RemedyReason;
import dev.waybill.shipment.Stage;
import dev.waybill.delay.Cause;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Shipment;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateMessageComposerTest {

    private static final TemplateMessageComposer COMPOSER = TemplateMessageComposer.defaults();

    private static MessageRequest.Builder request(String language, Channel channel) {
        return MessageRequest.builder(Fixtures.TODAY).language(language == null ? null : Locale.forLanguageTag(language))
                .channel(channel).shopName("Lumen Lamps").trackingUrl(Fixtures.URL);
    }

    private static Message compose(Situation situation, String destination, MessageRequest request) {
        return COMPOSER.compose(Fixtures.shipmentFor(situation, destination), Fixtures.assessmentFor(situation), request);
    }

    @Test
    void hostileShopAndBuyerNamesAreEscapedInTheHtmlBody() {
        MessageRequest request = request("en", Channel.EMAIL).shopName("<script>alert('shop')</script>")
                .buyerName("<img src=x onerror=alert(1)>").build();
        Message message = compose(Situation.LOST, "US", request);

        assertThat(message.htmlBody().orElseThrow()).doesNotContain("<script>", "<img").contains("&lt;script&gt;alert(&#39;shop&#39;)")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(message.body().orElseThrow()).contains("<script>alert('shop')</script>");
    }

    @Test
    void aTrackingLinkThatIsNotHttpIsShownButNeverMadeClickable() {
        Message message = compose(Situation.ON_TRACK, "US",
                request("en", Channel.EMAIL).trackingUrl("javascript:alert(1)").inquiry(true).build());

        assertThat(message.htmlBody().orElseThrow()).doesNotContain("href").contains("javascript:alert(1)");
    }

    @Test
    void arabicDayCountsTakeTheirSixPluralForms() {
        Catalog arabic = MessageTemplates.defaults().catalogFor(Locale.forLanguageTag("ar")).orElseThrow();
        ULocale locale = ULocale.forLanguageTag("ar-AE");
        Map<Integer, String> expected = Map.of(0, "0 يوم", 1, "يوم واحد", 2, "يومين", 3, "3 أيام", 11, "11 يومًا",
                100, "100 يوم");
        expected.forEach((days, phrase) ->
                assertThat(arabic.render("phrases.lateBy", new TemplateArguments.Count(days), locale)).as("%d days", days)
                        .isEqualTo(phrase));
        assertThat(arabic.render("phrases.silentFor", new TemplateArguments.Count(0), locale)).isEqualTo("أقل من يوم");
    }

    @Test
    void japaneseHasOneFormForEveryCount() {
        Catalog japanese = MessageTemplates.defaults().catalogFor(Locale.JAPANESE).orElseThrow();
        assertThat(japanese.render("phrases.lateBy", new TemplateArguments.Count(1), ULocale.JAPAN)).isEqualTo("1日");
        assertThat(japanese.render("phrases.lateBy", new TemplateArguments.Count(11), ULocale.JAPAN)).isEqualTo("11日");
    }

    @Test
    void datesReadTheWayEachLocaleWritesThem() {
        LocalDate friday = LocalDate.parse("2026-11-20");
        assertThat(new LocaleFormats(ULocale.forLanguageTag("en-US")).date(friday, Fixtures.TODAY, false))
                .isEqualTo("Friday, November 20");
        assertThat(new LocaleFormats(ULocale.forLanguageTag("de-DE")).date(friday, Fixtures.TODAY, false))
                .isEqualTo("Freitag, 20. November");
        assertThat(new LocaleFormats(ULocale.forLanguageTag("fr-FR")).date(friday, Fixtures.TODAY, false))
                .isEqualTo("vendredi 20 novembre");
        assertThat(new LocaleFormats(ULocale.forLanguageTag("ja-JP")).date(friday, Fixtures.TODAY, false))
                .isEqualTo("11月20日金曜日");
        assertThat(new LocaleFormats(ULocale.forLanguageTag("ar-SA")).date(friday, Fixtures.TODAY, false))
                .as("Arabic-Indic digits in Saudi Arabia").contains("٢٠");
        assertThat(new LocaleFormats(ULocale.forLanguageTag("th-TH")).date(friday, LocalDate.parse("2025-12-30"), false))
                .as("the Buddhist year a Thai buyer reads").contains("2569").contains("ศุกร์");
    }

    @Test
    void aLanguageWithoutTemplatesFallsBackToEnglishAndSaysSo() {
        Message message = compose(Situation.LOST, "KE", request("sw", Channel.EMAIL).build());

        assertThat(message.language()).isEqualTo(Locale.ENGLISH);
        assertThat(message.requestedLanguage().toLanguageTag()).isEqualTo("sw");
        assertThat(message.fellBack()).isTrue();
        assertThat(message.body().orElseThrow()).contains("lost in transit");
    }

    @Test
    void theLanguageComesFromTheShipmentThenTheDestination() {
        Shipment withLanguage = Fixtures.shipmentFor(Situation.LOST, "US").toBuilder()
                .language(Locale.forLanguageTag("ko")).build();
        Message fromShipment = COMPOSER.compose(withLanguage, Fixtures.assessmentFor(Situation.LOST),
                request(null, Channel.SMS).build());
        Message fromDestination = compose(Situation.LOST, "BR", request(null, Channel.SMS).build());
        Message traditional = compose(Situation.LOST, "TW", request(null, Channel.SMS).build());

        assertThat(fromShipment.language().toLanguageTag()).isEqualTo("ko");
        assertThat(fromDestination.language().toLanguageTag()).isEqualTo("pt-BR");
        assertThat(traditional.fellBack()).as("zh-TW readers get no Simplified Chinese").isTrue();
        assertThat(MessageTemplates.defaults().bestMatch(Locale.forLanguageTag("pt-PT")).orElseThrow().toLanguageTag())
                .isEqualTo("pt-BR");
    }

    @Test
    void aProactiveNoticeAboutAParcelOnTrackIsNoMessageButAnInquiryAlwaysGetsAReply() {
        Message proactive = compose(Situation.ON_TRACK, "US", request("en", Channel.EMAIL).build());
        Message inquiry = compose(Situation.ON_TRACK, "US", request("en", Channel.EMAIL).inquiry(true).build());

        assertThat(proactive.body()).isEmpty();
        assertThat(proactive.subject()).isEmpty();
        assertThat(inquiry.situation()).contains(Situation.ON_TRACK);
        assertThat(inquiry.body().orElseThrow()).contains("travelling to your country").contains("Friday, November 20");
    }

    @Test
    void aRemedyIsOfferedInTheBuyersCurrencyFormat() {
        Assessment assessment = Fixtures.assessmentFor(Situation.LOST).withRemedy(new Remedy(
                RemedyKind.REFUND_WITHOUT_RETURN, Money.of("EUR", "45.00"), false, Party.LINEHAUL_CARRIER,
                RemedyReason.of(RemedyReason.Kind.SETTLED, RemedyReason.Situation.LOST, Stage.LINEHAUL, Cause.CARRIER,
                        RemedyReason.Action.REFUND_AND_KEEP, Money.of("EUR", "45.00"), null)));
        Message message = COMPOSER.compose(Fixtures.shipmentFor(Situation.LOST, "DE"), assessment,
                request("de", Channel.EMAIL).build());

        assertThat(message.body().orElseThrow()).containsPattern("45,00[\\s\\u00A0\\u202F]€").contains("Sie behalten den Artikel");
    }

    @Test
    void anExpensiveLostParcelGoesToAPersonWhoContactsTheBuyerByTomorrow() {
        Shipment expensive = Fixtures.shipmentFor(Situation.LOST, "US").toBuilder()
                .value(Money.of("USD", "250.00")).build();
        Message message = COMPOSER.compose(expensive, Fixtures.assessmentFor(Situation.LOST),
                request("en", Channel.EMAIL).build());

        assertThat(message.escalate()).isTrue();
        assertThat(message.escalationReasons()).containsExactly(EscalationReason.HIGH_VALUE_LOSS);
        assertThat(message.body().orElseThrow()).contains("handling your case personally and will contact you by Tuesday, November 17");
    }

    @Test
    void anSmsTooLongForTwoSegmentsCutsTheSituationButKeepsTheHandOverDateAndTheLink() {
        Shipment expensive = Fixtures.shipmentFor(Situation.LOST, "VN").toBuilder()
                .value(Money.of("USD", "250.00")).build();
        String longUrl = "https://track.lumen-lamps.example/o/" + "x".repeat(24);
        for (String language : List.of("vi", "th", "ar", "es", "pt-BR")) {
            Message message = COMPOSER.compose(expensive, Fixtures.assessmentFor(Situation.LOST),
                    request(language, Channel.SMS).trackingUrl(longUrl).build());
            Message email = COMPOSER.compose(expensive, Fixtures.assessmentFor(Situation.LOST),
                    request(language, Channel.EMAIL).trackingUrl(longUrl).build());

            assertThat(message.escalate()).as(language).isTrue();
            assertThat(SmsEncoding.of(message.body().orElseThrow()).segments(message.body().orElseThrow())).as(language).isLessThanOrEqualTo(2);
            assertThat(message.body().orElseThrow()).as(language).contains(longUrl);
            assertThat(message.body().orElseThrow()).as(language).doesNotEndWith("…");
            assertThat(message.body().orElseThrow().indexOf(longUrl)).as(language)
                    .isGreaterThan(message.body().orElseThrow().indexOf("…"));
            assertThat(email.body().orElseThrow()).as(language).isNotEqualTo(message.body().orElseThrow());
        }
    }

    @Test
    void southeastAsianBuyersGetAFastAcknowledgementFirstAndMiddleEasternBuyersTheNextSteps() {
        Message vietnamese = compose(Situation.STALLED, "VN", request("vi", Channel.EMAIL).build());
        Message arabic = compose(Situation.STALLED, "AE", request("ar", Channel.EMAIL).build());
        Message german = compose(Situation.STALLED, "DE", request("de", Channel.EMAIL).build());

        String[] paragraphs = vietnamese.body().orElseThrow().split("\n\n");
        assertThat(paragraphs[1]).startsWith("Xin báo nhanh trước");
        assertThat(arabic.body().orElseThrow()).contains("الخطوات التالية").contains("سنوافيكم بآخر المستجدات");
        assertThat(german.body().orElseThrow()).doesNotContain("Vorab kurz").doesNotContain("Die nächsten Schritte");
    }

    @Test
    void anOverrideReplacesOneTemplateAndKeepsTheRest() {
        MessageTemplates templates = MessageTemplates.defaults().overriddenBy(PolicyNode.parse("brand.json",
                "{\"language\":\"en\",\"parts\":{\"closing\":\"Questions? Just hit reply, the Lumen crew reads every one.\"}}"
                        .getBytes(StandardCharsets.UTF_8)));
        Message message = TemplateMessageComposer.builder().templates(templates).build().compose(
                Fixtures.shipmentFor(Situation.LOST, "US"), Fixtures.assessmentFor(Situation.LOST),
                request("en", Channel.EMAIL).build());

        assertThat(message.body().orElseThrow()).contains("the Lumen crew reads every one").contains("lost in transit");
    }

    @Test
    void aNewLanguageMustBeCompleteAndTheErrorNamesTheMissingSituation() {
        assertThatThrownBy(() -> MessageTemplates.defaults().overriddenBy(PolicyNode.parse("ms.json",
                "{\"language\":\"ms\",\"phrases\":{\"lateBy\":\"{count, plural, other{# hari}}\"}}"
                        .getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(PolicyFileException.class).hasMessageStartingWith("ms.json: $.phrases.silentFor: missing");
    }

    @Test
    void anUnknownPlaceholderIsRejectedNamingFileAndKey() {
        assertThatThrownBy(() -> override("{\"language\":\"de\",\"situations\":{\"LOST\":{\"sms\":\"Paket {parcel} weg\"}}}"))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith("shop.json: $.situations.LOST.sms: unknown placeholder {parcel}");
    }

    @Test
    void aPluralMissingAFormOfTheLanguageIsRejected() {
        assertThatThrownBy(() -> override("{\"language\":\"ar\",\"phrases\":{\"lateBy\":\"{count, plural, one{يوم} other{# أيام}}\"}}"))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageContaining("$.phrases.lateBy: plural misses the ar form(s) [few, many, two, zero]");
    }

    @Test
    void brokenSyntaxAndUnknownSituationsAreRejected() {
        assertThatThrownBy(() -> override("{\"language\":\"en\",\"parts\":{\"closing\":\"Bye {shop\"}}"))
                .isInstanceOf(PolicyFileException.class).hasMessageContaining("$.parts.closing: bad message syntax");
        assertThatThrownBy(() -> override("{\"language\":\"en\",\"situations\":{\"ABDUCTED\":{\"sms\":\"x\"}}}"))
                .isInstanceOf(PolicyFileException.class).hasMessageContaining("$.situations.ABDUCTED: unknown situation");
        assertThatThrownBy(() -> override("{\"language\":\"en\",\"parts\":{\"eta\":\"{etaLikely, date}\"}}"))
                .isInstanceOf(PolicyFileException.class).hasMessageContaining("is not supported");
    }

    private static MessageTemplates override(String json) {
        return MessageTemplates.defaults().overriddenBy(PolicyNode.parse("shop.json", json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aMovedEtaSaysWhatWasToldAndWhatIsTrueNowInEveryLanguage() {
        LocalDate told = LocalDate.parse("2026-11-14");
        for (Locale language : MessageTemplates.defaults().languages()) {
            ULocale format = ULocale.forLocale(language);      // as the buyer reads dates: language, else region DE
            LocaleFormats formats = new LocaleFormats(format.getCountry().isEmpty()
                    ? new ULocale.Builder().setLocale(format).setRegion("DE").build() : format);
            String toldText = formats.date(told, Fixtures.TODAY, false);
            String likelyText = formats.date(Fixtures.ETA.likely(), Fixtures.TODAY, false);
            Message moved = compose(Situation.LATE_CARRIER, "DE",
                    request(language.toLanguageTag(), Channel.EMAIL).etaTold(told).build());
            assertThat(moved.body().orElseThrow()).as(language.toLanguageTag()).contains(toldText).contains(likelyText);
            Message same = compose(Situation.LATE_CARRIER, "DE",
                    request(language.toLanguageTag(), Channel.EMAIL).etaTold(Fixtures.ETA.likely()).build());
            assertThat(same.body().orElseThrow()).as(language.toLanguageTag()).doesNotContain(toldText);
        }
        assertThat(compose(Situation.LATE_CARRIER, "US", request("en", Channel.EMAIL).etaTold(told).build()).body().orElseThrow())
                .contains("We last told you Saturday, November 14; it is now expected on Friday, November 20.");
    }
}
