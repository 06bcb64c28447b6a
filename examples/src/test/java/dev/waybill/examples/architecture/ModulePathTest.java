package dev.waybill.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each published jar names its module for a module-path user: core, json and carriers by a
 * {@code module-info} that exports their public packages and hides the internal ones, the others by
 * {@code Automatic-Module-Name}. Core resolves and loads on a module path of its own, json beside
 * core and Jackson, carriers beside core and its libraries, where its service providers are found and
 * read a recorded body. Runs on the jars the reactor built (`mvn verify`); a module built alone,
 * without its siblings' jars, skips it.
 */
class ModulePathTest {

    private static final Map<String, String> MODULES = Map.of(
            "core", "dev.waybill.core",
            "json", "dev.waybill.json",
            "policies", "dev.waybill.policies",
            "carriers", "dev.waybill.carriers",
            "learn", "dev.waybill.learn",
            "watch", "dev.waybill.watch",
            "mcp", "dev.waybill.mcp");

    private static Optional<Path> jar(String module) throws IOException {
        Path target = Path.of("").toAbsolutePath().getParent().resolve(module).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("waybill-" + module + "-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst();
        }
    }

    @Test
    void everyPublishedJarNamesItsModule() throws IOException {
        assumeTrue(jar("core").isPresent(), "the reactor's jars are built by mvn verify");
        for (Map.Entry<String, String> module : MODULES.entrySet()) {
            Path jar = jar(module.getKey()).orElseThrow(() -> new AssertionError("no jar for " + module.getKey()));
            Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
            assertThat(found).as(module.getKey()).singleElement()
                    .satisfies(reference -> assertThat(reference.descriptor().name()).isEqualTo(module.getValue()));
        }
    }

    @Test
    void coreJsonAndCarriersAreExplicitModulesThatExportEveryPackageButTheInternalOnes() throws IOException {
        assumeTrue(jar("core").isPresent(), "the reactor's jars are built by mvn verify");
        for (String module : List.of("core", "json", "carriers")) {
            ModuleDescriptor descriptor = ModuleFinder.of(jar(module).orElseThrow()).findAll().iterator().next()
                    .descriptor();
            Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
            Set<String> withClasses = classPackages(jar(module).orElseThrow());
            Set<String> published = descriptor.packages().stream().filter(withClasses::contains)
                    .filter(p -> !p.contains(".internal")).collect(Collectors.toSet());

            assertThat(descriptor.isAutomatic()).as(module).isFalse();
            assertThat(exported).as(module).isEqualTo(published);
        }
    }

