package org.taxonomist.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The design the build keeps: the modules depend one way (models ← dam-plugin ← batch-jobs ←
 * admin-web), no two packages depend on each other, only the engine package of models talks to DJL,
 * and the plugin's screens reach the DAM through {@code DamAdapter}, never the reference DAM itself.
 * admin-web sees every module on its class path, so the rules are checked here, over all of them.
 * Decisions behind them are in admin-web's README ("Packages").
 */
class ArchitectureTest {

    private static JavaClasses all;

    @BeforeAll
    static void importAll() {
        all = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.taxonomist");
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.taxonomist.(**)").should().beFreeOfCycles().check(all);
    }

    @Test
    void modulesDependOneWay() {
        noClasses()
                .that()
                .resideInAPackage("org.taxonomist.models..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("org.taxonomist..").and(not(resideInAPackage("org.taxonomist.models.."))))
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("jakarta..")
                .check(all);
        noClasses()
                .that()
                .resideOutsideOfPackages("org.taxonomist.batch..", "org.taxonomist.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.taxonomist.batch..", "org.taxonomist.web..")
                .check(all);
        noClasses()
                .that()
                .resideInAPackage("org.taxonomist.batch..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.taxonomist.web..")
                .check(all);
    }

    @Test
    void onlyTheEnginePackageUsesDjl() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.taxonomist.models.djl..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("ai.djl..")
                .check(all);
    }

    /**
     * {@code web.dam} holds the reference DAM's own screens (assets, upload, search, the asset page,
     * the taxonomy editor, folder imports), which a real DAM brings itself; the plugin's screens
     * must work with any DAM, so they see it only through {@code DamAdapter}.
     */
    @Test
    void thePluginScreensReachTheDamThroughItsAdapter() {
        noClasses()
                .that()
                .resideInAPackage("org.taxonomist.web..")
                .and()
                .resideOutsideOfPackage("org.taxonomist.web.dam..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.taxonomist.dam.reference..")
                .check(all);
    }

    /** Every package says what lives in it and why, in a {@code package-info.java} (checked on the sources: javac writes no class for it). */
    @Test
    void everyPackageSaysWhatLivesThere() throws IOException {
        Path repository = Path.of(System.getProperty("user.dir")).getParent();
        List<Path> sources = List.of("models", "dam-plugin", "batch-jobs", "admin-web").stream()
                .map(module -> repository.resolve(module).resolve("src/main/java"))
                .toList();
        List<String> undescribed = new ArrayList<>();
        for (Path root : sources) {
            assertTrue(Files.isDirectory(root), "no sources at " + root);
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .map(Path::getParent)
                        .distinct()
                        .filter(folder -> !Files.exists(folder.resolve("package-info.java")))
                        .forEach(folder -> undescribed.add(
                                root.relativize(folder).toString().replace('/', '.')));
            }
        }
        assertEquals(List.of(), undescribed, "packages without a package-info.java");
    }
}
