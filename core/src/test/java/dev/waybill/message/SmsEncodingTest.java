package dev.waybill.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsEncodingTest {

    @Test
    void germanUmlautsStayInGsm7ButAccentedSpanishNeedsUcs2() {
        assertThat(SmsEncoding.of("Ihr Paket ist unterwegs, Grüße")).isEqualTo(SmsEncoding.GSM_7);
        assertThat(SmsEncoding.of("Su envío está en camino")).isEqualTo(SmsEncoding.UCS_2);
        assertThat(SmsEncoding.of("包裹")).isEqualTo(SmsEncoding.UCS_2);
    }

    @Test
    void extensionCharactersCountTwoSeptets() {
        assertThat(SmsEncoding.GSM_7.units("a€[")).isEqualTo(5);
    }

    @Test
    void twoSegmentsHold306SeptetsOr134Ucs2Units() {
        assertThat(SmsEncoding.GSM_7.capacity(2)).isEqualTo(306);
        assertThat(SmsEncoding.UCS_2.capacity(2)).isEqualTo(134);
        assertThat(SmsEncoding.GSM_7.segments("x".repeat(160))).isEqualTo(1);
        assertThat(SmsEncoding.GSM_7.segments("x".repeat(161))).isEqualTo(2);
        assertThat(SmsEncoding.UCS_2.segments("包".repeat(135))).isEqualTo(3);
    }
}
