package dev.waybill.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.json.ContractJsonException;
import dev.waybill.shipment.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of an output line read back strictly: each read names the field's path inside the line
 * when it is missing or of the wrong kind, in the words the shipment reader uses.
 */
final class Fields {

    private final JsonNode node;
    private final String path;

    private Fields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The fields of {@code node}, which must be an object; {@code path} is its own path ("" for the line). */
    static Fields of(JsonNode node, String path) throws ContractJsonException {
        if (node == null || !node.isObject()) {
            throw new ContractJsonException(path.isEmpty() ? "record" : path,
                    path.isEmpty() ? "expected a JSON object" : "expected an object");
        }
        return new Fields(node, path);
    }

    /** The path of {@code field} in the line. */
    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** The value of {@code field}, or null when absent or JSON null. */
    JsonNode get(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** The fields of the object in {@code field}, or null when absent or null. */
    Fields object(String field) throws ContractJsonException {
        JsonNode value = get(field);
        return value == null ? null : of(value, path(field));
    }

    String text(String field) throws ContractJsonException {
        JsonNode value = get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ContractJsonException(path(field), "expected a string, got " + value);
        }
        return value.asText();
    }

    String requiredText(String field) throws ContractJsonException {
        String text = text(field);
        if (text == null) {
            throw new ContractJsonException(path(field), "missing");
        }
        return text;
    }

    boolean bool(String field) throws ContractJsonException {
        JsonNode value = get(field);
        if (value == null) {
            throw new ContractJsonException(path(field), "missing");
        }
        if (!value.isBoolean()) {
            throw new ContractJsonException(path(field), "expected true or false, got " + value);
        }
        return value.booleanValue();
    }

    Integer integer(String field) throws ContractJsonException {
        JsonNode value = get(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new ContractJsonException(path(field), "expected an integer, got " + value);
        }
        return value.intValue();
    }

    int requiredInt(String field) throws ContractJsonException {
        Integer value = integer(field);
        if (value == null) {
            throw new ContractJsonException(path(field), "missing");
        }
        return value;
    }

    LocalDate date(String field) throws ContractJsonException {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ContractJsonException(path(field), "not an ISO date (2026-11-16): '" + text + "'");
        }
    }

    LocalDate requiredDate(String field) throws ContractJsonException {
        LocalDate date = date(field);
        if (date == null) {
            throw new ContractJsonException(path(field), "missing");
        }
        return date;
    }

    /** {@code {amount, currency}} in {@code field}, or null. */
    Money money(String field) throws ContractJsonException {
        Fields money = object(field);
        return money == null ? null : money.amountIn("amount", "currency");
    }

    /** The amount in {@code amountField} and the currency in {@code currencyField} of these fields, or null when no amount. */
    Money amountIn(String amountField, String currencyField) throws ContractJsonException {
        String amount = text(amountField);
        if (amount == null) {
            return null;
        }
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new ContractJsonException(path(amountField), "not a decimal: '" + amount + "'");
        }
        String currency = requiredText(currencyField);
        try {
            return Money.of(Money.currency(currency), decimal);
        } catch (IllegalArgumentException e) {
            throw new ContractJsonException(path(currencyField), e.getMessage());
        }
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) throws ContractJsonException {
        JsonNode value = get(field);
        return value == null ? null : constant(value, path(field), type);
    }

    <E extends Enum<E>> E requiredEnum(String field, Class<E> type) throws ContractJsonException {
        E value = enumValue(field, type);
        if (value == null) {
            throw new ContractJsonException(path(field), "missing");
        }
        return value;
    }

    <E extends Enum<E>> List<E> enums(String field, Class<E> type) throws ContractJsonException {
        List<E> values = new ArrayList<>();
        JsonNode array = array(field);
        for (int i = 0; i < array.size(); i++) {
            values.add(constant(array.get(i), path(field) + "[" + i + "]", type));
        }
        return values;
    }

    List<String> texts(String field) throws ContractJsonException {
        List<String> values = new ArrayList<>();
        JsonNode array = array(field);
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual()) {
                throw new ContractJsonException(path(field) + "[" + i + "]", "expected a string, got " + array.get(i));
            }
            values.add(array.get(i).asText());
        }
        return values;
    }

    private JsonNode array(String field) throws ContractJsonException {
        JsonNode value = get(field);
        if (value == null) {
            throw new ContractJsonException(path(field), "missing");
        }
        if (!value.isArray()) {
            throw new ContractJsonException(path(field), "expected an array");
        }
        return value;
    }

    private static <E extends Enum<E>> E constant(JsonNode value, String path, Class<E> type)
            throws ContractJsonException {
        if (value.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.asText().strip())) {
                    return constant;
                }
            }
        }
        throw new ContractJsonException(path, "unknown value " + value + "; expected one of "
                + Arrays.toString(type.getEnumConstants()));
    }
}
