package dev.waybill.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.waybill.Assessment;
import dev.waybill.json.ErrorLine;
import dev.waybill.json.ReturnsAnswer;
import dev.waybill.message.Message;
import dev.waybill.shipment.Shipment;
import java.io.IOException;
import java.util.function.Function;

/** The Jackson serializers and deserializers of the contract types, over the writers and readers here. */
public final class Codecs {

    private Codecs() {
    }

    /** Writes {@code type} as the tree {@code writer} builds. */
    public static <T> StdSerializer<T> serializer(Class<T> type, Function<T, ObjectNode> writer) {
        return new TreeSerializer<>(type, writer);
    }

    /** Reads a shipment in the contract's input format. */
    public static StdDeserializer<Shipment> shipmentDeserializer() {
        return new StdDeserializer<>(Shipment.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public Shipment deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return ShipmentReader.read(parser.readValueAsTree());
            }
        };
    }

    /** Reads the contract's error line. */
    public static StdDeserializer<ErrorLine> errorLineDeserializer() {
        return new StdDeserializer<>(ErrorLine.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public ErrorLine deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                JsonNode node = parser.readValueAsTree();
                return ErrorLines.read(node);
            }
        };
    }

    /** Reads a contract type with {@code reader}. */
    public static <T> StdDeserializer<T> deserializer(Class<T> type, Reader<T> reader) {
        return new StdDeserializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return reader.read(parser.readValueAsTree());
            }
        };
    }

    /** Reads one value from its tree. */
    @FunctionalInterface
    public interface Reader<T> {
        /** The value of {@code node}, or the exception naming the bad field. */
        T read(JsonNode node) throws IOException;
    }

    /** The serializers of every contract type written. */
    public static java.util.List<StdSerializer<?>> serializers(dev.waybill.remedy.RemedyWords words) {
        return java.util.List.of(
                serializer(Shipment.class, ShipmentWriter::write),
                serializer(Assessment.class, assessment -> AssessmentWriter.write(assessment, words)),
                serializer(ReturnsAnswer.class, ReturnsWriter::write),
                serializer(Message.class, MessageWriter::write),
                serializer(ErrorLine.class, ErrorLines::write));
    }

    private static final class TreeSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<T, ObjectNode> writer;

        TreeSerializer(Class<T> type, Function<T, ObjectNode> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeTree(writer.apply(value));
        }
    }
}
