package dev.waybill.policies.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.waybill.liability.Validity;
import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.PolicyNode;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A place in a policy file, {@code file} and JSON path, where a bound value is checked: the
 * validators here fail with a {@link PolicyFileException} naming both and the problem, in the words
 * the README documents ({@code missing}, {@code must be between 0 and 365, got -2}, ...).
 *
 * <pre>{@code
 * At disruption = At.of(document).field("disruptions").index(0);
 * int days = disruption.field("extraDays").integer(dto.extraDays(), 0, 365);
 * }</pre>
 *
 * <p>Not API. Immutable.
 *
 * @param file the file or resource name
 * @param path the JSON path, {@code $} for the whole document
 */
public record At(String file, String path) {

    /** Validates the parts. */
    public At {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
    }

    /** The root of a read document. */
    public static At of(PolicyNode document) {
        return new At(document.file(), document.path());
    }

    /** The field {@code name} of the object here. */
    public At field(String name) {
        return new At(file, path + "." + name);
    }

    /** The element {@code index} of the array here. */
    public At index(int index) {
        return new At(file, path + "[" + index + "]");
    }

    /** The place a binder's reference path leads to from here. */
    At plus(List<JsonMappingException.Reference> references) {
        At at = this;
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                at = at.field(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                at = at.index(reference.getIndex());
            }
        }
        return at;
    }

    /** The error for a problem here. */
    public PolicyFileException problem(String problem) {
        return new PolicyFileException(file, path, problem);
    }

    /** The error for a problem here, with its cause. */
    public PolicyFileException problem(String problem, Throwable cause) {
        PolicyFileException e = problem(problem);
        e.initCause(cause);
        return e;
    }

    /** {@code value}, which must be present. */
    public <T> T required(T value) {
        if (value == null) {
            throw problem("missing");
        }
        return value;
    }

    /** Non-blank text, stripped. */
    public String text(String value) {
        if (required(value).isBlank()) {
            throw problem("expected a non-empty string, got \"" + value + "\"");
        }
        return value.strip();
    }

    /** Non-blank text, stripped, or null when absent. */
    public String optionalText(String value) {
        return value == null ? null : text(value);
    }

    /** A whole number in {@code [min, max]}. */
    public int integer(Integer value, int min, int max) {
        int number = required(value);
        if (number < min || number > max) {
            throw problem("must be between " + min + " and " + max + ", got " + number);
        }
        return number;
    }

    /** A whole number in {@code [min, max]}, or {@code otherwise} when absent. */
    public int integer(Integer value, int min, int max, int otherwise) {
        return value == null ? otherwise : integer(value, min, max);
    }

    /** An ISO date, or null when absent. */
    public LocalDate optionalDate(String value) {
        return value == null ? null : date(value);
    }

    /** An ISO date. */
    public LocalDate date(String value) {
        try {
            return LocalDate.parse(text(value));
        } catch (DateTimeParseException e) {
            throw problem("not an ISO date (2026-11-16): '" + value + "'");
        }
    }

    /** An ISO 3166-1 alpha-2 country code. */
    public CountryCode country(String value) {
        return build(() -> CountryCode.parse(text(value)));
    }

    /**
     * The optional {@code validFrom} and {@code validTo} dates (both inclusive) of the dated row here.
     */
    public Validity validity(String validFrom, String validTo) {
        LocalDate from = field("validFrom").optionalDate(validFrom);
        LocalDate to = field("validTo").optionalDate(validTo);
        return build(() -> new Validity(from, to));
    }

    /** {@code value}, which must be present, as money. */
    public Money money(MoneyJson value) {
        MoneyJson money = required(value);
        BigDecimal amount = field("amount").required(money.amount());
        At currency = field("currency");
        String code = currency.text(money.currency());
        return currency.build(() -> Money.of(Money.currency(code), amount));
    }

    /** Builds a value, turning a core type's validation failure into an error here. */
    public <T> T build(Supplier<T> factory) {
        try {
            return factory.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw problem(e.getMessage());
        }
    }
}
