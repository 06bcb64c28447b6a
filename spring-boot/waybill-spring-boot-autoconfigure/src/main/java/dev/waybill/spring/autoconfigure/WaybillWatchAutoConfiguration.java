package dev.waybill.spring.autoconfigure;

import dev.waybill.Waybill;
import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.Carriers;
import dev.waybill.watch.CarrierBudget;
import dev.waybill.watch.Poller;
import dev.waybill.watch.NoticePolicies;
import dev.waybill.watch.NoticeSink;
import dev.waybill.watch.Pollers;
import dev.waybill.watch.ShipmentStore;
import dev.waybill.watch.ShipmentStores;
import dev.waybill.watch.StoredNotice;
import dev.waybill.watch.Watcher;
import dev.waybill.watch.rules.NoticePolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * Watching, when {@code waybill-watch} is on the class path and the application has a
 * {@link DataSource}: a {@link ShipmentStore} on that DataSource (migrated at start-up unless
 * {@code waybill.watch.migrate=false}), the shop's {@link NoticePolicy} ({@code waybill.watch.policy}),
 * a {@link Watcher} whose carrier calls are timed and recorded in {@link CarrierReachability} and whose
 * notices go to every {@link NoticeSink} bean (logged when there is none), ticking every
 * {@code waybill.watch.tick}, and with Spring MVC the endpoint {@code POST /waybill/webhooks/{carrier}}.
 * Each bean backs off when the application has its own; {@code waybill.watch.enabled=false} turns it
 * all off.
 */
@AutoConfiguration(after = {WaybillAutoConfiguration.class, WaybillMetricsAutoConfiguration.class},
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(Watcher.class)
@ConditionalOnBean({DataSource.class, Waybill.class})
@ConditionalOnProperty(prefix = "waybill.watch", name = "enabled", havingValue = "true", matchIfMissing = true)
public class WaybillWatchAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WaybillWatchAutoConfiguration.class);

    /** The store on the application's DataSource. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public ShipmentStore waybillShipmentStore(DataSource dataSource, WaybillProperties properties) {
        return ShipmentStores.open(dataSource, properties.getWatch().isMigrate());
    }

    /** The shop's notice policy from {@code waybill.watch.policy}, else the defaults. */
    @Bean
    @ConditionalOnMissingBean
    public NoticePolicy waybillNoticePolicy(WaybillProperties properties, ResourceLoader resources) {
        return new PolicyResources(resources).loadOr("waybill.watch.policy", properties.getWatch().getPolicy(),
                NoticePolicy::defaults, NoticePolicies::load);
    }

    /** Whether each carrier answered the watcher's last call. */
    @Bean
    @ConditionalOnMissingBean
    public CarrierReachability waybillCarrierReachability(ObjectProvider<Clock> clock) {
        return new CarrierReachability(clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * The watcher over the store, polling the carriers with keys within their documented rate limits
     * (each call timed, each wait counted), notices to the application's sinks.
     */
    @Bean
    @ConditionalOnMissingBean
    public Watcher waybillWatcher(ShipmentStore store, Waybill waybill, NoticePolicy policy,
                                  WaybillProperties properties, CarrierReachability reachability,
                                  ObjectProvider<NoticeSink> sinks, ObjectProvider<WaybillObserver> observers) {
        WaybillObserver observer = observers.getIfAvailable(() -> WaybillObserver.NONE);
        List<NoticeSink> targets = sinks.orderedStream().toList();
        NoticeSink sink = notice -> {
            if (targets.isEmpty()) {
                log(notice);
            }
            for (NoticeSink target : targets) {
                target.accept(notice);
            }
            observer.notice(notice.kind().name(), notice.audience().name());
        };
        Waybill observed = waybill.toBuilder().carriers(Carriers.of(waybill.carriers().names().stream()
                .map(name -> (CarrierAdapter) new ObservedCarrier(waybill.carriers().get(name), observer, reachability))
                .toList())).build();
        Poller poller = new ObservedPoller(sleeper -> Pollers.carriers(observed, CarrierBudget.DOCUMENTED,
                Clock.systemUTC(), sleeper), observer, reachability);
        return Watcher.builder(new ObservedStore(store, observer), observed)
                .policy(policy)
                .poller(poller)
                .sink(sink)
                .owner(properties.getWatch().getOwner())
                .build();
    }

    /** Ticks the watcher on a scheduler of its own. */
    @Bean
    @ConditionalOnMissingBean
    public WatchTicker waybillWatchTicker(Watcher watcher, WaybillProperties properties,
                                          ObjectProvider<Clock> clock) {
        return new WatchTicker(watcher, properties.getWatch().getTick(), clock.getIfAvailable(Clock::systemUTC));
    }

    /** What the health component asks: does the store answer, has the watcher ticked lately. */
    @Bean
    @ConditionalOnMissingBean
    public WatchProbe waybillWatchProbe(ShipmentStore store, WatchTicker ticker) {
        return new WatchProbe() {
            @Override
            public Optional<String> problem(Instant now) {
                try {
                    store.find("waybill-health-probe");
                } catch (RuntimeException e) {
                    return Optional.of("store: " + e.getMessage());
                }
                Optional<Instant> last = ticker.lastTick().or(ticker::startedAt);
                if (last.isEmpty()) {
                    return Optional.of("watcher: not running");
                }
                if (Duration.between(last.get(), now).compareTo(ticker.tick().multipliedBy(3)) > 0) {
                    return Optional.of("watcher: no tick since " + last.get()
                            + ticker.lastFailure().map(f -> " (last failure: " + f + ")").orElse(""));
                }
                return Optional.empty();
            }

            @Override
            public Map<String, Object> details() {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("tick", ticker.tick().toString());
                ticker.lastTick().ifPresent(t -> details.put("lastTick", t.toString()));
                ticker.lastFailure().ifPresent(f -> details.put("lastFailure", f));
                return details;
            }
        };
    }

    private static void log(StoredNotice notice) {
        LOG.info("Waybill notice {} {} to {} about {}: {}", notice.id(), notice.kind(), notice.audience(),
                notice.shipment(), notice.subject().orElse(null));
    }

    /** The webhook endpoint, with Spring MVC. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    static class Webhooks {

        @Bean
        @ConditionalOnMissingBean
        WaybillWebhookController waybillWebhookController(Watcher watcher, Waybill waybill, CarrierKeys keys,
                                                          WaybillProperties properties,
                                                          ObjectProvider<WaybillObserver> observers,
                                                          ObjectProvider<Clock> clock) {
            return new WaybillWebhookController(watcher, waybill, keys, properties.getWatch().getWebhookMaxBodySize(),
                    observers.getIfAvailable(() -> WaybillObserver.NONE), clock.getIfAvailable(Clock::systemUTC));
        }
    }
}
