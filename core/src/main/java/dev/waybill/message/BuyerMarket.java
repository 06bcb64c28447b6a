package dev.waybill.message;

import dev.waybill.shipment.CountryCode;
import java.util.Locale;
import java.util.Set;

/**
 * The buyer's market, as far as it changes how a message is written (domain brief, "Markets and
 * languages"): buyers in Southeast Asia care most that someone answers at all, so they get a fast
 * acknowledgement first; buyers in the Middle East weigh how transparent the process is, so they
 * get the explicit next steps and when they will hear again. Everyone else gets the plain
 * four-part reply.
 *
 * <p>The language decides first (an Arabic-speaking buyer in Germany still expects the Gulf
 * register), then the destination country.
 */
public enum BuyerMarket {
    /** The plain four-part reply. */
    DEFAULT,
    /** Vietnam, Thailand, Indonesia, Malaysia, the Philippines and their neighbours. */
    SOUTHEAST_ASIA,
    /** Saudi Arabia, the United Arab Emirates, the Gulf and the Arabic-speaking Levant and Egypt. */
    MIDDLE_EAST;

    private static final Set<String> SOUTHEAST_ASIAN_LANGUAGES = Set.of("vi", "th", "id", "ms", "fil", "tl", "km",
            "lo", "my");
    private static final Set<String> MIDDLE_EASTERN_LANGUAGES = Set.of("ar");
    private static final Set<String> SOUTHEAST_ASIAN_COUNTRIES = Set.of("VN", "TH", "ID", "MY", "PH", "SG", "KH",
            "LA", "MM", "BN", "TL");
    private static final Set<String> MIDDLE_EASTERN_COUNTRIES = Set.of("SA", "AE", "QA", "KW", "BH", "OM", "YE",
            "JO", "LB", "IQ", "SY", "PS", "EG");

    /**
     * The market of a buyer who reads {@code language} (may be null) and receives the parcel in
     * {@code destination} (may be null).
     */
    public static BuyerMarket of(Locale language, CountryCode destination) {
        if (language != null) {
            String code = language.getLanguage().toLowerCase(Locale.ROOT);
            if (SOUTHEAST_ASIAN_LANGUAGES.contains(code)) {
                return SOUTHEAST_ASIA;
            }
            if (MIDDLE_EASTERN_LANGUAGES.contains(code)) {
                return MIDDLE_EAST;
            }
        }
        if (destination != null) {
            if (SOUTHEAST_ASIAN_COUNTRIES.contains(destination.value())) {
                return SOUTHEAST_ASIA;
            }
            if (MIDDLE_EASTERN_COUNTRIES.contains(destination.value())) {
                return MIDDLE_EAST;
            }
        }
        return DEFAULT;
    }
}
