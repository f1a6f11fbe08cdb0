package org.triglot.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.triglot.TestSite;
import org.triglot.lang.Script;
import org.triglot.lang.SearchFold;

/** The search index: its terms, its scores, its shards and the files a built site holds. */
class SearchIndexTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    SearchText.terms(text, new EnglishStemmer(), out::add);
    return out;
  }

  @Test
  void wordsAreFoldedStemmedAndStopWordsDropped() {
    assertEquals(
        List.of("nation", "cafe", "polici", "nation"),
        terms("The Nations’ café policies, and the NATIONAL"));
    assertEquals(List.of("2024", "arctic", "except"), terms("2024: an Arctic exception"));
  }

  @Test
  void chineseRunsArePairsOfCharactersAndALoneCharacterIsItself() {
    assertEquals(List.of("对俄", "俄制", "制裁", "茶"), terms("对俄制裁。茶"));
    assertEquals(List.of("制裁", "eu", "sanction", "茶叶"), terms("制裁EU sanctions茶叶"));
  }

  @Test
  void foldingKeepsPhrasesApartAndGivesCandidatesTheirKey() {
    SearchFold fold = SearchFold.get();
    assertEquals("頭髮和發展", fold.indexForm("头发和发展", Script.HANS));
    assertEquals("裏面", fold.indexForm("裡面", Script.HANT));
    String candidates = fold.candidates().get("发");
    assertTrue(candidates.contains("發") && candidates.contains("髮"), candidates);
    assertFalse(fold.candidates().containsKey("發"), "a Traditional character is itself");
    assertEquals("发", fold.key("發"));
    assertEquals("发", fold.key("髮"));
    assertEquals(fold.key("裏"), fold.key("裡"));
    assertEquals("english", fold.key("english"));
  }

  @Test
  void postingsRoundTripAndShardsHashAsTheBrowserDoes() {
    StringBuilder list = new StringBuilder();
    PostingCodec.append(list, 1, 5);
    PostingCodec.append(list, 31, 63);
    PostingCodec.append(list, 32, 0);
    PostingCodec.append(list, 40_000, 7);
    assertArrayEquals(
        new int[] {0, 5, 31, 63, 63, 0, 40_063, 7}, PostingCodec.decode(list.toString()));
    // FNV-1a 32 of "a" is 0xe40c292c (the published test vector).
    assertEquals(Integer.remainderUnsigned(0xe40c292c, 1000), SearchIndex.shardOf("a", 1000));
  }

  private static SearchIndex.Document doc(String title, String body) {
    return new SearchIndex.Document(
        "/" + title + "/", title, "", "", "", body, title, "", "", body, Script.LATIN);
  }

  private static Map<Integer, Integer> postings(SearchIndex index, String term) throws Exception {
    for (int s = 0; s < index.shardCount(); s++) {
      JsonNode shard = JSON.readTree(index.shard(s));
      if (shard.has(term)) {
        assertEquals(SearchIndex.shardOf(term, index.shardCount()), s, term + " in its shard");
        int[] pairs = PostingCodec.decode(shard.get(term).asText());
        Map<Integer, Integer> out = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
          out.put(pairs[i], pairs[i + 1]);
        }
        return out;
      }
    }
    return Map.of();
  }

  @Test
  void aTitleWeighsMoreThanTheBodyAndRareTermsMoreThanCommonOnes() throws Exception {
    List<SearchIndex.Document> docs = new ArrayList<>();
    docs.add(doc("Tariffs", "Some words on trade and ports."));
    docs.add(doc("Ports", "Tariffs once, in passing, with trade and ports."));
    for (int i = 0; i < 20; i++) {
      docs.add(doc("Note " + i, "Trade news number " + i + "."));
    }
    SearchIndex index = SearchIndex.build(docs, false);
    Map<Integer, Integer> tariff = postings(index, "tariff");
    assertEquals(Map.of(0, tariff.get(0), 1, tariff.get(1)), tariff);
    assertTrue(tariff.get(0) > tariff.get(1), "title above body: " + tariff);
    Map<Integer, Integer> trade = postings(index, "trade");
    assertEquals(22, trade.size());
    assertTrue(trade.get(1) < tariff.get(1), "a term in every document scores less");
    assertEquals(22, index.documentCount());
    JsonNode fragment = JSON.readTree(index.fragment(1));
    assertEquals("/Ports/", fragment.get("url").asText());
    assertEquals("Tariffs once, in passing, with trade and ports.", fragment.get("text").asText());
  }

  private static int[][] positions(SearchIndex index, String pair) throws Exception {
    for (int s = 0; s < index.positionShardCount(); s++) {
      JsonNode shard = JSON.readTree(index.positionShard(s));
      if (shard.has(pair)) {
        assertEquals(SearchIndex.shardOf(pair, index.positionShardCount()), s, pair + " shard");
        return PostingCodec.decodePositions(shard.get(pair).asText());
      }
    }
    return new int[0][];
  }

  @Test
  void wordPairsKnowWhereTheyStandCountingEveryFieldsTermsAndNoPairSpansTwoFields()
      throws Exception {
    List<SearchIndex.Document> docs = new ArrayList<>();
    // Terms: title "trade war" (0, 1); body "trade war" again (2, 3) then "on ports" (4 ports;
    // "on" is a stop word) and "trade war" (5, 6).
    docs.add(doc("Trade war", "Trade war on ports, trade war."));
    docs.add(doc("Ports", "No war trade here."));
    // Title ends with "war", body starts with "ports": not a pair.
    docs.add(doc("War", "Ports of call, 茶 then trade war."));
    SearchIndex index = SearchIndex.build(docs, false);
    assertEquals(
        List.of(0, 2), List.copyOf(new java.util.TreeSet<>(postings(index, "trade war").keySet())));
    int[][] tradeWar = positions(index, "trade war");
    assertEquals(2, tradeWar.length, "one entry per document of the posting list, in order");
    assertArrayEquals(new int[] {0, 2, 5}, tradeWar[0]);
    // Doc 2: war (0) | port (1) call (2) 茶 (3) trade (4) war (5).
    assertArrayEquals(new int[] {4}, tradeWar[1]);
    // Doc 1: port (0) | war (1) trade (2) here (3).
    assertArrayEquals(new int[][] {{1}}, positions(index, "war trade"));
    // "war on ports" in doc 0's body is a pair; doc 2's title "War" and body "Ports" are not.
    assertEquals(Map.of(0, postings(index, "war port").get(0)), postings(index, "war port"));
    assertArrayEquals(new int[][] {{3}}, positions(index, "war port"));
    assertEquals(0, positions(index, "茶 trade").length, "no pair across a Chinese run");
    int[][] big = PostingCodec.decodePositions(positionsOf(new int[] {0, 31, 32, 40_000}));
    assertArrayEquals(new int[][] {{0, 31, 32, 40_000}}, big);
  }

  @Test
  void aCommonPairsPositionsAreAFileOfTheirOwnThatItsShardPointsTo() throws Exception {
    List<SearchIndex.Document> docs = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      docs.add(doc("Note " + i, "trade war ".repeat(20) + "harbour tolls"));
    }
    SearchIndex index = SearchIndex.build(docs, false);
    // war trade: 600 documents of 20 characters (a count, 19 one-digit gaps) is LONG_POSITIONS
    // exactly, so it stays in its shard; trade war (one more position each) is longer.
    assertEquals(1, index.longPositionCount(), "only trade war's list is long");
    assertEquals(600, positions(index, "war trade").length);
    assertArrayEquals(new int[] {42}, positions(index, "harbour toll")[599]);
    String pointer = "";
    for (int s = 0; s < index.positionShardCount(); s++) {
      JsonNode shard = JSON.readTree(index.positionShard(s));
      if (shard.has("trade war")) {
        pointer = shard.get("trade war").asText();
      }
    }
    String list = JSON.readTree(index.longPositions(0)).asText();
    assertTrue(list.length() > SearchIndex.LONG_POSITIONS, "long: " + list.length());
    assertEquals("@0:" + list.length(), pointer);
    int[][] positions = PostingCodec.decodePositions(list);
    assertEquals(600, positions.length);
    // Title "Note i": note (0), i (1); body: trade (2) war (3) trade (4) ... war (41).
    int[] expected = IntStream.range(0, 20).map(k -> 2 + 2 * k).toArray();
    assertArrayEquals(expected, positions[0]);
    assertArrayEquals(expected, positions[599]);
  }

  private static String positionsOf(int[] values) {
    SearchIndex.IntList list = new SearchIndex.IntList();
    for (int v : values) {
      list.add(v);
    }
    StringBuilder out = new StringBuilder();
    PostingCodec.appendPositions(out, list);
    return out.toString();
  }

  @Test
  void theSameInputGivesTheSameIndexAndAnotherTextAnother() {
    List<SearchIndex.Document> docs = List.of(doc("A", "alpha beta"), doc("B", "beta gamma"));
    SearchIndex one = SearchIndex.build(docs, false);
    SearchIndex two = SearchIndex.build(docs, false);
    assertEquals(one.version(), two.version());
    assertEquals(one.shard(0), two.shard(0));
    assertNotEquals(
        one.version(),
        SearchIndex.build(List.of(doc("A", "alpha beta"), doc("B", "beta delta")), false)
            .version());
  }

  @Test
  void sitesBuiltTogetherGetTheIndexesTheyGetAlone() {
    // Two folded sites, as both Chinese sites are, share two documents' index text (as they do
    // for a derived edition), one of them at another id; they differ in a third and in what
    // results show, and the second has one document more.
    List<SearchIndex.Document> first =
        List.of(
            doc("Ports", "ports grow busier every year"),
            doc("Tariffs", "tariffs and ports and trade"),
            doc("Rivers", "rivers carry trade inland"));
    List<SearchIndex.Document> second =
        List.of(
            doc("Canals", "canals carry trade between rivers"),
            shown(first.get(0), "/other/ports/"),
            shown(first.get(2), "/other/rivers/"),
            doc("Ports again", "ports grow busier every year, and every port grows"));
    List<SearchIndex> together =
        SearchIndex.build(
            List.of(new SearchIndex.Input(first, true), new SearchIndex.Input(second, true)));
    assertEquals(2, together.size());
    assertSameIndex(SearchIndex.build(first, true), together.get(0));
    assertSameIndex(SearchIndex.build(second, true), together.get(1));
    assertNotEquals(together.get(0).version(), together.get(1).version());
  }

  /** {@code d} as another site shows it: another link, the same text indexed. */
  private static SearchIndex.Document shown(SearchIndex.Document d, String url) {
    return new SearchIndex.Document(
        url,
        d.title(),
        d.date(),
        d.authors(),
        d.summary(),
        d.text(),
        d.indexTitle(),
        d.indexSummary(),
        d.byline(),
        d.indexBody(),
        d.indexScript());
  }

  private static void assertSameIndex(SearchIndex alone, SearchIndex together) {
    assertEquals(alone.version(), together.version());
    assertEquals(alone.shardCount(), together.shardCount());
    for (int s = 0; s < alone.shardCount(); s++) {
      assertEquals(alone.shard(s), together.shard(s));
    }
    assertEquals(alone.positionShardCount(), together.positionShardCount());
    for (int s = 0; s < alone.positionShardCount(); s++) {
      assertEquals(alone.positionShard(s), together.positionShard(s));
    }
    assertEquals(alone.longPositionCount(), together.longPositionCount());
    assertEquals(alone.documentCount(), together.documentCount());
    for (int d = 0; d < alone.documentCount(); d++) {
      assertEquals(alone.fragment(d), together.fragment(d));
    }
  }

  @Test
  void bothChineseSitesIndexTheSameWordsAndEverySiteHasItsSearchPage() throws Exception {
    TestSite site =
        TestSite.build(
            dir,
            """
            -- content/articles/hair/zh-Hans.md --
            ---
            title: 头发与发展
            date: 2024-03-01
            author: ann
            ---
            对俄制裁的讨论仍在继续。
            -- content/articles/hair/en.md --
            ---
            title: Hair and growth
            ---
            Sanctions are debated.
            """);
    Map<String, String> hans = shardTerms(site, "zh-hans");
    Map<String, String> hant = shardTerms(site, "zh-hant");
    assertEquals(hans, hant, "the derived site indexes its source's words");
    assertTrue(hans.containsKey("頭髮") && hans.containsKey("發展"), hans.keySet().toString());
    assertTrue(hans.containsKey("討論") && hans.containsKey("繼續"), hans.keySet().toString());
    assertFalse(hans.containsKey("头发"), "indexed in the folded form");
    assertTrue(shardTerms(site, "en").containsKey("sanction"));

    for (String lang : List.of("en", "zh-hans", "zh-hant")) {
      var page = Jsoup.parse(site.file(lang + "/search/index.html"));
      JsonNode config = JSON.readTree(page.getElementById("search-config").data());
      assertTrue(config.get("index").asText().startsWith("/" + lang + "/search/"));
      assertEquals(1, config.get("documents").asInt());
      assertEquals(lang.equals("en"), config.get("fold").asText().isEmpty());
      assertEquals("polite", page.getElementById("search-status").attr("aria-live"));
      assertEquals(1, page.select("ol.search-results").size());
      assertEquals(1, page.select("noscript a[href=/" + lang + "/archive/]").size());
      assertEquals("noindex", page.select("meta[name=robots]").attr("content"));
      var home = Jsoup.parse(site.file(lang + "/index.html"));
      var form = home.selectFirst("form[role=search]");
      assertEquals("/" + lang + "/search/", form.attr("action"));
      assertEquals("q", form.selectFirst("input").attr("name"));
      assertEquals(form.selectFirst("input").id(), form.selectFirst("label").attr("for"));
    }
    JsonNode fragment =
        JSON.readTree(file(site, "zh-hant", "f/0.json").getBytes(StandardCharsets.UTF_8));
    assertEquals("/zh-hant/articles/hair/", fragment.get("url").asText());
    assertEquals("頭髮與發展", fragment.get("title").asText());
  }

  private static String file(TestSite site, String lang, String name) {
    String prefix = lang + "/search/";
    return site.files().keySet().stream()
        .filter(p -> p.startsWith(prefix) && p.endsWith("/" + name))
        .findFirst()
        .map(site::file)
        .orElseThrow(() -> new AssertionError("no " + prefix + "*/" + name));
  }

  private static Map<String, String> shardTerms(TestSite site, String lang) throws Exception {
    Map<String, String> terms = new HashMap<>();
    String prefix = lang + "/search/";
    for (String path : site.files().keySet()) {
      if (path.startsWith(prefix) && path.contains("/t/")) {
        JSON.readTree(site.file(path)).fields().forEachRemaining(e -> terms.put(e.getKey(), ""));
      }
    }
    return terms;
  }
}
