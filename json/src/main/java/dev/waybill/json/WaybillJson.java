package dev.waybill.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.Assessment;
import dev.waybill.delay.Verdict;
import dev.waybill.json.internal.AssessmentWriter;
import dev.waybill.json.internal.ErrorLines;
import dev.waybill.json.internal.Instants;
import dev.waybill.json.internal.LineReaders;
import dev.waybill.json.internal.MessageWriter;
import dev.waybill.json.internal.ReturnsWriter;
import dev.waybill.json.internal.ShipmentReader;
import dev.waybill.json.internal.ShipmentWriter;
import dev.waybill.message.Message;
import dev.waybill.remedy.RemedyWords;
import dev.waybill.shipment.InputLimits;
import dev.waybill.shipment.Shipment;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * The contract's JSON in one place: what the {@code waybill} command reads and prints, for a shop
 * backend that accepts or returns shipments and verdicts as JSON.
 *
 * <pre>{@code
 * Shipment shipment = WaybillJson.readShipment(WaybillJson.mapper().readTree(body));
 * ObjectNode line = WaybillJson.writeAssessment(waybill.assess(shipment));
 * }</pre>
 *
 * <p>Every method is stateless and thread-safe; reading fails with a {@link ContractJsonException}
 * naming the field and the problem.
 */
public final class WaybillJson {

    private WaybillJson() {
    }

    /**
     * A new mapper with {@link WaybillJsonModule} that keeps decimals exact and rejects trailing
     * garbage and duplicate keys, as the command reads its input, within the JSON limits of
     * {@link InputLimits#defaults()}.
     */
    public static ObjectMapper mapper() {
        return mapper(InputLimits.defaults());
    }

    /**
     * Like {@link #mapper()}, refusing JSON nested deeper, or with a string or number longer, than
     * {@code limits} allow (Jackson's stream read constraints).
     */
    public static ObjectMapper mapper(InputLimits limits) {
        return JsonMapper.builder(factory(limits))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .addModule(new WaybillJsonModule())
                .build();
    }

    /**
     * A JSON factory whose parsers refuse nesting, strings and numbers beyond {@code limits}; every
     * mapper Waybill builds on the contract's JSON starts from one.
     */
    public static JsonFactory factory(InputLimits limits) {
        return JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build()).build();
    }

    /**
     * Reads one shipment record in the input format of {@code assess}, within {@link InputLimits#defaults()};
     * unknown fields are ignored.
     *
     * @throws ContractJsonException naming the first field that is missing, wrong or out of range
     */
    public static Shipment readShipment(JsonNode record) throws ContractJsonException {
        return ShipmentReader.read(record);
    }

    /**
     * Like {@link #readShipment(JsonNode)}, within {@code limits}: more events or reports, or a heavier
     * weight or a larger value, are refused naming the field.
     *
     * @throws ContractJsonException naming the first field that is missing, wrong or out of range
     */
    public static Shipment readShipment(JsonNode record, InputLimits limits) throws ContractJsonException {
        return ShipmentReader.read(record, limits);
    }

    /** The textual {@code id} of a record, if it has one, for its error line; null otherwise. */
    public static String idOf(JsonNode record) {
        return ShipmentReader.idOf(record);
    }

    /** {@code shipment} in the input format of {@code assess}, as {@code parse} prints it. */
    public static ObjectNode writeShipment(Shipment shipment) {
        return ShipmentWriter.write(shipment);
    }

    /**
     * The verdict line of {@code assess}: the verdict, the claim and the remedy, the remedy's reason
     * and standing as their codes ({@link RemedyWords#codes()}: {@code LATE/ARRIVED_LATE}).
     */
    public static ObjectNode writeAssessment(Assessment assessment) {
        return AssessmentWriter.write(assessment, RemedyWords.codes());
    }

    /**
     * The verdict line of {@code assess}, the remedy's reason and standing in {@code words}: the
     * contract's English is {@code RemedyReasons.defaults().english()} of {@code waybill-policies}.
     */
    public static ObjectNode writeAssessment(Assessment assessment, RemedyWords words) {
        return AssessmentWriter.write(assessment, words);
    }

    /**
     * Reads the verdict of a verdict line back (a consumer of {@code assess} output or of the verdicts topic).
     *
     * @throws ContractJsonException naming the field that is missing or wrong
     */
    public static Verdict readVerdict(JsonNode line) throws ContractJsonException {
        return LineReaders.verdict(line);
    }

    /**
     * Reads a returns answer line back.
     *
     * @throws ContractJsonException naming the field that is missing or wrong
     */
    public static ReturnsAnswer readReturns(JsonNode line) throws ContractJsonException {
        return LineReaders.returns(line);
    }

    /**
     * Reads a message line back.
     *
     * @throws ContractJsonException naming the field that is missing or wrong
     */
    public static Message readMessage(JsonNode line) throws ContractJsonException {
        return LineReaders.message(line);
    }

    /** The answer line of {@code returns}. */
    public static ObjectNode writeReturns(ReturnsAnswer answer) {
        return ReturnsWriter.write(answer);
    }

    /** The line of {@code message}. */
    public static ObjectNode writeMessage(Message message) {
        return MessageWriter.write(message);
    }

    /** The contract's error line, {@code {"index", "id", "error"}}. */
    public static ObjectNode writeError(ErrorLine line) {
        return ErrorLines.write(line);
    }

    /**
     * Reads the contract's error line.
     *
     * @throws ContractJsonException naming the field that is missing or wrong
     */
    public static ErrorLine readError(JsonNode line) throws ContractJsonException {
        return ErrorLines.read(line);
    }

    /**
     * Parses an instant of the contract: ISO-8601 with an offset or {@code Z}.
     *
     * @param field the field's path, for the message
     * @throws ContractJsonException for a timestamp without an offset or anything not an instant
     */
    public static OffsetDateTime parseInstant(String text, String field) throws ContractJsonException {
        return Instants.parse(text, field);
    }

    /** {@code at} as the contract writes instants: ISO-8601 with its offset, always with seconds. */
    public static String formatInstant(OffsetDateTime at) {
        return Instants.format(at);
    }

    /**
     * Parses a BCP 47 language tag strictly ({@code _} taken as {@code -}).
     *
     * @param field the field's path, for the message
     * @throws ContractJsonException when it is not a language tag
     */
    public static Locale parseLanguage(String tag, String field) throws ContractJsonException {
        return ShipmentReader.language(tag, field);
    }
}
