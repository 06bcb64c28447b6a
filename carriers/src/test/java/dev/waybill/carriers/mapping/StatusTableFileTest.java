package dev.waybill.carriers.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A status-code file is read into a table, and a broken one is refused naming the file, the entry and the problem. */
class StatusTableFileTest {

    @TempDir
    Path dir;

    private URL write(String json) throws IOException {
        Path file = dir.resolve("status-codes.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file.toUri().toURL();
    }

    private static String file(String codes) {
        return "{\"carrier\": \"acme\", \"source\": \"Acme API docs, Status codes\", \"codes\": [" + codes + "]}";
    }

    @Test
    void aFileGivesEventsSidelessCustomsAndReasons() throws IOException {
        StatusTable table = StatusTable.load("acme", write(file("""
                {"code": "Arrived", "event": "ARRIVED_DESTINATION"},
                {"code": "Held", "customs": "HELD", "reason": "DUTIES", "note": "side by position"},
                {"code": "Released", "customs": "CLEARED"},
                {"code": "NoOneHome", "event": "DELIVERY_FAILED", "reason": "RECIPIENT_ABSENT"}""")));

        assertThat(table.map("Arrived", "n")).isEqualTo(StatusMapping.of(EventCode.ARRIVED_DESTINATION));
        assertThat(table.map("held", "n")).isEqualTo(StatusMapping.customs(true, Reason.DUTIES));
        assertThat(table.map("Released", "n")).isEqualTo(StatusMapping.customs(false, null));
        assertThat(table.map("NoOneHome", "n"))
                .isEqualTo(StatusMapping.of(EventCode.DELIVERY_FAILED, Reason.RECIPIENT_ABSENT));
        assertThat(table.codes()).hasSize(4);
    }

    @Test
    void anUnknownEventCodeIsRefusedNamingTheFileTheEntryAndTheCode() throws IOException {
        URL url = write(file("""
                {"code": "A", "event": "IN_TRANSIT"}, {"code": "B", "event": "TELEPORTED"}"""));

        assertThatThrownBy(() -> StatusTable.load("acme", url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(url + ": codes[1].event: unknown event code \"TELEPORTED\"; expected one of ")
                .hasMessageContaining("IN_TRANSIT");
    }

    @Test
    void anUnknownReasonIsRefused() throws IOException {
        URL url = write(file("{\"code\": \"A\", \"event\": \"DELIVERY_FAILED\", \"reason\": \"BAD_LUCK\"}"));

        assertThatThrownBy(() -> StatusTable.load("acme", url))
                .hasMessageStartingWith(url + ": codes[0].reason: unknown reason \"BAD_LUCK\"; expected one of ");
    }

    @Test
    void aCodeListedTwiceIsRefusedNamingBothEntriesEvenWhenOnlyTheCaseDiffers() throws IOException {
        URL url = write(file("""
                {"code": "Delivered", "event": "DELIVERED"}, {"code": "x", "event": "LOST"},
                {"code": "delivered", "event": "DELIVERED"}"""));

        assertThatThrownBy(() -> StatusTable.load("acme", url))
                .hasMessage(url + ": codes[2].code: \"delivered\" is listed twice, first at codes[0]");
    }

    @Test
    void aFileWithoutItsSourceIsRefused() throws IOException {
        URL url = write("{\"carrier\": \"acme\", \"codes\": [{\"code\": \"A\", \"event\": \"DELIVERED\"}]}");

        assertThatThrownBy(() -> StatusTable.load("acme", url))
                .hasMessage(url + ": source: missing; name the documentation the codes come from");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"code\": \"A\", \"customs\": \"STUCK\"}                          | codes[0].customs | unknown customs outcome \"STUCK\"; expected HELD or CLEARED",
        "{\"code\": \"A\", \"event\": \"LOST\", \"customs\": \"HELD\"}      | codes[0]         | give either event or customs, not both",
        "{\"code\": \"A\", \"reason\": \"ADDRESS\"}                         | codes[0]         | missing event (an event code) or customs (HELD or CLEARED)",
        "{\"event\": \"LOST\"}                                              | codes[0].code    | missing",
        "{\"code\": \"A\", \"event\": \"LOST\", \"evnt\": \"LOST\"}         | codes[0].evnt    | unknown field \"evnt\"; expected one of code, customs, event, note, reason",
        "{\"code\": [\"A\"], \"event\": \"LOST\"}                           | codes[0].code    | expected text, found a list",
    })
    void aBrokenEntryIsRefusedNamingItsPathAndTheProblem(String entry, String path, String problem) throws IOException {
        URL url = write(file(entry));

        assertThatThrownBy(() -> StatusTable.load("acme", url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(url + ": " + path + ": " + problem)
                .hasMessageNotContaining("com.fasterxml")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void aFileOfAnotherCarrierIsRefused() throws IOException {
        URL url = write(file("{\"code\": \"A\", \"event\": \"LOST\"}"));

        assertThatThrownBy(() -> StatusTable.load("dhl", url))
                .hasMessage(url + ": carrier: \"acme\" is not dhl, the carrier this table is loaded for");
    }

    @Test
    void textThatIsNotJsonIsRefusedWithTheParserErrorAsItsCause() throws IOException {
        URL url = write("{\"carrier\": \"acme\", \"codes\": [");

        assertThatThrownBy(() -> StatusTable.load("acme", url))
                .hasMessageStartingWith(url + ": not valid JSON at line 1")
                .hasMessageNotContaining("com.fasterxml")
                .hasCauseInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }

    @Test
    void aWrongTypeKeepsTheBindersErrorAsItsCause() throws IOException {
        URL url = write("{\"carrier\": \"acme\", \"source\": \"docs\", \"codes\": {\"code\": \"A\"}}");

        assertThatThrownBy(() -> StatusTable.load("acme", url))
                .hasMessage(url + ": codes: expected a list, found an object")
                .hasCauseInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class);
    }
}
