package dev.waybill.carrier;

import java.util.List;

/**
 * Thrown by an adapter asked to track without the credentials its API needs. Besides its message
 * ({@code "DhlTracking has no API key: set DhlSettings.apiKey to track"}) it names the settings to give
 * ({@code apiKey}; {@code clientId} and {@code clientSecret}), in the names {@link CarrierConfig} reads
 * them by, so that a host can say what to set in its own terms ({@code WAYBILL_DHL_API_KEY}). Any other
 * {@link IllegalStateException} from an adapter is a failure, not missing credentials.
 */
public final class MissingCredentialsException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final List<String> settings;

    /**
     * @param message  what is missing and where to set it
     * @param settings the names of the settings to give, at least one
     */
    public MissingCredentialsException(String message, List<String> settings) {
        super(message);
        this.settings = List.copyOf(settings);
        if (this.settings.isEmpty()) {
            throw new IllegalArgumentException("name at least one setting to give");
        }
    }

    /** The settings to give, as {@link CarrierConfig} names them ({@code apiKey}, {@code clientSecret}). */
    public List<String> settings() {
        return settings;
    }
}
