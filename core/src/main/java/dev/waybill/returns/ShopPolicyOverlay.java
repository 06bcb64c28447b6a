package dev.waybill.returns;

import dev.waybill.shipment.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays a shop's terms over the statutory answer. Where the law gives the buyer a right, a shop term
 * applies only when it is more generous than the law; a stricter one is reported and not applied.
 * Beyond the statutory period, in a market without a statutory right, or where the law lets the
 * seller's displayed terms replace the right (Japan), the shop's terms are the answer.
 */
final class ShopPolicyOverlay {

    static final String SHOP_POLICY = "shop policy";

    private ShopPolicyOverlay() {
    }

    static WithdrawalDecision apply(ReturnRule rule, WithdrawalRequest request, WithdrawalDecision law,
                                    ShopTerms terms) {
        if (terms.windowDays() == null && !law.statutory()) {
            return law;
        }
        Optional<String> sellerTermsPrevail = rule == null ? Optional.empty() : rule.sellerTermsPrevail();
        if (rule != null && rule.statutory() && sellerTermsPrevail.isPresent() && terms.windowDays() != null) {
            return shopAnswer(request, terms, true,
                    SHOP_POLICY + " (the seller's displayed return terms replace the statutory right: "
                            + sellerTermsPrevail.get() + ")");
        }
        if (!law.statutory()) {
            return shopAnswer(request, terms, false, SHOP_POLICY);
        }
        return combine(rule, request, law, terms);
    }

    private static WithdrawalDecision shopAnswer(WithdrawalRequest request, ShopTerms terms, boolean statutory,
                                                 String basis) {
        Optional<CategoryExclusion> excluded = terms.exclusionFor(request.category(), request.opened());
        LocalDate deadline = excluded.isPresent() ? null : request.delivered().plusDays(terms.windowDays());
        boolean eligible = deadline != null && !request.noticeOn().isAfter(deadline);
        String reason = excluded.map(ShopPolicyOverlay::shopExclusionReason)
                .orElse(eligible ? null : shopLate(terms, deadline, request));
        return new WithdrawalDecision(request.country(), statutory, eligible, deadline, basis, reason,
                payer(terms), terms.refundWithinDays(), null, null,
                eligible ? offer(terms, request, fee(terms)) : null, List.of());
    }

    private static WithdrawalDecision combine(ReturnRule rule, WithdrawalRequest request, WithdrawalDecision law,
                                              ShopTerms terms) {
        List<String> ignored = new ArrayList<>();
        boolean lawCoversCategory = rule.exclusionFor(request.category(), request.opened()).isEmpty();
        Optional<CategoryExclusion> shopExcluded = terms.exclusionFor(request.category(), request.opened());
        if (shopExcluded.isPresent() && lawCoversCategory) {
            ignored.add(terms.source("exclusions") + ": " + request.category() + " excluded, but the law gives a "
                    + "right to withdraw from the purchase of " + request.category().description() + "; not applied");
        }
        LocalDate shopDeadline = terms.windowDays() == null || shopExcluded.isPresent() ? null
                : request.delivered().plusDays(terms.windowDays());
        LocalDate lawDeadline = law.deadline().orElse(null);
        if (shopDeadline != null && lawDeadline != null && shopDeadline.isBefore(lawDeadline)) {
            ignored.add(terms.source("windowDays") + ": " + terms.windowDays() + " days end on " + shopDeadline
                    + ", before the statutory last day " + lawDeadline + "; not applied");
        }
        boolean shopEligible = shopDeadline != null && !request.noticeOn().isAfter(shopDeadline);

        if (law.eligible()) {
            boolean shopLater = shopDeadline != null && shopDeadline.isAfter(lawDeadline);
            ReturnShippingPayer payer = generousPayer(law.returnShippingPaidBy(), terms, ignored);
            Integer refund = generousRefund(law.refundWithinDays().orElse(null), terms, ignored);
            if (terms.restockingFeePercent() != null && terms.restockingFeePercent().signum() > 0) {
                ignored.add(terms.source("restockingFeePercent") + ": " + terms.restockingFeePercent().toPlainString()
                        + "% restocking fee, but a statutory withdrawal is refunded in full; not applied");
            }
            return new WithdrawalDecision(law.country(), true, true, shopLater ? shopDeadline : lawDeadline,
                    law.basis(), null, payer, refund, law.confidence().orElse(null),
                    shopLater ? null : law.rolledOverFrom().orElse(null),
                    offer(terms, request, BigDecimal.ZERO), ignored);
        }
        if (shopEligible) {
            return new WithdrawalDecision(law.country(), true, true, shopDeadline, SHOP_POLICY, null, payer(terms),
                    terms.refundWithinDays(), null, null, offer(terms, request, fee(terms)), ignored);
        }
        if (shopDeadline != null && (lawDeadline == null || shopDeadline.isAfter(lawDeadline))) {
            return new WithdrawalDecision(law.country(), true, false, shopDeadline, SHOP_POLICY,
                    shopLate(terms, shopDeadline, request), payer(terms), terms.refundWithinDays(), null, null, null,
                    ignored);
        }
        return new WithdrawalDecision(law.country(), true, false, law.deadline(), law.basis(), law.reason(),
                law.returnShippingPaidBy(), law.refundWithinDays(), law.confidence(), law.rolledOverFrom(),
                Optional.empty(), ignored);
    }

    private static ReturnShippingPayer generousPayer(ReturnShippingPayer law, ShopTerms terms, List<String> ignored) {
        ReturnShippingPayer shop = terms.returnShippingPaidBy();
        if (shop == null || shop == ReturnShippingPayer.UNSPECIFIED || shop == law) {
            return law;
        }
        if (shop == ReturnShippingPayer.CONSUMER && law == ReturnShippingPayer.SELLER) {
            ignored.add(terms.source("returnShippingPaidBy") + ": CONSUMER, but the law puts the return cost on the "
                    + "seller; not applied");
            return law;
        }
        return shop;
    }

    private static Integer generousRefund(Integer law, ShopTerms terms, List<String> ignored) {
        Integer shop = terms.refundWithinDays();
        if (shop == null) {
            return law;
        }
        if (law != null && shop > law) {
            ignored.add(terms.source("refundWithinDays") + ": " + shop + " days, but the law requires the refund within "
                    + law + "; not applied");
            return law;
        }
        return shop;
    }

    private static ReturnShippingPayer payer(ShopTerms terms) {
        return terms.returnShippingPaidBy() == null ? ReturnShippingPayer.UNSPECIFIED : terms.returnShippingPaidBy();
    }

    private static BigDecimal fee(ShopTerms terms) {
        return terms.restockingFeePercent() == null ? BigDecimal.ZERO : terms.restockingFeePercent();
    }

    private static ShopOffer offer(ShopTerms terms, WithdrawalRequest request, BigDecimal fee) {
        Money under = terms.refundWithoutReturnUnder();
        boolean withoutReturn = under != null && request.orderValue()
                .filter(paid -> paid.currency().equals(under.currency()) && paid.compareTo(under) < 0).isPresent();
        return new ShopOffer(Boolean.TRUE.equals(terms.exchangeFirst()), fee, withoutReturn);
    }

    private static String shopExclusionReason(CategoryExclusion exclusion) {
        return "the shop's policy does not take back " + exclusion.category().description()
                + (exclusion.onlyIfOpened() ? " once unsealed" : "");
    }

    private static String shopLate(ShopTerms terms, LocalDate deadline, WithdrawalRequest request) {
        return "the shop's " + terms.windowDays() + "-day return window ended on " + deadline + "; notice on "
                + request.noticeOn() + " is too late";
    }
}
