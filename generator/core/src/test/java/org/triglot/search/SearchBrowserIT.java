package org.triglot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.triglot.TestSite;
import org.triglot.browser.Browser;
import org.triglot.browser.StaticSite;

/**
 * The search pages of an inline site, served over HTTP and used in headless Chromium: what a reader
 * finds for English words and phrases, Chinese words, substrings, sentences and the other script,
 * what the results list holds, the query in the URL and the back button, the count read out to
 * screen readers, and the page used by keyboard alone. The browser's stemmer is checked against the
 * build's on a large vocabulary.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserIT {
  private StaticSite server;
  private Browser browser;

  private static final String SITE =
      """
      -- content/articles/sanctions/en.md --
      ---
      title: When sanctions bite
      date: 2024-03-01
      author: ann
      topics: [trade]
      ---
      The ledger of sanctioned banks grows longer every quarter. A trade war is not a policy.
      -- content/articles/sanctions/zh-Hans.md --
      ---
      title: 制裁的账本
      ---
      这是一段简单的测试文本。对俄制裁的讨论仍在继续，各国银行都在观望。
      -- content/articles/ports/en.md --
      ---
      title: Ports and trade
      date: 2024-02-01
      author: bo
      topics: [trade]
      ---
      War and trade shape the ports of the old café district.
      -- content/articles/ports/zh-Hans.md --
      ---
      title: 港口与贸易
      ---
      经济发展需要港口，也需要耐心。
      -- content/articles/hair/en.md --
      ---
      title: A note on tea
      date: 2024-01-01
      author: ann
      topics: [tea]
      ---
      Tea in a quiet cafe, and the port seen from its window.
      -- content/articles/hair/zh-Hans.md --
      ---
      title: 茶与头发
      ---
      她的头发很长，茶也很浓。
      """
          + decoys();

  /**
   * Twelve articles that hold each word pair of the phrase "banks grows longer every" (from the
   * sanctions article), but never one after another: more candidates than a page of results.
   */
  private static String decoys() {
    StringBuilder out = new StringBuilder();
    for (int i = 10; i < 22; i++) {
      out.append(
          """
          -- content/articles/river-%d/en.md --
          ---
          title: River note %d
          date: 2023-05-%d
          author: bo
          topics: [tea]
          ---
          Rivers and banks grow quietly; something grows longer later; longer every year.
          """
              .formatted(i, i, i));
    }
    return out.toString();
  }

  @BeforeAll
  void serveTheSite(@TempDir Path dir) throws Exception {
    TestSite site = TestSite.build(dir.resolve("site"), SITE);
    server = StaticSite.files(site.files());
    browser = Browser.launch(dir.resolve("browser"));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void englishWordsAreFoldedAndStemmedAndQuotedPhrasesMatchAsPhrases() {
    assertEquals(List.of("/en/articles/sanctions/"), results("en", "sanction"));
    assertEquals(List.of("/en/articles/sanctions/"), results("en", "SANCTIONING"));
    assertEquals(
        Set.of("/en/articles/ports/", "/en/articles/hair/"), Set.copyOf(results("en", "Café")));
    assertEquals(
        Set.of("/en/articles/ports/", "/en/articles/hair/"), Set.copyOf(results("en", "cafes")));
    assertEquals(
        Set.of("/en/articles/sanctions/", "/en/articles/ports/"),
        Set.copyOf(results("en", "trade war")));
    assertEquals(List.of("/en/articles/sanctions/"), results("en", "\"trade war\""));
    assertEquals(List.of("/en/articles/ports/"), results("en", "\"war and trade\""));
    assertEquals(List.of(), results("en", "\"war trade\""));
  }

  @Test
  void aLongPhraseIsDecidedByWhereItsWordPairsStandWithoutFetchingTheOtherCandidatesText() {
    assertEquals(10, results("en", "banks grows longer every").size(), "a page of them");
    assertEquals(
        "13 articles match “banks grows longer every”.",
        browser.evaluate("document.getElementById('search-status').textContent"),
        "all hold every word");
    assertEquals(List.of("/en/articles/sanctions/"), results("en", "\"banks grows longer every\""));
    List<String> fetched = fetched();
    assertEquals(
        1,
        fetched.stream().filter(url -> url.contains("/f/")).count(),
        "only the result's fragment is fetched: " + fetched);
    assertTrue(fetched.stream().anyMatch(url -> url.contains("/p/")), fetched.toString());
    assertEquals(List.of(), results("en", "\"banks grow longer every year\""));
    assertTrue(
        fetched().stream().noneMatch(url -> url.contains("/f/")),
        "the decoys that hold every pair are ruled out by where the pairs stand, unread: "
            + fetched());
  }

  /** The URLs the open page has fetched. */
  private List<String> fetched() {
    return ((List<?>)
            browser.script("return performance.getEntriesByType('resource').map(e => e.name);"))
        .stream().map(Object::toString).toList();
  }

  @Test
  void aWordInTheTitleRanksAboveTheSameWordInTheBody() {
    assertEquals(List.of("/en/articles/ports/", "/en/articles/hair/"), results("en", "ports"));
    assertEquals(
        List.of("/en/articles/hair/"), results("en", "tea cafe"), "articles with every word only");
  }

  @Test
  void chineseSubstringsSentencesAndTheOtherScriptFindTheirArticle() {
    for (String lang : List.of("zh-hans", "zh-hant")) {
      String sanctions = "/" + lang + "/articles/sanctions/";
      for (String query :
          List.of("段简", "是一段", "对俄制裁", "對俄制裁", "对俄制裁的讨论仍在继续", "對俄制裁的討論仍在繼續", "各国银行都在观望", "账本")) {
        assertEquals(List.of(sanctions), results(lang, query), lang + ": " + query);
      }
      assertEquals(List.of(), results(lang, "段落"), lang);
    }
  }

  @Test
  void theTwoCharactersThatSimplifiedWritesAsOneDoNotCollide() {
    for (String lang : List.of("zh-hans", "zh-hant")) {
      String hair = "/" + lang + "/articles/hair/";
      String ports = "/" + lang + "/articles/ports/";
      assertEquals(List.of(hair), results(lang, "头发"), lang);
      assertEquals(List.of(hair), results(lang, "頭髮"), lang);
      assertEquals(List.of(ports), results(lang, "发展"), lang);
      assertEquals(List.of(ports), results(lang, "發展"), lang);
      assertEquals(List.of(), results(lang, "頭發"), lang + ": 頭發 is no word of either text");
    }
  }

  @Test
  void theResultsListLinksTitlesMarksMatchesAndSaysHowManyThereAre() {
    browser.open(server.page("en/search/?q=sanctioned+banks"));
    browser.awaitText("1 article matches “sanctioned banks”.");
    WebElement status = browser.driver().findElement(By.id("search-status"));
    assertEquals("polite", status.getAttribute("aria-live"));
    assertEquals("status", status.getAttribute("role"));
    List<WebElement> items =
        browser.driver().findElements(By.cssSelector("ol.search-results > li"));
    assertEquals(1, items.size());
    WebElement item = items.get(0);
    List<WebElement> links = item.findElements(By.tagName("a"));
    assertEquals(1, links.size(), "one link per result");
    assertEquals(
        server.page("en/articles/sanctions/").toString(), links.get(0).getAttribute("href"));
    assertEquals("When sanctions bite", links.get(0).getText());
    assertTrue(item.getText().contains("Ann Lee"), item.getText());
    assertTrue(item.getText().contains("2024"), item.getText());
    List<String> marked =
        item.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
    assertTrue(marked.containsAll(List.of("sanctioned", "banks", "sanctions")), marked.toString());
    assertEquals("sanctioned banks", browser.evaluate("document.getElementById('search-q').value"));

    for (Object url :
        (List<?>)
            browser.script(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".concat([location.href]);")) {
      assertTrue(
          url.toString().startsWith(server.address().toString()),
          url + " is loaded from another host");
    }

    browser.open(server.page("zh-hant/search/?q=" + encode("對俄制裁")));
    browser.awaitText("共有 1 篇文章與「對俄制裁」相符。");
    WebElement chinese =
        browser.driver().findElement(By.cssSelector("ol.search-results > li .search-snippet"));
    assertEquals(
        List.of("對俄制裁"),
        chinese.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList(),
        "the matched characters are marked as the page writes them");
  }

  @Test
  void theQueryIsInTheUrlAndTheBackButtonReturnsToTheLastSearch() {
    browser.open(server.page("en/articles/ports/"));
    WebElement header = browser.driver().findElement(By.id("site-search-q"));
    header.sendKeys("tea", Keys.ENTER);
    awaitResults(List.of("/en/articles/hair/"));
    assertEquals(server.page("en/search/?q=tea").toString(), browser.url());

    WebElement input = browser.driver().findElement(By.id("search-q"));
    input.clear();
    input.sendKeys("ledger", Keys.ENTER);
    awaitResults(List.of("/en/articles/sanctions/"));
    assertEquals(server.page("en/search/?q=ledger").toString(), browser.url());

    browser.driver().navigate().back();
    awaitResults(List.of("/en/articles/hair/"));
    assertEquals("tea", browser.evaluate("document.getElementById('search-q').value"));
  }

  @Test
  void theSearchPageWorksByKeyboardAlone() {
    browser.open(server.page("en/search/"));
    Actions keys = new Actions(browser.driver());
    for (int i = 0; i < 40 && !"search-q".equals(activeId()); i++) {
      keys.sendKeys(Keys.TAB).perform();
    }
    assertEquals("search-q", activeId(), "Tab reaches the search field");
    keys.sendKeys("ports").sendKeys(Keys.ENTER).perform();
    awaitResults(List.of("/en/articles/ports/", "/en/articles/hair/"));
    for (int i = 0; i < 10 && !activeHref().contains("/articles/"); i++) {
      keys.sendKeys(Keys.TAB).perform();
    }
    assertEquals(server.page("en/articles/ports/").toString(), activeHref());
    keys.sendKeys(Keys.ENTER).perform();
    new WebDriverWait(browser.driver(), Browser.PATIENCE)
        .until(d -> d.getCurrentUrl().endsWith("/en/articles/ports/"));
  }

  @Test
  void theBrowsersStemmerGivesTheBuildsStemForEveryWord() {
    List<String> words = vocabulary();
    browser.open(server.page("en/search/"));
    new WebDriverWait(browser.driver(), Browser.PATIENCE)
        .until(d -> browser.evaluate("typeof TriglotStem").equals("object"));
    List<?> inBrowser =
        (List<?>) browser.script("return arguments[0].map(w => TriglotStem.stem(w));", words);
    EnglishStemmer stemmer = new EnglishStemmer();
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      stemmer.setCurrent(words.get(i));
      stemmer.stem();
      if (!stemmer.getCurrent().equals(inBrowser.get(i))) {
        differ.add(words.get(i) + ": " + stemmer.getCurrent() + " at build, " + inBrowser.get(i));
      }
    }
    assertTrue(
        differ.isEmpty(),
        differ.size() + " words differ: " + differ.subList(0, Math.min(20, differ.size())));
  }

  /**
   * Words that reach every step of the stemmer: stems of letters (y among them, as vowel and as
   * consonant), the special prefixes, apostrophes, letters beyond a-z, and every suffix the steps
   * know, one or two of them, and the words the algorithm treats as exceptions.
   */
  private static List<String> vocabulary() {
    List<String> prefixes =
        List.of("", "", "", "gener", "commun", "arsen", "y", "'", "a", "e", "o", "u");
    List<String> suffixes =
        List.of(
            "s", "es", "ies", "ied", "ed", "eed", "eedly", "ing", "ingly", "edly", "ly", "li", "y",
            "ational", "tional", "ization", "ation", "ator", "alism", "aliti", "alli", "fulness",
            "ousness", "iveness", "biliti", "bli", "ogi", "fulli", "lessli", "ousli", "entli",
            "enci", "anci", "abli", "izer", "icate", "ative", "alize", "iciti", "ical", "ful",
            "ness", "ic", "ance", "ence", "able", "ible", "ate", "ive", "ize", "iti", "al", "ism",
            "ion", "sion", "tion", "er", "ous", "ant", "ent", "ment", "ement", "e", "l", "ll", "'s",
            "'s'", "'", "sses", "ss", "us", "at", "bl", "iz", "bb", "dd", "tt", "yy", "ay");
    String letters = "aeiouybcdfghlmnprstvwxzé1ß";
    Set<String> words =
        new LinkedHashSet<>(
            List.of(
                "skis",
                "skies",
                "dying",
                "lying",
                "tying",
                "idly",
                "gently",
                "ugly",
                "early",
                "only",
                "singly",
                "sky",
                "news",
                "howe",
                "atlas",
                "cosmos",
                "bias",
                "andes",
                "inning",
                "innings",
                "outing",
                "canning",
                "herring",
                "earring",
                "proceed",
                "exceed",
                "succeeding",
                "generously",
                "communism",
                "arsenal",
                "sanctioned",
                "nationalization",
                "hopping",
                "hoping",
                "a",
                "is",
                "by",
                "yes",
                "ayyy"));
    Random random = new Random(20261204L);
    while (words.size() < 30_000) {
      StringBuilder word = new StringBuilder(prefixes.get(random.nextInt(prefixes.size())));
      for (int n = random.nextInt(7); n > 0; n--) {
        word.append(letters.charAt(random.nextInt(letters.length())));
      }
      word.append(suffixes.get(random.nextInt(suffixes.size())));
      if (random.nextInt(3) == 0) {
        word.append(suffixes.get(random.nextInt(suffixes.size())));
      }
      words.add(word.toString());
    }
    return List.copyOf(words);
  }

  /** The article paths the search page of {@code lang} lists for {@code query}, in order. */
  private List<String> results(String lang, String query) {
    browser.open(server.page(lang + "/search/?q=" + encode(query)));
    new WebDriverWait(browser.driver(), Browser.PATIENCE)
        .until(
            d ->
                !browser.evaluate("document.getElementById('search-status').textContent").isEmpty()
                    && !browser
                        .evaluate("document.getElementById('search-status').textContent")
                        .endsWith("…"));
    List<String> paths = new ArrayList<>();
    for (WebElement link :
        browser.driver().findElements(By.cssSelector("ol.search-results > li a"))) {
      paths.add(URI.create(link.getAttribute("href")).getPath());
    }
    return paths;
  }

  private void awaitResults(List<String> expected) {
    List<String> seen = new ArrayList<>();
    try {
      new WebDriverWait(browser.driver(), Browser.PATIENCE, Duration.ofMillis(100))
          .until(
              d -> {
                seen.clear();
                for (WebElement link : d.findElements(By.cssSelector("ol.search-results > li a"))) {
                  seen.add(URI.create(link.getAttribute("href")).getPath());
                }
                return seen.equals(expected);
              });
    } catch (TimeoutException e) {
      throw new AssertionError("expected results " + expected + ", the page lists " + seen, e);
    }
  }

  private String activeId() {
    return browser.evaluate("document.activeElement ? document.activeElement.id : ''");
  }

  private String activeHref() {
    return browser.evaluate("document.activeElement && document.activeElement.href || ''");
  }

  private static String encode(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }
}
