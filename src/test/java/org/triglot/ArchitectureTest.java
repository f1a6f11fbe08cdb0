package org.triglot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package order of docs/ARCHITECTURE.md (each package uses only those below it) and keeps
 * the JVM's default locale and time zone out of the generator.
 */
class ArchitectureTest {
  /** Lowest first. */
  static final List<String> LAYERS =
      List.of(
          "cache",
          "diag",
          "lang",
          "config",
          "content",
          "markdown",
          "derive",
          "relate",
          "render",
          "site",
          "serve",
          "deploy",
          "cli");

  private static final JavaClasses GENERATOR =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.triglot");

  @Test
  void eachPackageUsesOnlyThePackagesBelowIt() {
    for (int i = 0; i < LAYERS.size(); i++) {
      String[] higher =
          LAYERS.subList(i + 1, LAYERS.size()).stream()
              .map(p -> "org.triglot." + p + "..")
              .toArray(String[]::new);
      if (higher.length == 0) {
        continue;
      }
      noClasses()
          .that()
          .resideInAPackage("org.triglot." + LAYERS.get(i) + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(higher)
          .because("docs/ARCHITECTURE.md orders the packages " + String.join(" -> ", LAYERS))
          .allowEmptyShould(true)
          .check(GENERATOR);
    }
  }

  @Test
  void neverUsesTheDefaultLocaleOrTimeZone() {
    noClasses()
        .should()
        .callMethod(Locale.class, "getDefault")
        .orShould()
        .callMethod(Locale.class, "setDefault", Locale.class)
        .orShould()
        .callMethod(TimeZone.class, "getDefault")
        .orShould()
        .callMethod(TimeZone.class, "setDefault", TimeZone.class)
        .orShould()
        .callMethod(ZoneId.class, "systemDefault")
        .orShould()
        .callMethod(Clock.class, "systemDefaultZone")
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(ZonedDateTime.class, "now")
        .orShould()
        .callMethod(String.class, "toLowerCase")
        .orShould()
        .callMethod(String.class, "toUpperCase")
        .orShould()
        .callMethod(String.class, "format", String.class, Object[].class)
        .orShould()
        .callMethod(String.class, "formatted", Object[].class)
        .orShould()
        .callMethod(com.ibm.icu.util.ULocale.class, "getDefault")
        .orShould()
        .callMethod(com.ibm.icu.text.Collator.class, "getInstance")
        .because("output must not depend on the machine's locale or time zone")
        .check(GENERATOR);
  }

  @Test
  void onlyMainExitsTheJvm() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("org.triglot.cli.Main")
        .should()
        .callMethod(System.class, "exit", int.class)
        .check(GENERATOR);
  }
}
