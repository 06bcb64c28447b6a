package dev.waybill.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReturnsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8), Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));
        List<String> all = new ArrayList<>(List.of("returns"));
        all.addAll(List.of(args));
        return new WaybillCommand().run(all, console);
    }

    private JsonNode line() throws Exception {
        String text = out.toString(UTF_8);
        assertThat(text).endsWith("\n").doesNotContain("\n\n");
        assertThat(text.strip().lines()).hasSize(1);
        return new ObjectMapper().readTree(text);
    }

    @Test
    void anEligibleGermanReturnPrintsEveryContractFieldOnOneLine() throws Exception {
        int status = run("--country", "DE", "--delivered", "2026-12-12", "--on", "2026-12-28");

        assertThat(status).isZero();
        JsonNode line = line();
        assertThat(line.get("country").asText()).isEqualTo("DE");
        assertThat(line.get("statutory").asBoolean()).isTrue();
        assertThat(line.get("eligible").asBoolean()).isTrue();
        assertThat(line.get("deadline").asText()).isEqualTo("2026-12-28");
        assertThat(line.get("basis").asText()).startsWith("BGB §355(2)");
        assertThat(line.get("reason").isNull()).isTrue();
        assertThat(line.get("returnShippingPaidBy").asText()).isEqualTo("CONSUMER");
        assertThat(line.get("refundWithinDays").asInt()).isEqualTo(14);
        assertThat(line.get("rolledOverFrom").asText()).isEqualTo("2026-12-26");
        assertThat(err.toString(UTF_8)).isEmpty();
    }

    @Test
    void aLateNoticeIsNotEligibleAndSaysWhy() throws Exception {
        assertThat(run("--country", "JP", "--delivered", "2026-03-02", "--on", "2026-03-10")).isZero();

        JsonNode line = line();
        assertThat(line.get("eligible").asBoolean()).isFalse();
        assertThat(line.get("deadline").asText()).isEqualTo("2026-03-09");
        assertThat(line.get("reason").asText()).contains("ended on 2026-03-09");
        assertThat(line.get("refundWithinDays").isNull()).isTrue();
    }

    @Test
    void anOpenedSealedItemLosesTheRight() throws Exception {
        assertThat(run("--country", "FR", "--delivered", "2026-03-02", "--on", "2026-03-03", "--category",
                "SEALED_HYGIENE", "--opened")).isZero();

        JsonNode line = line();
        assertThat(line.get("eligible").asBoolean()).isFalse();
        assertThat(line.get("deadline").isNull()).isTrue();
        assertThat(line.get("reason").asText()).contains("art. 16(e)");
    }

    @Test
    void notInformedExtendsTheRightByTwelveMonths() throws Exception {
        assertThat(run("--country", "GB", "--delivered", "2026-03-02", "--on", "2027-03-16", "--not-informed")).isZero();

        JsonNode line = line();
        assertThat(line.get("eligible").asBoolean()).isTrue();
        assertThat(line.get("deadline").asText()).isEqualTo("2027-03-16");
        assertThat(line.get("returnShippingPaidBy").asText()).isEqualTo("SELLER");
    }

    @Test
    void aMarketWithoutAStatutoryRightAnswersStatutoryFalse() throws Exception {
        assertThat(run("--country", "US", "--delivered", "2026-03-02", "--on", "2026-03-03")).isZero();

        JsonNode line = line();
        assertThat(line.get("statutory").asBoolean()).isFalse();
        assertThat(line.get("eligible").asBoolean()).isFalse();
        assertThat(line.get("deadline").isNull()).isTrue();
        assertThat(line.get("returnShippingPaidBy").asText()).isEqualTo("UNSPECIFIED");
    }

    @Test
    void aShopPolicyAnswersWhereThereIsNoLawAndStricterTermsAreWarnedAbout(@TempDir Path dir) throws Exception {
        Path policy = dir.resolve("shop.json");
        Files.writeString(policy, """
                {"shop": "Lumen Home", "windowDays": 30, "returnShippingPaidBy": "SELLER",
                 "markets": {"DE": {"windowDays": 7}}}""");

        assertThat(run("--country", "US", "--delivered", "2026-03-02", "--on", "2026-03-30", "--policy",
                policy.toString())).isZero();
        JsonNode us = line();
        assertThat(us.get("eligible").asBoolean()).isTrue();
        assertThat(us.get("basis").asText()).isEqualTo("shop policy");
        assertThat(us.get("deadline").asText()).isEqualTo("2026-04-01");
        assertThat(us.get("returnShippingPaidBy").asText()).isEqualTo("SELLER");
        assertThat(us.get("shopOffer").get("exchangeFirst").asBoolean()).isFalse();

        out.reset();
        assertThat(run("--country", "DE", "--delivered", "2026-03-02", "--on", "2026-03-16", "--policy",
                policy.toString())).isZero();
        JsonNode de = line();
        assertThat(de.get("eligible").asBoolean()).isTrue();
        assertThat(de.get("deadline").asText()).isEqualTo("2026-03-16");
        assertThat(de.get("ignoredShopTerms")).hasSize(1);
        assertThat(err.toString(UTF_8)).isEqualTo("waybill returns: warning: " + policy
                + ": $.markets.DE.windowDays: 7 days end on 2026-03-09, before the statutory last day 2026-03-16; "
                + "not applied" + System.lineSeparator());
    }

    @Test
    void anInvalidPolicyFileIsAUsageErrorNamingFileAndPath(@TempDir Path dir) throws Exception {
        Path policy = dir.resolve("shop.json");
        Files.writeString(policy, "{\"windowDays\": -5}");

        assertThat(run("--country", "DE", "--delivered", "2026-03-02", "--on", "2026-03-03", "--policy",
                policy.toString())).isEqualTo(1);
        assertThat(out.toString(UTF_8)).isEmpty();
        assertThat(err.toString(UTF_8)).isEqualTo("waybill returns: --policy: " + policy
                + ": $.windowDays: must be between 0 and 3650, got -5" + System.lineSeparator());
    }

    @Test
    void aMissingPolicyFileIsAUsageError(@TempDir Path dir) {
        assertThat(run("--country", "DE", "--delivered", "2026-03-02", "--on", "2026-03-03", "--policy",
                dir.resolve("none.json").toString())).isEqualTo(1);
        assertThat(err.toString(UTF_8)).contains("cannot read");
    }

    @Test
    void badInputIsAUsageErrorWithOneLineOnStandardError() {
        String[][] cases = {
            {"--country", "XX", "--delivered", "2026-03-02", "--on", "2026-03-03"},
            {"--country", "DEU", "--delivered", "2026-03-02", "--on", "2026-03-03"},
            {"--country", "DE", "--delivered", "02/03/2026", "--on", "2026-03-03"},
            {"--country", "DE", "--delivered", "2026-03-02", "--on", "2026-02-30"},
            {"--country", "DE", "--delivered", "2026-03-02", "--on", "2026-03-03", "--category", "GLASSWARE"},
            {"--country", "DE", "--delivered", "2026-03-02"},
            {"--delivered", "2026-03-02", "--on", "2026-03-03"},
            {"--country", "DE", "--delivered", "2026-03-02", "--on", "2026-03-03", "--opened=yes"},
            {"--country", "DE", "--delivered", "2026-03-02", "--on", "2026-03-03", "--value", "10"},
            {"--country", "DE", "--delivered", "2026-03-02", "--on", "2026-03-03", "extra.json"},
        };
        for (String[] args : cases) {
            out.reset();
            err.reset();
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(1);
            assertThat(out.toString(UTF_8)).isEmpty();
            assertThat(err.toString(UTF_8).strip().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(err.toString(UTF_8)).startsWith("waybill returns: ");
        }
    }

    @Test
    void theCategoryErrorListsTheCategories() {
        run("--country", "DE", "--delivered", "2026-03-02", "--on", "2026-03-03", "--category", "GLASSWARE");

        assertThat(err.toString(UTF_8)).contains("--category: unknown category 'GLASSWARE'; expected one of "
                + "[STANDARD, PERSONALIZED, PERISHABLE, SEALED_HYGIENE, SEALED_MEDIA, DIGITAL_CONTENT, NEWSPAPER]");
    }
}
