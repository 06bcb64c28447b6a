package dev.waybill.returns;

import dev.waybill.shipment.CountryCode;
import dev.waybill.source.Confidence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One market's statutory withdrawal (return) right as data, with the citation it comes from and
 * how well research verified it. A market without a statutory right has an empty {@link #period()}.
 *
 * <p>Immutable and thread-safe. Built with {@link #builder(CountryCode, String)}; the bundled rules
 * are loaded by {@code dev.waybill.policies.returns.StatutoryReturnRules}.
 *
 * @param country                     the market
 * @param period                      the withdrawal period; empty where the law gives no distance-selling right
 * @param exclusions                  the categories the law excludes
 * @param returnShippingPaidBy        who pays the return when the buyer was informed
 * @param returnShippingIfNotInformed who pays it when the buyer was not informed; empty when the same
 * @param refundWithinDays            days the seller has to refund; empty where the law sets none
 * @param sellerTermsPrevail          the provision under which a seller's own displayed return terms
 *                                    replace the statutory right (Japan); empty where they can only add to it
 * @param citation                    the legal citation, without caveats
 * @param confidence                  the research mark of the rule as a whole
 * @param research                    the research IDs the rule rests on, for example {@code A-EU-01}
 * @param caveats                     the facts research did not verify, by the part of an answer they touch
 */
public record ReturnRule(CountryCode country, Optional<WithdrawalPeriod> period, List<CategoryExclusion> exclusions,
                         ReturnShippingPayer returnShippingPaidBy,
                         Optional<ReturnShippingPayer> returnShippingIfNotInformed, Optional<Integer> refundWithinDays,
                         Optional<String> sellerTermsPrevail, String citation, Confidence confidence,
                         List<String> research, List<Caveat> caveats) {

    /** Validates the parts and copies the lists; a blank seller-terms provision is absent. */
    public ReturnRule {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(returnShippingPaidBy, "returnShippingPaidBy");
        Objects.requireNonNull(returnShippingIfNotInformed, "returnShippingIfNotInformed");
        Objects.requireNonNull(refundWithinDays, "refundWithinDays");
        sellerTermsPrevail = Objects.requireNonNull(sellerTermsPrevail, "sellerTermsPrevail")
                .filter(text -> !text.isBlank());
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(confidence, "confidence");
        exclusions = List.copyOf(exclusions);
        research = List.copyOf(research);
        caveats = List.copyOf(caveats);
        if (citation.isBlank()) {
            throw new IllegalArgumentException(country + ": citation is blank");
        }
        if (refundWithinDays.filter(days -> days < 0 || days > 365).isPresent()) {
            throw new IllegalArgumentException(country + ": refundWithinDays must be between 0 and 365, got "
                    + refundWithinDays.get());
        }
        if (period.isEmpty() && (!exclusions.isEmpty() || refundWithinDays.isPresent()
                || returnShippingIfNotInformed.isPresent() || sellerTermsPrevail.isPresent()
                || returnShippingPaidBy != ReturnShippingPayer.UNSPECIFIED)) {
            throw new IllegalArgumentException(country + ": a market without a statutory right has no exclusions, "
                    + "refund deadline, return-cost rule or seller-terms proviso");
        }
        Set<ReturnCategory> seen = EnumSet.noneOf(ReturnCategory.class);
        for (CategoryExclusion exclusion : exclusions) {
            if (!seen.add(exclusion.category())) {
                throw new IllegalArgumentException(country + ": category " + exclusion.category() + " excluded twice");
            }
        }
    }

    /**
     * A rule whose optional parts are plain values, null (or blank provision text) when absent; see
     * {@link #builder(CountryCode, String)} for a readable way to build one.
     */
    public ReturnRule(CountryCode country, WithdrawalPeriod period, List<CategoryExclusion> exclusions,
                      ReturnShippingPayer returnShippingPaidBy, ReturnShippingPayer returnShippingIfNotInformed,
                      Integer refundWithinDays, String sellerTermsPrevail, String citation, Confidence confidence,
                      List<String> research, List<Caveat> caveats) {
        this(country, Optional.ofNullable(period), exclusions, returnShippingPaidBy,
                Optional.ofNullable(returnShippingIfNotInformed), Optional.ofNullable(refundWithinDays),
                Optional.ofNullable(sellerTermsPrevail), citation, confidence, research, caveats);
    }

    /** A rule for {@code country} resting on {@code citation}. */
    public static Builder builder(CountryCode country, String citation) {
        return new Builder(country, citation);
    }

    /** A builder holding this rule's values. */
    public Builder toBuilder() {
        Builder builder = new Builder(country, citation)
                .period(period.orElse(null))
                .exclusions(exclusions)
                .returnShippingPaidBy(returnShippingPaidBy)
                .returnShippingIfNotInformed(returnShippingIfNotInformed.orElse(null))
                .refundWithinDays(refundWithinDays.orElse(null))
                .sellerTermsPrevail(sellerTermsPrevail.orElse(null))
                .confidence(confidence)
                .research(research);
        caveats.forEach(builder::caveat);
        return builder;
    }

    /** True where the law of this market gives a distance-selling withdrawal right. */
    public boolean statutory() {
        return period.isPresent();
    }

    /** The exclusion that takes away the right for goods of {@code category}, {@code opened} or not, if any. */
    public Optional<CategoryExclusion> exclusionFor(ReturnCategory category, boolean opened) {
        return exclusions.stream().filter(e -> e.excludes(category, opened)).findFirst();
    }

    /** Who pays the return, depending on whether the buyer was informed. */
    public ReturnShippingPayer returnShippingPaidBy(boolean notInformed) {
        return notInformed ? returnShippingIfNotInformed.orElse(returnShippingPaidBy) : returnShippingPaidBy;
    }

    /** The caveats on {@code topics}; {@link Caveat.Topic#RULE} ones are always included. */
    public List<Caveat> caveatsOn(Set<Caveat.Topic> topics) {
        return caveats.stream()
                .filter(c -> c.topic() == Caveat.Topic.RULE || topics.contains(c.topic()))
                .toList();
    }

    /**
     * The basis of an answer that rests on {@code topics} of this rule: the citation followed by the
     * caveats on those topics, for example {@code "LFPC art. 56 (unverified: scope for online sales)"}.
     */
    public String basis(Set<Caveat.Topic> topics) {
        List<String> parts = new ArrayList<>();
        parts.add(citation);
        caveatsOn(topics).forEach(c -> parts.add(c.render()));
        return parts.stream().collect(Collectors.joining(" "));
    }

    /** The weaker of the rule's mark and the marks of the caveats on {@code topics}. */
    public Confidence confidenceOn(Set<Caveat.Topic> topics) {
        Confidence weakest = confidence;
        for (Caveat caveat : caveatsOn(topics)) {
            weakest = weakest.weakest(caveat.confidence());
        }
        return weakest;
    }

    /** Builds a {@link ReturnRule}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private final CountryCode country;
        private final String citation;
        private WithdrawalPeriod period;
        private final List<CategoryExclusion> exclusions = new ArrayList<>();
        private ReturnShippingPayer returnShippingPaidBy = ReturnShippingPayer.UNSPECIFIED;
        private ReturnShippingPayer returnShippingIfNotInformed;
        private Integer refundWithinDays;
        private String sellerTermsPrevail;
        private Confidence confidence = Confidence.UNVERIFIED;
        private final List<String> research = new ArrayList<>();
        private final List<Caveat> caveats = new ArrayList<>();

        private Builder(CountryCode country, String citation) {
            this.country = Objects.requireNonNull(country, "country");
            this.citation = Objects.requireNonNull(citation, "citation");
        }

        /** The withdrawal period; leave unset (null) for a market without a statutory right. */
        public Builder period(WithdrawalPeriod period) {
            this.period = period;
            return this;
        }

        /** Adds an excluded category. */
        public Builder exclude(CategoryExclusion exclusion) {
            exclusions.add(Objects.requireNonNull(exclusion, "exclusion"));
            return this;
        }

        /** Replaces the excluded categories. */
        public Builder exclusions(List<CategoryExclusion> exclusions) {
            this.exclusions.clear();
            exclusions.forEach(this::exclude);
            return this;
        }

        /** Who pays the return when the buyer was informed; default {@link ReturnShippingPayer#UNSPECIFIED}. */
        public Builder returnShippingPaidBy(ReturnShippingPayer payer) {
            this.returnShippingPaidBy = Objects.requireNonNull(payer, "payer");
            return this;
        }

        /** Who pays the return when the buyer was not informed; null when the same. */
        public Builder returnShippingIfNotInformed(ReturnShippingPayer payer) {
            this.returnShippingIfNotInformed = payer;
            return this;
        }

        /** Days the seller has to refund; null where the law sets none. */
        public Builder refundWithinDays(Integer days) {
            this.refundWithinDays = days;
            return this;
        }

        /**
         * The provision under which the seller's own displayed terms replace the right; null (or blank)
         * for none, the default.
         */
        public Builder sellerTermsPrevail(String provision) {
            this.sellerTermsPrevail = provision;
            return this;
        }

        /** The research mark of the rule as a whole; default {@link Confidence#UNVERIFIED}. */
        public Builder confidence(Confidence confidence) {
            this.confidence = Objects.requireNonNull(confidence, "confidence");
            return this;
        }

        /** Replaces the research IDs. */
        public Builder research(List<String> ids) {
            this.research.clear();
            this.research.addAll(ids);
            return this;
        }

        /** Adds a caveat. */
        public Builder caveat(Caveat caveat) {
            caveats.add(Objects.requireNonNull(caveat, "caveat"));
            return this;
        }

        /**
         * The rule.
         *
         * @throws IllegalArgumentException naming the country and what is inconsistent
         */
        public ReturnRule build() {
            return new ReturnRule(country, period, exclusions, returnShippingPaidBy, returnShippingIfNotInformed,
                    refundWithinDays, sellerTermsPrevail, citation, confidence, research, caveats);
        }
    }
}
