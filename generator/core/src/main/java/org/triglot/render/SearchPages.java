package org.triglot.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.triglot.cache.Memo;
import org.triglot.derive.Edition;
import org.triglot.derive.LocalizedArticle;
import org.triglot.lang.Language;
import org.triglot.lang.Messages;
import org.triglot.lang.SearchFold;
import org.triglot.search.SearchIndex;
import org.triglot.search.SearchText;

/**
 * The search page of every language ({@code /<lang>/search/}, a query in {@code ?q=}) and the files
 * of its index under {@code /<lang>/search/<digest>/}: shards {@code t/N.json}, the word pairs'
 * positions {@code p/N.json} (the longest lists in {@code l/K.json}), and one fragment {@code
 * f/N.json} a document; for Chinese sites the script fold's tables as an asset. The index is built
 * here, in the render phase, from the editions and listing data the build already has.
 */
final class SearchPages {
  /** Plural categories the page may ask a result count for (Intl.PluralRules). */
  private static final List<String> PLURALS = List.of("zero", "one", "two", "few", "many", "other");

  private final RenderContext context;
  private final Memo<SearchIndex.Input, SearchIndex.Files> remembered;

  /** {@code remembered}: the index files of earlier builds, by what they were built from. */
  SearchPages(RenderContext context, Memo<SearchIndex.Input, SearchIndex.Files> remembered) {
    this.context = context;
    this.remembered = remembered;
  }

  List<PageSpec> specs() {
    List<PageSpec> specs = new ArrayList<>();
    Map<Language, String> searchPaths = new LinkedHashMap<>();
    context.languages.all().forEach(l -> searchPaths.put(l, context.paths.search(l)));
    PageVersions versions = PageVersions.of(context.languages, searchPaths);
    String foldHref = "";
    if (context.languages.all().stream().anyMatch(SearchFold::folds)) {
      byte[] fold = foldTables();
      String name = Assets.fingerprinted("search-fold.json", fold);
      specs.add(PageSpec.plain(context.paths.asset(name), () -> fold));
      foldHref = context.paths.href(context.paths.asset(name));
    }
    List<Language> languages = context.languages.all();
    List<SearchIndex> indexes =
        SearchIndex.build(
            languages.stream()
                .map(l -> new SearchIndex.Input(documents(l), SearchFold.folds(l)))
                .toList(),
            remembered);
    for (int i = 0; i < languages.size(); i++) {
      Language language = languages.get(i);
      boolean folds = SearchFold.folds(language);
      SearchIndex index = indexes.get(i);
      String folder = context.paths.searchIndex(language, index.version());
      files(specs, folder + "t/", index.shardCount(), n -> utf8(index.shard(n)));
      files(specs, folder + "p/", index.positionShardCount(), n -> utf8(index.positionShard(n)));
      files(specs, folder + "l/", index.longPositionCount(), n -> utf8(index.longPositions(n)));
      files(specs, folder + "f/", index.documentCount(), index::fragmentBytes);
      String config = config(language, context.paths.href(folder), index, folds ? foldHref : "");
      specs.add(
          PageSpec.plain(
              versions.path(language),
              () -> {
                Messages messages = context.messages(language);
                Map<String, Object> model = new LinkedHashMap<>();
                model.put(
                    "page",
                    context.chrome(
                        language, messages.get("search.heading"), "", versions, "search", true));
                model.put(
                    "search",
                    new Views.SearchView(
                        config,
                        context.assets.href("search-stem.js"),
                        context.assets.href("search.js"),
                        context.paths.href(context.paths.archive(language))));
                return context.html("search.ftlh", model, language);
              }));
    }
    return specs;
  }

  /**
   * Adds the files {@code folder}0.json to {@code folder}(count - 1).json, made by {@code json}.
   */
  private static void files(
      List<PageSpec> specs, String folder, int count, java.util.function.IntFunction<byte[]> json) {
    for (int n = 0; n < count; n++) {
      int file = n;
      specs.add(PageSpec.plain(folder + n + ".json", () -> json.apply(file)));
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The articles of a language's site, newest first: what results show and what is indexed. */
  private List<SearchIndex.Document> documents(Language language) {
    List<SearchIndex.Document> documents = new ArrayList<>();
    for (LocalizedArticle article : context.publication.articlesIn(language)) {
      Edition edition = article.edition(language);
      Edition indexed = edition;
      if (edition.isDerived() && article.has(edition.source().language())) {
        indexed = article.edition(edition.source().language());
      }
      Views.ArticleItem item = context.item(article, language);
      String authors =
          String.join(
              context.messages(language).get("list.separator"),
              item.authors().stream().map(Views.AuthorLink::name).toList());
      documents.add(
          new SearchIndex.Document(
              item.href(),
              edition.title(),
              item.dateText(),
              authors,
              edition.summary(),
              edition.body().plainText(),
              indexed.title(),
              indexed.summary(),
              authors,
              indexed.body().plainText(),
              indexed.language().script()));
    }
    return documents;
  }

  /** What assets/search.js needs to know of the index and the page's strings. */
  private String config(Language language, String base, SearchIndex index, String fold) {
    Messages messages = context.messages(language);
    return Previews.json(
        g -> {
          g.writeStartObject();
          g.writeStringField("lang", context.paths.lang(language));
          g.writeStringField("index", base);
          g.writeNumberField("shards", index.shardCount());
          g.writeNumberField("positionShards", index.positionShardCount());
          g.writeNumberField("documents", index.documentCount());
          g.writeStringField("fold", fold);
          g.writeArrayFieldStart("stopWords");
          for (String word : SearchText.STOP_WORDS) {
            g.writeString(word);
          }
          g.writeEndArray();
          g.writeObjectFieldStart("strings");
          for (String key :
              List.of("search.searching", "search.none", "search.tooShort", "search.failed")) {
            g.writeStringField(key.substring("search.".length()), placeholders(messages, key));
          }
          g.writeObjectFieldStart("count");
          for (String category : PLURALS) {
            String key = "search.count." + category;
            if (messages.has(key)) {
              g.writeStringField(category, placeholders(messages, key));
            }
          }
          g.writeEndObject();
          g.writeStringField("more", messages.get("search.more"));
          g.writeEndObject();
          g.writeEndObject();
        });
  }

  /** A UI string with its {count} and {query} left for the page to fill in. */
  private static String placeholders(Messages messages, String key) {
    return messages.format(key, Map.of("count", "{count}", "query", "{query}"));
  }

  private static byte[] foldTables() {
    SearchFold fold = SearchFold.get();
    return Previews.json(
            g -> {
              g.writeStartObject();
              for (Map.Entry<String, Map<String, String>> table :
                  Map.of("candidates", fold.candidates(), "keys", fold.keys()).entrySet().stream()
                      .sorted(Map.Entry.comparingByKey())
                      .toList()) {
                g.writeObjectFieldStart(table.getKey());
                for (Map.Entry<String, String> e : new TreeMap<>(table.getValue()).entrySet()) {
                  g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
              }
              g.writeEndObject();
            })
        .getBytes(StandardCharsets.UTF_8);
  }
}
