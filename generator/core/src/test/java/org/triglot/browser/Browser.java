package org.triglot.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for tests, driven by Selenium WebDriver through chromedriver. Both are Debian's
 * ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}; the system properties {@code
 * triglot.chromium} and {@code triglot.chromedriver}, or the variables {@code TRIGLOT_CHROMIUM} and
 * {@code TRIGLOT_CHROMEDRIVER}, name others), set explicitly, so Selenium Manager never runs and
 * nothing is downloaded. Without them the test fails, naming the packages: CI installs them. The
 * browser's profile, its home and temporary folders, and the driver's log lie in the folder given
 * to {@link #launch}, a test's {@code @TempDir}.
 */
public final class Browser implements AutoCloseable {
  /** How long {@link #awaitText} waits, and the page-load and script timeouts. */
  public static final Duration PATIENCE = Duration.ofSeconds(30);

  private static final List<String> ARGUMENTS =
      List.of(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--no-default-browser-check",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-extensions",
          "--disable-dev-shm-usage",
          "--mute-audio",
          "--window-size=1280,900");

  /**
   * Selenium looks for a DevTools module of Chromium's exact version at every start and warns when
   * it has none (Debian's Chromium is older than the ones Selenium brings). Nothing here uses them:
   * {@link #emulatePrintMedia} sends its command through chromedriver. Held so that the level
   * stays.
   */
  private static final Logger CDP_VERSION_FINDER =
      quiet("org.openqa.selenium.devtools.CdpVersionFinder");

  private final ChromeDriver driver;
  private final ChromeDriverService service;

  private Browser(ChromeDriver driver, ChromeDriverService service) {
    this.driver = driver;
    this.service = service;
  }

  /** The Chromium binary: {@code triglot.chromium}, {@code TRIGLOT_CHROMIUM}, /usr/bin/chromium. */
  public static Path chromium() {
    return configured("triglot.chromium", "TRIGLOT_CHROMIUM", "/usr/bin/chromium");
  }

  /** The chromedriver binary: {@code triglot.chromedriver}, {@code TRIGLOT_CHROMEDRIVER}, ... */
  public static Path chromedriver() {
    return configured("triglot.chromedriver", "TRIGLOT_CHROMEDRIVER", "/usr/bin/chromedriver");
  }

  private static Path configured(String property, String variable, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(variable);
    }
    return Path.of(value == null || value.isBlank() ? fallback : value);
  }

  /** Starts Debian's Chromium and chromedriver with everything they write under {@code dir}. */
  public static Browser launch(Path dir) throws IOException {
    return launch(dir, chromium(), chromedriver());
  }

  /** Starts the given Chromium and chromedriver with everything they write under {@code dir}. */
  public static Browser launch(Path dir, Path chromium, Path chromedriver) throws IOException {
    requireExecutable(chromium, chromedriver);
    Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
    Path home = Files.createDirectories(dir.resolve("chromium-home"));
    Path log = dir.resolve("chromedriver.log");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .withLogFile(log.toFile())
            .withEnvironment(Map.of("HOME", home.toString(), "TMPDIR", home.toString()))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(ARGUMENTS);
    options.addArguments("--user-data-dir=" + profile);
    options.setPageLoadTimeout(PATIENCE);
    options.setScriptTimeout(PATIENCE);
    try {
      return new Browser(new ChromeDriver(service, options), service);
    } catch (WebDriverException e) {
      service.stop();
      throw new AssertionError(
          "Chromium did not start ("
              + chromium
              + " through "
              + chromedriver
              + "): "
              + e.getMessage()
              + "\nchromedriver's log:\n"
              + tail(log),
          e);
    }
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  private static void requireExecutable(Path chromium, Path chromedriver) {
    StringBuilder missing = new StringBuilder();
    if (!Files.isExecutable(chromium)) {
      missing.append("Chromium at ").append(chromium);
    }
    if (!Files.isExecutable(chromedriver)) {
      missing.append(missing.length() == 0 ? "" : " and ");
      missing.append("chromedriver at ").append(chromedriver);
    }
    if (missing.length() > 0) {
      throw new AssertionError(
          "the browser tests need "
              + missing
              + ", which is not an executable file: install Debian's packages with"
              + " 'apt-get install -y chromium chromium-driver' (as .ci/run does), or name other"
              + " binaries with -Dtriglot.chromium=... and -Dtriglot.chromedriver=..."
              + " (or TRIGLOT_CHROMIUM and TRIGLOT_CHROMEDRIVER)");
    }
  }

  private static String tail(Path log) {
    try {
      String text = Files.isRegularFile(log) ? Files.readString(log) : "(none)";
      return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  /** The driver itself, for what this class does not wrap (axe-core, element lookups). */
  public WebDriver driver() {
    return driver;
  }

  /** Opens {@code url} and waits until the page has loaded. */
  public void open(URI url) {
    driver.get(url.toString());
  }

  /** The page's URL as the browser has it now. */
  public String url() {
    return driver.getCurrentUrl();
  }

  /**
   * Evaluates a JavaScript expression in the page and returns {@code String(value)}: "undefined"
   * for undefined, "null" for null.
   */
  public String evaluate(String expression) {
    return String.valueOf(script("return String(" + expression + ");"));
  }

  /** Runs a script body ({@code return ...} gives its value) with {@code arguments[i]} bound. */
  public Object script(String body, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(body, arguments);
  }

  /** The text the page shows ({@code document.body.innerText}), "" before it has a body. */
  public String bodyText() {
    return evaluate("document.body ? document.body.innerText : ''");
  }

  /** Waits up to {@link #PATIENCE} until the page shows {@code text}; fails with what it shows. */
  public void awaitText(String text) {
    try {
      new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100))
          .ignoring(WebDriverException.class)
          .until(d -> bodyText().contains(text));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "the page never showed \"" + text + "\"; it shows:\n" + bodyText(), e);
    }
  }

  /**
   * Waits up to {@link #PATIENCE} until an element matches {@code selector}; fails if none does.
   */
  public void awaitElement(String selector) {
    try {
      new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100))
          .ignoring(WebDriverException.class)
          .until(
              d ->
                  Boolean.TRUE.equals(
                      script("return !!document.querySelector(arguments[0]);", selector)));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "nothing on the page ever matched " + selector + "; it shows:\n" + bodyText(), e);
    }
  }

  /** Makes the page's CSS match {@code @media print} (and not screen), as when printing. */
  public void emulatePrintMedia() {
    emulateMedia("print");
  }

  /** Back to the default, screen media. */
  public void emulateScreenMedia() {
    emulateMedia("");
  }

  private void emulateMedia(String media) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
  }

  /**
   * The computed value of a CSS property of the first element {@code selector} matches, or of its
   * pseudo-element ({@code "::after"}; "" for the element itself); empty when nothing matches.
   */
  public Optional<String> computedStyle(String selector, String pseudo, String property) {
    Object value =
        script(
            "const e = document.querySelector(arguments[0]);"
                + " return e ? getComputedStyle(e, arguments[1] || null)"
                + ".getPropertyValue(arguments[2]) : null;",
            selector,
            pseudo,
            property);
    return Optional.ofNullable(value).map(String::valueOf);
  }

  /** Quits the browser and stops the driver. */
  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
    }
  }
}
