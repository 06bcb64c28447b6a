package dev.waybill.carriers.mapping;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A carrier's name as a line writes it when it hands a parcel over ({@code DHL}, {@code Royal Mail},
 * {@code USPS}) read as the adapter name Waybill knows it by: lower case without spaces or
 * punctuation ({@code dhl}, {@code royalmail}, {@code usps}).
 */
public final class CarrierNames {

    private static final Pattern NOT_IN_NAME = Pattern.compile("[^a-z0-9]");

    private CarrierNames() {
    }

    /** The adapter name {@code written} reads as; null when it is null or holds no letter or digit. */
    public static String adapterName(String written) {
        if (written == null) {
            return null;
        }
        String name = NOT_IN_NAME.matcher(written.toLowerCase(Locale.ROOT)).replaceAll("");
        return name.isEmpty() ? null : name;
    }
}
