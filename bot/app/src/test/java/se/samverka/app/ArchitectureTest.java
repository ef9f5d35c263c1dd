package se.samverka.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directions of the house: the core knows no platform, JDBC or HTTP; nothing depends on the app. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.samverka");
    }

    @Test
    void theCoreUsesOnlyTheJdkAndItself() {
        classes().that().resideInAPackage("se.samverka.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "se.samverka.core..")
                .because("the core is platform-neutral: no Slack, Teams, Javalin, JDBC or HTTP type (the JDK's HMAC signs web links)")
                .check(classes);
    }

    @Test
    void theCoreImportsNoPlatformJdbcOrHttpType() {
        noClasses().that().resideInAPackage("se.samverka.core..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.net.http..",
                        "io.javalin..", "com.slack..", "com.microsoft..", "org.eclipse.jetty..", "jakarta.servlet..",
                        "okhttp3..", "org.sqlite..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void configUsesOnlyTheJdk() {
        classes().that().resideInAPackage("se.samverka.config..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "se.samverka.config..")
                .check(classes);
    }

    @Test
    void storageAndIntegrationsDoNotDependOnTheAppOrEachOther() {
        noClasses().that().resideInAnyPackage("se.samverka.storage..", "se.samverka.integrations..")
                .should().dependOnClassesThat().resideInAPackage("se.samverka.app..").check(classes);
        noClasses().that().resideInAPackage("se.samverka.storage..")
                .should().dependOnClassesThat().resideInAPackage("se.samverka.integrations..").check(classes);
        noClasses().that().resideInAPackage("se.samverka.integrations..")
                .should().dependOnClassesThat().resideInAPackage("se.samverka.storage..").check(classes);
    }

    @Test
    void slackAndTeamsAdaptersNeverImportEachOther() {
        noClasses().that().resideInAPackage("se.samverka.integrations.slack..")
                .should().dependOnClassesThat().resideInAPackage("se.samverka.integrations.teams..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("se.samverka.integrations.teams..")
                .should().dependOnClassesThat().resideInAPackage("se.samverka.integrations.slack..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void noModulePomDependsOnTheApp() throws IOException {
        Path root = Path.of(System.getProperty("samverka.root", "../.."));
        for (String module : new String[] {"config", "bot/core", "storage", "integrations"}) {
            String pom = Files.readString(root.resolve(module).resolve("pom.xml"));
            assertFalse(pom.contains("<artifactId>samverka-app</artifactId>"), module + " depends on the app");
        }
    }
}
