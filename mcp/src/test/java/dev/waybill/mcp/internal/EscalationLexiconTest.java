package dev.waybill.mcp.internal;

import static dev.waybill.message.EscalationReason.BUYER_ANGRY;
import static dev.waybill.message.EscalationReason.BUYER_THREATENS;
import static dev.waybill.message.EscalationReason.PERSON_REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.message.EscalationReason;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The buyer's words, in every message language: angry, threatening, asking for a person, or calm. */
class EscalationLexiconTest {

    private static final EscalationLexicon LEXICON = EscalationLexicon.bundled();

    /** language, inquiry, the reasons expected (empty: calm). */
    static Stream<Arguments> inquiries() {
        return Stream.of(
                Arguments.of("en", "This is ridiculous, I have been waiting for three weeks!", List.of(BUYER_ANGRY)),
                Arguments.of("en", "If it is not here by Friday I will open a chargeback.", List.of(BUYER_THREATENS)),
                Arguments.of("en", "Can I please speak to a real person about my order?", List.of(PERSON_REQUESTED)),
                Arguments.of("en", "Hi, where is my parcel? It was supposed to arrive on Monday. Thanks!", List.of()),
                Arguments.of("en", "Could you send me the tracking link again? I lost the email.", List.of()),
                Arguments.of("zh-CN", "等了一个月还没到,太过分了!", List.of(BUYER_ANGRY)),
                Arguments.of("zh-CN", "再不发货我就去支付宝申诉,给你们差评。", List.of(BUYER_THREATENS)),
                Arguments.of("zh-CN", "请帮我转人工客服。", List.of(PERSON_REQUESTED)),
                Arguments.of("zh-CN", "你好,请问我的包裹现在到哪里了?谢谢。", List.of()),
                Arguments.of("ja", "もう三週間も待っています。最悪です。", List.of(BUYER_ANGRY)),
                Arguments.of("ja", "届かないなら弁護士に相談します。", List.of(BUYER_THREATENS)),
                Arguments.of("ja", "オペレーターにつないでください。", List.of(PERSON_REQUESTED)),
                Arguments.of("ja", "荷物は今どこにありますか?よろしくお願いします。", List.of()),
                Arguments.of("ko", "진짜 짜증나네요. 언제 와요?", List.of(BUYER_ANGRY)),
                Arguments.of("ko", "이번 주까지 안 오면 소비자원에 신고하겠습니다.", List.of(BUYER_THREATENS)),
                Arguments.of("ko", "상담원과 통화하고 싶어요.", List.of(PERSON_REQUESTED)),
                Arguments.of("ko", "안녕하세요, 제 택배가 어디쯤 있는지 알 수 있을까요?", List.of()),
                Arguments.of("de", "Das ist eine Frechheit, seit drei Wochen warte ich!", List.of(BUYER_ANGRY)),
                Arguments.of("de", "Sonst schalte ich meinen Anwalt ein.", List.of(BUYER_THREATENS)),
                Arguments.of("de", "Ich möchte bitte mit einem Menschen sprechen.", List.of(PERSON_REQUESTED)),
                Arguments.of("de", "Hallo, wo ist mein Paket? Es sollte am Montag kommen. Danke!", List.of()),
                Arguments.of("de", "Können Sie mir die Sendungsnummer noch einmal schicken?", List.of()),
                Arguments.of("fr", "C'est inadmissible, j'attends depuis un mois !", List.of(BUYER_ANGRY)),
                Arguments.of("fr", "Je vais laisser un avis négatif et faire opposition auprès de ma banque.", List.of(BUYER_THREATENS)),
                Arguments.of("fr", "Je voudrais parler a un conseiller, s'il vous plait.", List.of(PERSON_REQUESTED)),
                Arguments.of("fr", "Bonjour, où en est ma commande ? Merci beaucoup.", List.of()),
                Arguments.of("es", "Estoy harta de esperar, es una vergüenza.", List.of(BUYER_ANGRY)),
                Arguments.of("es", "Si no llega abriré una disputa en PayPal.", List.of(BUYER_THREATENS)),
                Arguments.of("es", "Quiero hablar con una persona, no con un robot.", List.of(PERSON_REQUESTED)),
                Arguments.of("es", "Hola, ¿dónde está mi pedido? Estoy ocupada y no puedo ir a recogerlo.", List.of()),
                Arguments.of("pt-BR", "Estou muito irritado, isso é um absurdo!", List.of(BUYER_ANGRY)),
                Arguments.of("pt-BR", "Vou reclamar no Procon e no Reclame Aqui.", List.of(BUYER_THREATENS)),
                Arguments.of("pt-BR", "Quero falar com um atendente.", List.of(PERSON_REQUESTED)),
                Arguments.of("pt-BR", "Olá, meu pedido está em processo de entrega? Obrigada.", List.of()),
                Arguments.of("ar", "أنا غاضب جدا، الطلب متأخر أسبوعين", List.of(BUYER_ANGRY)),
                Arguments.of("ar", "سأترك تقييم سلبي إذا لم يصل الطلب", List.of(BUYER_THREATENS)),
                Arguments.of("ar", "أريد التحدث مع شخص حقيقي من فضلك", List.of(PERSON_REQUESTED)),
                Arguments.of("ar", "مرحبا، أين طلبي؟ شكرا لكم", List.of()),
                Arguments.of("vi", "Tôi rất bực mình, đã ba tuần rồi!", List.of(BUYER_ANGRY)),
                Arguments.of("vi", "Nếu không giao tôi sẽ để lại đánh giá xấu.", List.of(BUYER_THREATENS)),
                Arguments.of("vi", "Cho tôi gặp nhân viên được không?", List.of(PERSON_REQUESTED)),
                Arguments.of("vi", "Chào shop, kiện hàng của tôi đang ở đâu? Nhân viên giao hàng chưa gọi.", List.of()),
                Arguments.of("th", "โมโหมาก รอมาสามอาทิตย์แล้ว", List.of(BUYER_ANGRY)),
                Arguments.of("th", "ถ้าไม่ได้ของจะร้องเรียน สคบ", List.of(BUYER_THREATENS)),
                Arguments.of("th", "ขอคุยกับพนักงานได้ไหมคะ", List.of(PERSON_REQUESTED)),
                Arguments.of("th", "สวัสดีค่ะ พัสดุของฉันอยู่ที่ไหนคะ พนักงานส่งของยังไม่มา", List.of()),
                Arguments.of("id", "Saya sangat kesal, paketnya belum datang juga!", List.of(BUYER_ANGRY)),
                Arguments.of("id", "Kalau tidak sampai saya akan kasih ulasan buruk.", List.of(BUYER_THREATENS)),
                Arguments.of("id", "Saya mau bicara dengan orang, bukan bot.", List.of(PERSON_REQUESTED)),
                Arguments.of("en", "Where is my order?? This is unacceptable, I want to talk to a manager.", List.of(BUYER_ANGRY, PERSON_REQUESTED)),
                Arguments.of("en", "My bank says I can dispute the charge if it does not arrive. Any update?", List.of(BUYER_THREATENS)),
                Arguments.of("en", "The tracking has not moved since Tuesday, is that normal for customs?", List.of()),
                Arguments.of("en", "Please review my address, I think I made a typo in the postcode.", List.of()),
                Arguments.of("zh-CN", "快递一直不动,再这样我要找律师了。", List.of(BUYER_THREATENS)),
                Arguments.of("zh-CN", "物流信息显示已到海关,大概还要几天?", List.of()),
                Arguments.of("ja", "いい加減にしてください。返金がなければチャージバックします。", List.of(BUYER_ANGRY, BUYER_THREATENS)),
                Arguments.of("ja", "追跡番号を教えていただけますか。", List.of()),
                Arguments.of("ko", "어이없네요. 상담원 연결해 주세요.", List.of(BUYER_ANGRY, PERSON_REQUESTED)),
                Arguments.of("ko", "배송 조회가 안 되는데 확인 부탁드립니다.", List.of()),
                Arguments.of("de", "Ich bin stinksauer und will sofort einen Rückruf.", List.of(BUYER_ANGRY, PERSON_REQUESTED)),
                Arguments.of("de", "Wann kommt die Lieferung ungefähr an? Der Zoll hat sich noch nicht gemeldet.", List.of()),
                Arguments.of("fr", "J'en ai marre, je vais porter plainte.", List.of(BUYER_ANGRY, BUYER_THREATENS)),
                Arguments.of("fr", "Le colis est-il bloqué à la douane ? Dois-je envoyer une facture ?", List.of()),
                Arguments.of("es", "Es inaceptable. Voy a pedir un contracargo a mi banco.", List.of(BUYER_ANGRY, BUYER_THREATENS)),
                Arguments.of("es", "¿Me pueden decir cuándo llegará el paquete a Madrid? Gracias.", List.of()),
                Arguments.of("pt-BR", "Que palhaçada! Vou pedir estorno no cartão.", List.of(BUYER_ANGRY, BUYER_THREATENS)),
                Arguments.of("pt-BR", "O pacote já saiu para entrega? Estarei em casa à tarde.", List.of()),
                Arguments.of("ar", "هذا غير مقبول، أريد التحدث مع موظف", List.of(BUYER_ANGRY, PERSON_REQUESTED)),
                Arguments.of("ar", "متى سيصل الطرد إلى الرياض؟", List.of()),
                Arguments.of("vi", "Thật vô lý, tôi sẽ khiếu nại lên sàn.", List.of(BUYER_ANGRY, BUYER_THREATENS)),
                Arguments.of("vi", "Đơn hàng của tôi bao giờ thì được giao ạ?", List.of()),
                Arguments.of("th", "รับไม่ได้จริงๆ ขอคุยกับหัวหน้า", List.of(BUYER_ANGRY, PERSON_REQUESTED)),
                Arguments.of("th", "พัสดุจะถึงกรุงเทพวันไหนคะ", List.of()),
                Arguments.of("id", "Keterlaluan, saya akan laporkan ke pengacara saya.", List.of(BUYER_ANGRY, BUYER_THREATENS)),
                Arguments.of("id", "Kapan paket saya sampai di Jakarta? Terima kasih.", List.of()),
                Arguments.of("id", "Halo, paket saya sudah sampai di agen pengiriman mana ya? Terima kasih.", List.of()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("inquiries")
    void theBuyersWordsGiveTheExpectedReasons(String language, String inquiry, List<EscalationReason> expected) {
        assertThat(LEXICON.reasons(inquiry)).as(language).containsExactlyElementsOf(expected);
    }

    @Test
    void everyMessageLanguageHasALexiconWithASource() {
        assertThat(EscalationLexicon.LANGUAGES).containsExactly("en", "zh-CN", "ja", "ko", "de", "fr", "es", "pt-BR",
                "ar", "vi", "th", "id");
    }

    @Test
    void accentsAndCaseDoNotHideAPhrase() {
        assertThat(LEXICON.reasons("JE SUIS FURIEUSE, C'EST INADMISSIBLE")).containsExactly(BUYER_ANGRY);
        assertThat(LEXICON.reasons("Ich will eine Ruckbuchung")).containsExactly(BUYER_THREATENS);
    }

    @Test
    void aPhraseInsideAnotherWordDoesNotCount() {
        assertThat(LEXICON.reasons("Can I preview the delivery slot?")).isEmpty();
    }

    @Test
    void noWordsNoReasons() {
        assertThat(LEXICON.reasons(null)).isEmpty();
        assertThat(LEXICON.reasons("   ")).isEmpty();
    }
}