    @Test
    void jsonResolvesBesideCoreAndJacksonAndHidesItsReaders() throws Exception {
        assumeTrue(jar("core").isPresent(), "the reactor's jars are built by mvn verify");
        List<Path> path = new ArrayList<>(List.of(jar("core").orElseThrow(), jar("json").orElseThrow()));
        path.addAll(classPathJars("jackson-(core|databind|annotations)"));
        ModuleFinder finder = ModuleFinder.of(path.toArray(Path[]::new));
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(finder, ModuleFinder.of(), Set.of("dev.waybill.json"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());

        Module json = layer.findModule("dev.waybill.json").orElseThrow();
        assertThat(json.isExported("dev.waybill.json")).isTrue();
        assertThat(json.isExported("dev.waybill.json.internal")).isFalse();
        assertThat(json.canRead(layer.findModule("dev.waybill.core").orElseThrow())).isTrue();
        assertThat(layer.findLoader("dev.waybill.json").loadClass("dev.waybill.json.WaybillJson").getModule())
                .isSameAs(json);
    }

    @Test
    void coreResolvesAndLoadsOnAModulePathOfItsOwn() throws Exception {
        assumeTrue(jar("core").isPresent(), "the reactor's jars are built by mvn verify");
        ModuleFinder finder = ModuleFinder.of(jar("core").orElseThrow());
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(finder, ModuleFinder.of(), Set.of("dev.waybill.core"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());

        Class<?> waybill = layer.findLoader("dev.waybill.core").loadClass("dev.waybill.Waybill");

        assertThat(waybill.getModule().getName()).isEqualTo("dev.waybill.core");
    }

    @Test
    void carriersResolvesBesideCoreAndItsLibrariesAndItsProvidersReadABody() throws Exception {
        assumeTrue(jar("core").isPresent(), "the reactor's jars are built by mvn verify");
        List<Path> path = new ArrayList<>(List.of(jar("core").orElseThrow(), jar("carriers").orElseThrow()));
        path.addAll(classPathJars("jackson-(core|databind|annotations)", "okhttp", "okio-jvm", "kotlin-stdlib",
                "resilience4j-(core|retry)", "slf4j-api"));
        ModuleFinder finder = ModuleFinder.of(path.toArray(Path[]::new));
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(finder, ModuleFinder.of(), Set.of("dev.waybill.carriers", "kotlin.stdlib"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());

        Module carriers = layer.findModule("dev.waybill.carriers").orElseThrow();
        assertThat(carriers.isExported("dev.waybill.carriers.adapter")).isTrue();
        assertThat(carriers.isExported("dev.waybill.carriers.mapping")).isTrue();
        assertThat(carriers.isExported("dev.waybill.carriers.internal")).isFalse();

        ClassLoader loader = layer.findLoader("dev.waybill.carriers");
        Class<?> providerType = loader.loadClass("dev.waybill.carrier.CarrierAdapterProvider");
        Map<String, Object> providers = new java.util.TreeMap<>();
        for (Object provider : ServiceLoader.load(layer, providerType)) {
            providers.put((String) providerType.getMethod("name").invoke(provider), provider);
        }
        assertThat(providers).containsKeys("dhl", "aftership", "17track", "easypost", "ups", "fedex", "cainiao",
                "4px", "usps", "postnl", "yanwen");

        Class<?> configType = loader.loadClass("dev.waybill.carrier.CarrierConfig");
        Object config = configType.getMethod("fromEnvironment", String.class, Map.class)
                .invoke(null, "dhl", Map.of("WAYBILL_DHL_API_KEY", "demo-key"));
        Object dhl = providerType.getMethod("create", configType).invoke(providers.get("dhl"), config);
        byte[] body = Files.readAllBytes(Path.of("").toAbsolutePath().getParent()
                .resolve("carriers/src/test/resources/dhl/openapi_example.json"));
        List<?> shipments = (List<?>) loader.loadClass("dev.waybill.carrier.CarrierAdapter")
                .getMethod("parse", byte[].class).invoke(dhl, (Object) body);

        assertThat(shipments).hasSize(1);
        assertThat(shipments.get(0).getClass().getModule()).isSameAs(layer.findModule("dev.waybill.core").orElseThrow());
        assertThat(shipments.get(0).getClass().getMethod("trackingNumber").invoke(shipments.get(0)))
                .isEqualTo(Optional.of("7777777770"));
    }

    /** The packages of {@code jar} that hold a class (a folder of data files is a package to the module system too). */
    private static Set<String> classPackages(Path jar) throws IOException {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            return file.stream().map(java.util.jar.JarEntry::getName)
                    .filter(name -> name.endsWith(".class") && name.contains("/"))
                    .map(name -> name.substring(0, name.lastIndexOf('/')).replace('/', '.'))
                    .collect(Collectors.toSet());
        }
    }

    /** The jars on this test's class path whose file names start with one of {@code names} and a version. */
    private static List<Path> classPathJars(String... names) {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            for (String name : names) {
                if (entry.matches(".*[/\\\\]" + name + "-[0-9][^/\\\\]*\\.jar")) {
                    jars.add(Path.of(entry));
                }
            }
        }
        return jars;
    }
}
