package dev.waybill.examples.shop;

import dev.waybill.watch.NoticeSink;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A shop backend that knows Waybill only through the starter: H2 as its database, the webhook endpoint
 * and the watcher from the starter, and one bean of its own, the {@link NoticeSink} that prints each
 * notice. {@link SandboxCarrier} plays the carrier that pushes webhooks.
 */
@SpringBootApplication
public class ExampleShop {

    private static final Logger NOTICES = LoggerFactory.getLogger("shop.notices");

    /** Starts the shop. */
    public static void main(String[] args) {
        SpringApplication.run(ExampleShop.class, args);
    }

    /**
     * The shop's time: {@code shop.now} when given (the sandbox's parcels were recorded in November
     * 2026, so the example judges them on a day of that month), else the system clock.
     */
    @Bean
    Clock clock(@Value("${shop.now:}") String now) {
        return now.isBlank() ? Clock.systemUTC() : Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
    }

    /** Where a real shop would queue an e-mail or a ticket: here each notice is printed, once. */
    @Bean
    NoticeSink printedNotices() {
        return notice -> NOTICES.info("NOTICE {} to {} about {}: {}", notice.kind(), notice.audience(),
                notice.shipment(), notice.subject().orElse(null));
    }
}
