package dev.waybill.spring.shop;

import dev.waybill.watch.NoticeSink;
import dev.waybill.watch.StoredNotice;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A shop backend that knows Waybill only through the starter's properties, a clock and a notice sink. */
@SpringBootApplication
public class ShopApplication {

    /** The notices the shop received. */
    static final List<StoredNotice> RECEIVED = new CopyOnWriteArrayList<>();

    @Bean
    Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-09T10:00:00Z"), ZoneOffset.UTC);
    }

    @Bean
    NoticeSink shopOutbox() {
        return RECEIVED::add;
    }
}
