package dev.waybill.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.shipment.CountryCode;
import dev.waybill.watch.rules.NoticePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticePoliciesTest {

    @TempDir
    Path dir;

    @Test
    void aPolicyFileSetsWhatItNamesAndLeavesTheRestAtTheDefaults() throws Exception {
        Path file = Files.writeString(dir.resolve("policy.json"), """
                {"customsGraceHours": 24, "quietHours": {"from": "22:00", "until": "07:30"},
                 "shopName": "Lumen Home", "zones": {"us": "America/Chicago"}}""");
        NoticePolicy policy = NoticePolicies.load(file);
        assertThat(policy.customsGrace()).isEqualTo(Duration.ofHours(24));
        assertThat(policy.quietHours().until()).isEqualTo(LocalTime.of(7, 30));
        assertThat(policy.weeklyCap()).isEqualTo(3);
        assertThat(policy.slideNoticeDays()).isEqualTo(NoticePolicy.DEFAULT_SLIDE_NOTICE_DAYS);
        assertThat(policy.shopName()).hasValue("Lumen Home");
        assertThat(policy.zoneOf(CountryCode.of("US"))).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(policy.zoneOf(CountryCode.of("DE"))).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void aBadValueIsRefusedNamingTheFileAndThePath() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"weeklyCap\": \"three\"}");
        assertThatThrownBy(() -> NoticePolicies.load(file)).hasMessage(file + ": $.weeklyCap: expected a whole number,"
                + " found \"three\"");
        Path unknown = Files.writeString(dir.resolve("unknown.json"), "{\"quietHour\": {}}");
        assertThatThrownBy(() -> NoticePolicies.load(unknown)).hasMessageStartingWith(unknown + ": $.quietHour: unknown");
    }

    @Test
    void howOftenASlidingDateIsToldIsTheShopsToSet() throws Exception {
        Path file = Files.writeString(dir.resolve("slide.json"), "{\"slideNoticeDays\": 0, \"weeklyCap\": 5}");
        NoticePolicy policy = NoticePolicies.load(file);
        assertThat(policy.slideNoticeDays()).isZero();
        assertThat(policy.weeklyCap()).isEqualTo(5);
        Path negative = Files.writeString(dir.resolve("negative.json"), "{\"slideNoticeDays\": -2}");
        assertThatThrownBy(() -> NoticePolicies.load(negative))
                .hasMessage(negative + ": slideNoticeDays is negative: -2");
        Path text = Files.writeString(dir.resolve("text.json"), "{\"slideNoticeDays\": \"weekly\"}");
        assertThatThrownBy(() -> NoticePolicies.load(text))
                .hasMessage(text + ": $.slideNoticeDays: expected a whole number, found \"weekly\"");
    }

    @Test
    void bytesThatAreNotTextAreRefusedAsNotJson() throws Exception {
        // found by NoticePolicyFuzzTest: three zero bytes make Jackson read UTF-32, whose next character is out of
        // range; the CharConversionException escaped as an I/O error, as if the file could not be read
        Path file = Files.write(dir.resolve("binary.json"), new byte[] {0, 0, 0, '{', 's', 'F', 'r', 'a'});

        assertThatThrownBy(() -> NoticePolicies.load(file)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": not JSON: not text in UTF-8, UTF-16 or UTF-32");
    }
}
