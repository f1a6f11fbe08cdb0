package org.triglot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
          "search",
          "render",
          "site",
          "serve",
          "deploy",
          "jbake",
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
        .callMethod(ULocale.class, "getDefault")
        .orShould()
        .callMethod(Collator.class, "getInstance")
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

  /** Where the language model and its table of defaults live: the only code that names a tag. */
  private static final List<String> LANGUAGE_MODEL =
      List.of("lang/Language.java", "lang/KnownLanguages.java");

  private static final Pattern LANGUAGE_CONSTANT =
      Pattern.compile(
          "(?<!=)\"(en|zh|ja|zh-Hans|zh-Hant|zh-CN|zh-TW|zh-HK|zh-SG|zh-MO)\"|Language\\.(EN|ZH_HANS|ZH_HANT)\\b|\\.isChinese\\(\\)",
          Pattern.CASE_INSENSITIVE);

  @Test
  void noCodeOutsideTheLanguageModelNamesALanguage() throws IOException {
    Path main = Path.of(System.getProperty("triglot.moduleDir", "."), "src/main/java/org/triglot");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String name = main.relativize(file).toString().replace('\\', '/');
        if (LANGUAGE_MODEL.contains(name)) {
          continue;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (!line.startsWith("*")
              && !line.startsWith("//")
              && LANGUAGE_CONSTANT.matcher(line).find()) {
            found.add(name + ":" + (i + 1) + ": " + line);
          }
        }
      }
    }
    assertEquals(
        List.of(),
        found,
        "a language's behaviour belongs to lang.Language and lang.KnownLanguages, not to tests of its tag");
  }
}
