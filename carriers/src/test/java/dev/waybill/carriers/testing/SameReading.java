package dev.waybill.carriers.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.carrier.CarrierResponseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Checks that a hand-written body reader reads every variant of real bodies ({@link BodyVariants}) as
 * the binding it replaces does: the same records, or a refusal with the same line.
 */
public final class SameReading {

    private SameReading() {
    }

    /**
     * Asserts that {@code reader} and {@code binding} give equal results or equal refusals for every
     * variant of each of {@code bodies} (resource paths).
     *
     * @return how many variants were read, and how many of them each refused
     */
    public static Counts check(List<String> bodies, int random, Function<byte[], Object> reader,
                               Function<byte[], Object> binding) {
        int read = 0;
        int refused = 0;
        for (String body : bodies) {
            for (byte[] variant : BodyVariants.of(Fixtures.bytes(body), random)) {
                Object expected = outcome(binding, variant);
                assertThat(outcome(reader, variant)).as("%s, variant: %s", body,
                        new String(variant, StandardCharsets.UTF_8)).isEqualTo(expected);
                read++;
                refused += expected instanceof Refusal ? 1 : 0;
            }
        }
        return new Counts(read, refused);
    }

    private static Object outcome(Function<byte[], Object> reading, byte[] body) {
        try {
            return reading.apply(body);
        } catch (CarrierResponseException e) {
            return new Refusal(e.getMessage());
        }
    }

    /** A refusal, by its whole line. */
    private record Refusal(String line) {
    }

    /** How many variants were read, and how many of them were refused. */
    public record Counts(int read, int refused) {
    }
}
