package dev.waybill.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.Waybill;
import dev.waybill.delay.TransitProfile;
import dev.waybill.delay.TransitProfiles;
import dev.waybill.policies.remedy.CompensationPolicies;
import dev.waybill.policies.transit.TransitPolicies;
import dev.waybill.remedy.CompensationPolicy;
import dev.waybill.returns.ReturnShippingPayer;
import dev.waybill.returns.ShopReturnPolicy;
import dev.waybill.returns.ShopTerms;
import dev.waybill.watch.Watcher;
import dev.waybill.watch.rules.NoticePolicy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The shop's files named by properties, each replaced by the application's own bean. */
class ShopFilesTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WaybillAutoConfiguration.class,
                    WaybillWatchAutoConfiguration.class))
            .withBean(DataSource.class, () -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:mem:files" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
                return h2;
            });

    @Test
    void withoutFilesTheBundledPoliciesAreUsedAndThereIsNoShopReturnPolicy() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(ShopReturnPolicy.class);
            assertThat(context.getBean(TransitProfiles.class)).isSameAs(TransitPolicies.defaultProfiles());
            assertThat(context.getBean(CompensationPolicy.class).stepFor(1)).isPresent();
            assertThat(context.getBean(NoticePolicy.class)).isEqualTo(NoticePolicy.defaults());
        });
    }

    @Test
    void theShopsProfilesAreAddedToTheBundledOnesAndReachTheVerdictEngine() {
        runner.withPropertyValues("waybill.profiles=classpath:shop/transit-profiles.json").run(context -> {
            TransitProfiles profiles = context.getBean(TransitProfiles.class);
            assertThat(profiles.profiles()).extracting(TransitProfile::id).contains("CN-DE-AIR-YUNEXPRESS")
                    .hasSize(TransitPolicies.defaultProfiles().profiles().size() + 1);
            assertThat(profiles.expressCarriers()).contains("sf-express");
            assertThat(context.getBean(Waybill.class).verdicts().profiles()).isSameAs(profiles);
        });
    }

    @Test
    void theShopsLadderReplacesTheBundledOneInTheFacade() {
        runner.withPropertyValues("waybill.ladder=classpath:shop/ladder.json").run(context -> {
            CompensationPolicy ladder = context.getBean(Waybill.class).compensation().orElseThrow().policy();
            assertThat(ladder.stepFor(1)).isEmpty();
            assertThat(ladder.stepFor(2).orElseThrow().percent()).isEqualByComparingTo(new BigDecimal("7"));
            assertThat(CompensationPolicies.defaultLadder().stepFor(1).orElseThrow().percent())
                    .isEqualByComparingTo(new BigDecimal("5"));
        });
    }

    @Test
    void theShopsReturnPolicyIsABean() {
        runner.withPropertyValues("waybill.return-policy=classpath:shop/return-policy.json").run(context -> {
            ShopReturnPolicy policy = context.getBean(ShopReturnPolicy.class);
            assertThat(policy.name()).isEqualTo("Lumen Home");
            ShopTerms terms = policy.defaults();
            assertThat(terms.windowDays()).isEqualTo(30);
            assertThat(terms.returnShippingPaidBy()).isEqualTo(ReturnShippingPayer.SELLER);
            assertThat(policy.markets()).hasSize(1);
        });
    }

    @Test
    void theShopsNoticePolicyIsReadFromAFileOnDiskToo() {
        String file = ShopFilesTest.class.getResource("/shop/notice-policy.json").getPath();
        runner.withPropertyValues("waybill.watch.policy=file:" + file).run(context -> {
            NoticePolicy policy = context.getBean(NoticePolicy.class);
            assertThat(policy.customsGrace()).isEqualTo(Duration.ofHours(24));
            assertThat(policy.quietHours().from()).isEqualTo(LocalTime.of(22, 0));
            assertThat(policy.weeklyCap()).isEqualTo(2);
            assertThat(policy.claimLeadDays()).isEqualTo(10);
            assertThat(context).hasSingleBean(Watcher.class);
        });
    }

    @Test
    void aPolicyInsideAJarIsReadAndItsErrorsNameTheLocationNotACopy(@TempDir Path folder) throws Exception {
        Path jar = folder.resolve("shop-policies.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("notice-policy.json"));
            out.write(ShopFilesTest.class.getResourceAsStream("/shop/notice-policy.json").readAllBytes());
            out.putNextEntry(new JarEntry("bad-notice-policy.json"));
            out.write(ShopFilesTest.class.getResourceAsStream("/shop/bad-notice-policy.json").readAllBytes());
        }
        String inJar = "jar:" + jar.toUri() + "!/";
        runner.withPropertyValues("waybill.watch.policy=" + inJar + "notice-policy.json").run(context ->
                assertThat(context.getBean(NoticePolicy.class).weeklyCap()).isEqualTo(2));
        runner.withPropertyValues("waybill.watch.policy=" + inJar + "bad-notice-policy.json").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("waybill.watch.policy: " + inJar
                        + "bad-notice-policy.json: $.weeklyCapp: unknown field"));
    }

    @Test
    void aBadFileStopsTheStartNamingThePropertyTheLocationAndTheField() {
        runner.withPropertyValues("waybill.watch.policy=classpath:shop/bad-notice-policy.json").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining(
                        "waybill.watch.policy: classpath:shop/bad-notice-policy.json: $.weeklyCapp: unknown field"));
        runner.withPropertyValues("waybill.profiles=classpath:shop/bad-profiles.json").run(context ->
                assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("waybill.profiles: classpath:shop/bad-profiles.json: $.profiles[0]"));
        runner.withPropertyValues("waybill.ladder=classpath:shop/no-such-ladder.json").run(context ->
                assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("waybill.ladder: classpath:shop/no-such-ladder.json: not found"));
    }

    @Test
    void theApplicationsOwnPoliciesWinOverTheFiles() {
        TransitProfiles own = TransitProfiles.of(TransitPolicies.defaultProfiles().profiles(), java.util.List.of("own"));
        CompensationPolicy ladder = CompensationPolicies.defaultLadder();
        ShopReturnPolicy returns = new ShopReturnPolicy("own", new ShopTerms(14, null, null, null, null, null,
                java.util.List.of(), Map.of()), Map.of());
        NoticePolicy notices = NoticePolicy.defaults();
        runner.withPropertyValues("waybill.profiles=classpath:shop/transit-profiles.json",
                        "waybill.ladder=classpath:shop/ladder.json",
                        "waybill.return-policy=classpath:shop/return-policy.json",
                        "waybill.watch.policy=classpath:shop/notice-policy.json")
                .withBean(TransitProfiles.class, () -> own)
                .withBean(CompensationPolicy.class, () -> ladder)
                .withBean(ShopReturnPolicy.class, () -> returns)
                .withBean(NoticePolicy.class, () -> notices)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(Waybill.class).verdicts().profiles()).isSameAs(own);
                    assertThat(context.getBean(Waybill.class).compensation().orElseThrow().policy()).isSameAs(ladder);
                    assertThat(context.getBean(ShopReturnPolicy.class)).isSameAs(returns);
                    assertThat(context.getBean(NoticePolicy.class)).isSameAs(notices);
                });
    }
}
