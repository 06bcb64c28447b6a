package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.json.ReturnsAnswer;
import dev.waybill.json.WaybillJson;
import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.returns.JollydayHolidayCalendar;
import dev.waybill.policies.returns.ShopReturnPolicies;
import dev.waybill.policies.returns.StatutoryReturnRules;
import dev.waybill.returns.ReturnCategory;
import dev.waybill.returns.ShopReturnPolicy;
import dev.waybill.returns.WithdrawalDecision;
import dev.waybill.returns.WithdrawalEvaluator;
import dev.waybill.returns.WithdrawalRequest;
import dev.waybill.shipment.CountryCode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.List;

/**
 * {@code waybill returns --country CC --delivered DATE --on DATE [--category CAT] [--opened]
 * [--not-informed] [--policy FILE]}: can the buyer withdraw from the purchase if they notify the
 * shop on {@code --on}? Prints one JSON line (the contract's {@code country, statutory, eligible,
 * deadline, basis, reason, returnShippingPaidBy, refundWithinDays}, then {@code confidence} and
 * {@code rolledOverFrom}, and with a policy {@code shopOffer} and {@code ignoredShopTerms}); each
 * shop term stricter than the law is also reported on standard error. Bad flags, dates, country,
 * category or policy file: a one-line explanation and exit status 1.
 */
final class ReturnsCommand implements Command {

    private final ObjectMapper mapper = WaybillJson.mapper();

    @Override
    public String name() {
        return "returns";
    }

    @Override
    public String usage() {
        return "returns --country CC --delivered DATE --on DATE [--category CAT] [--opened] [--not-informed] "
                + "[--policy FILE]";
    }

    @Override
    public String description() {
        return "Can the buyer withdraw from the purchase if they notify the shop on --on? "
                + "Prints one line: eligible, the deadline, the legal basis, who pays the return.";
    }

    @Override
    public List<Flag> flags() {
        return List.of(
                Flag.value("country", "CC", "the buyer's country, ISO 3166-1 alpha-2 (answered as given)"),
                Flag.value("delivered", "DATE", "the day the goods were delivered (ISO date)"),
                Flag.value("on", "DATE", "the day the buyer notifies the shop (ISO date)"),
                Flag.value("category", "CAT", "STANDARD (default), PERSONALIZED, PERISHABLE, SEALED_HYGIENE, "
                        + "SEALED_MEDIA, DIGITAL_CONTENT or NEWSPAPER"),
                Flag.toggle("opened", "a sealed item was unsealed"),
                Flag.toggle("not-informed", "the shop did not tell the buyer of the withdrawal right"),
                Flag.value("policy", "FILE", "the shop's own return policy, which can only add to the law"));
    }

    @Override
    public String fileHelp() {
        return null;
    }

    @Override
    public int run(Arguments arguments, Console console) throws UsageException {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("takes no FILE argument, got '" + arguments.positional().get(0) + "'");
        }
        String countryText = arguments.required("country");
        CountryCode country = CountryCode.tryParse(countryText).filter(c -> countryText.strip().length() == 2)
                .orElseThrow(() -> new UsageException("--country: not an ISO 3166-1 alpha-2 country code: '"
                        + countryText + "'"));
        LocalDate delivered = date(arguments, "delivered");
        LocalDate on = date(arguments, "on");
        ReturnCategory category = category(arguments.value("category"));
        Optional<ShopReturnPolicy> policy = policy(arguments.value("policy"));

        WithdrawalRequest request = WithdrawalRequest.builder(country, delivered, on)
                .category(category)
                .opened(arguments.has("opened"))
                .notInformed(arguments.has("not-informed"))
                .build();
        WithdrawalEvaluator returns = WithdrawalEvaluator.of(StatutoryReturnRules.defaults(),
                JollydayHolidayCalendar.defaults());
        WithdrawalDecision decision = policy.map(p -> returns.decide(request, p)).orElseGet(() -> returns.decide(request));

        for (String ignored : decision.ignoredShopTerms()) {
            console.err().println("waybill returns: warning: " + ignored);
        }
        try (JsonOutput out = new JsonOutput(mapper, console.out())) {
            out.write(WaybillJson.writeReturns(new ReturnsAnswer(countryText.strip(), decision, policy.isPresent())));
        }
        return ExitStatus.OK;
    }

    private static LocalDate date(Arguments arguments, String flag) throws UsageException {
        String text = arguments.required(flag);
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + flag + ": not an ISO date (2026-11-16): '" + text + "'");
        }
    }

    private static ReturnCategory category(Optional<String> text) throws UsageException {
        if (text.isEmpty()) {
            return ReturnCategory.STANDARD;
        }
        Optional<ReturnCategory> category = ReturnCategory.tryParse(text.get());
        if (category.isEmpty()) {
            throw new UsageException("--category: unknown category '" + text.get() + "'; expected one of "
                    + Arrays.toString(ReturnCategory.values()));
        }
        return category.get();
    }

    private static Optional<ShopReturnPolicy> policy(Optional<String> file) throws UsageException {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ShopReturnPolicies.load(Path.of(file.get())));
        } catch (PolicyFileException e) {
            throw new UsageException("--policy: " + e.getMessage(), e);
        }
    }
}
