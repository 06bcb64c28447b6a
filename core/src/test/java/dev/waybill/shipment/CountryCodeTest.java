package dev.waybill.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryCodeTest {

    private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    /** What parse answered before the shared instances: strip, upper-case in the root locale, check. */
    private static Optional<String> byTheBook(String text) {
        String normalised = text.strip().toUpperCase(Locale.ROOT);
        return ASSIGNED.contains(normalised) ? Optional.of(normalised) : Optional.empty();
    }

    @Test
    void everyTwoCharacterTextReadsAsTheBookSays() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz @1\u0131\u017f";
        for (char first : alphabet.toCharArray()) {
            for (char second : alphabet.toCharArray()) {
                String text = "" + first + second;
                Optional<String> expected = byTheBook(text);
                assertThat(CountryCode.tryParse(text).map(CountryCode::value)).as(text).isEqualTo(expected);
                if (expected.isPresent()) {
                    assertThat(CountryCode.parse(text).value()).as(text).isEqualTo(expected.get());
                } else {
                    assertThatThrownBy(() -> CountryCode.parse(text)).as(text)
                            .hasMessage("not an ISO 3166-1 alpha-2 country code: '"
                                    + text.strip().toUpperCase(Locale.ROOT) + "'");
                }
            }
        }
    }

    @Test
    void aCodeIsOneSharedInstanceHoweverItIsWritten() {
        for (String code : ASSIGNED) {
            CountryCode shared = CountryCode.of(code);
            assertThat(CountryCode.parse(code.toLowerCase(Locale.ROOT))).isSameAs(shared);
            assertThat(CountryCode.parse(" " + code + "\t")).isSameAs(shared);
            assertThat(CountryCode.tryParse(code)).containsSame(shared);
            assertThat(shared).isEqualTo(new CountryCode(code));
        }
        // dotless i and long s upper-case to ASCII letters in the root locale: "ıt" names Italy
        assertThat(CountryCode.parse("\u0131t")).isSameAs(CountryCode.of("IT"));
        assertThat(CountryCode.tryParse("e\u017f")).containsSame(CountryCode.of("ES"));
    }

    @Test
    void longerOrBlankTextsAreRefused() {
        assertThat(CountryCode.tryParse("FRA")).isEmpty();
        assertThat(CountryCode.tryParse("   ")).isEmpty();
        assertThat(CountryCode.tryParse("")).isEmpty();
        assertThat(CountryCode.tryParse(null)).isEmpty();
        assertThatThrownBy(() -> CountryCode.parse("")).hasMessage("not an ISO 3166-1 alpha-2 country code: ''");
    }
}
