package dev.waybill.message;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the shop asks the composer for: in which language (if it knows better than the shipment),
 * on which channel, signed by which shop, with which tracking link, and whether the buyer has just
 * asked ({@link #inquiry()}) or the shop writes first.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * MessageRequest request = MessageRequest.builder(LocalDate.parse("2026-11-16"))
 *         .language(Locale.forLanguageTag("de")).channel(Channel.EMAIL).shopName("Lumen Lamps")
 *         .trackingUrl("https://track.example/1Z999").build();
 * }</pre>
 *
 * @param today       the shop's calendar day the message is written on (never read from a clock here)
 * @param language    the language to write in; empty to use the shipment's language, else the destination's
 * @param channel     where the message goes
 * @param shopName    the shop that signs (stripped); empty when not given or blank
 * @param trackingUrl the buyer-facing tracking link (stripped); empty when not given or blank
 * @param inquiry     true when the buyer has just asked where the parcel is (a reply is always produced)
 * @param buyerName   the buyer's name for the greeting (stripped); empty for a neutral greeting
 * @param documents   the documents customs asked for, for a documents hold; empty to name the usual ones
 * @param pickupUntil the last day the pickup point holds the parcel; empty when not known
 * @param etaTold     the delivery day the buyer was last told (a watcher's ledger keeps it); where the likely
 *                    day now differs, the text says both ("we said the 14th; it is now the 18th"); empty when
 *                    nothing was told
 */
public record MessageRequest(LocalDate today, Optional<Locale> language, Channel channel, Optional<String> shopName,
                             Optional<String> trackingUrl, boolean inquiry, Optional<String> buyerName,
                             List<CustomsDocument> documents, Optional<LocalDate> pickupUntil,
                             Optional<LocalDate> etaTold) {

    /** Validates the parts; blank text becomes empty and the documents list is copied. */
    public MessageRequest {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(channel, "channel");
        shopName = stripped(Objects.requireNonNull(shopName, "shopName"));
        trackingUrl = stripped(Objects.requireNonNull(trackingUrl, "trackingUrl"));
        buyerName = stripped(Objects.requireNonNull(buyerName, "buyerName"));
        documents = documents == null ? List.of() : List.copyOf(documents);
        Objects.requireNonNull(pickupUntil, "pickupUntil");
        Objects.requireNonNull(etaTold, "etaTold");
        trackingUrl.filter(url -> url.chars().anyMatch(Character::isWhitespace)).ifPresent(url -> {
            throw new IllegalArgumentException("trackingUrl contains white space: '" + url + "'");
        });
    }

    /** A builder for a request written on {@code today}: proactive, by email, language from the shipment. */
    public static Builder builder(LocalDate today) {
        return new Builder(today);
    }

    /** A builder holding this request's values. */
    public Builder toBuilder() {
        return new Builder(today).language(language.orElse(null)).channel(channel).shopName(shopName.orElse(null))
                .trackingUrl(trackingUrl.orElse(null)).inquiry(inquiry).buyerName(buyerName.orElse(null))
                .documents(documents).pickupUntil(pickupUntil.orElse(null)).etaTold(etaTold.orElse(null));
    }

    /** This request on another channel. */
    public MessageRequest withChannel(Channel channel) {
        return toBuilder().channel(channel).build();
    }

    /** This request in another language. */
    public MessageRequest withLanguage(Locale language) {
        return toBuilder().language(language).build();
    }

    private static Optional<String> stripped(Optional<String> text) {
        return text.filter(given -> !given.isBlank()).map(String::strip);
    }

    /** Builds a {@link MessageRequest}. Not thread-safe; the built request is. */
    public static final class Builder {
        private final LocalDate today;
        private Locale language;
        private Channel channel = Channel.EMAIL;
        private String shopName;
        private String trackingUrl;
        private boolean inquiry;
        private String buyerName;
        private final List<CustomsDocument> documents = new ArrayList<>();
        private LocalDate pickupUntil;
        private LocalDate etaTold;

        private Builder(LocalDate today) {
            this.today = today;
        }

        /** The language to write in; null for the shipment's or the destination's. */
        public Builder language(Locale language) {
            this.language = language;
            return this;
        }

        /** The channel; {@link Channel#EMAIL} by default. */
        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        /** The shop that signs the message; null or blank when not given. */
        public Builder shopName(String shopName) {
            this.shopName = shopName;
            return this;
        }

        /** The buyer-facing tracking link; null or blank when not given. */
        public Builder trackingUrl(String trackingUrl) {
            this.trackingUrl = trackingUrl;
            return this;
        }

        /** True for a reply to the buyer's question, false (the default) for a proactive notice. */
        public Builder inquiry(boolean inquiry) {
            this.inquiry = inquiry;
            return this;
        }

        /** The buyer's name for the greeting; null or blank for a neutral greeting. */
        public Builder buyerName(String buyerName) {
            this.buyerName = buyerName;
            return this;
        }

        /** Replaces the documents customs asked for. */
        public Builder documents(Collection<CustomsDocument> documents) {
            this.documents.clear();
            this.documents.addAll(documents);
            return this;
        }

        /** The last day the pickup point holds the parcel; null when not known. */
        public Builder pickupUntil(LocalDate pickupUntil) {
            this.pickupUntil = pickupUntil;
            return this;
        }

        /** The delivery day the buyer was last told; null when nothing was told. */
        public Builder etaTold(LocalDate etaTold) {
            this.etaTold = etaTold;
            return this;
        }

        /** The request; throws naming the part that is missing or invalid. */
        public MessageRequest build() {
            return new MessageRequest(today, Optional.ofNullable(language), channel, Optional.ofNullable(shopName),
                    Optional.ofNullable(trackingUrl), inquiry, Optional.ofNullable(buyerName), documents,
                    Optional.ofNullable(pickupUntil), Optional.ofNullable(etaTold));
        }
    }
}
