package org.triglot.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.triglot.cache.Memo;
import org.triglot.lang.Script;
import org.triglot.lang.SearchFold;

/**
 * The search index of one language's site, built from the editions the build already holds (no HTML
 * is parsed again): an inverted index of {@link SearchText} terms and of the pairs of words that
 * follow each other in a field ("trade war", for quoted phrases), each posting carrying the
 * document's BM25F score for the term (title and summary weighted above the body), split into
 * shards by a hash of the term's {@linkplain SearchFold#key key}, so a query downloads the shards
 * of its own terms only; the positions of the word pairs in each document, in shards of their own
 * that only a quoted phrase of three words or more fetches (its pairs must follow each other); and
 * one small fragment per document (its link, title, date, authors and text) for the results and
 * their snippets.
 *
 * <p>See docs/search.md for the files and how the browser reads them.
 */
public final class SearchIndex {
  /** Weights of the fields in a term's frequency (BM25F). */
  static final int TITLE = 3;

  static final int SUMMARY = 2;
  static final int BYLINE = 2;
  static final int BODY = 1;

  private static final double K1 = 1.2;
  private static final double B = 0.75;

  /** Points per unit of BM25 score in a posting's score character; 63 is the most. */
  static final double SCORE_SCALE = 3.0;

  /** About how many characters of posting lists a shard holds. */
  static final int SHARD_CHARACTERS = 24_000;

  /**
   * A pair's positions longer than this (characters) are a file of their own, so that a common pair
   * does not make its shard heavy for the rarer pairs that share it.
   */
  static final int LONG_POSITIONS = SHARD_CHARACTERS / 2;

  /** The longest text of a document kept in its fragment (snippets, phrase checks). */
  static final int FRAGMENT_TEXT = 20_000;

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /**
   * One article edition to index: what results show ({@code url} to {@code text}) and what is
   * indexed ({@code indexTitle} to {@code indexBody}, written in {@code indexScript}: for a derived
   * edition, its source's text, so that both Chinese sites index the same words).
   */
  public record Document(
      String url,
      String title,
      String date,
      String authors,
      String summary,
      String text,
      String indexTitle,
      String indexSummary,
      String byline,
      String indexBody,
      Script indexScript) {
    /** Every field, in order, the script by its name: all that the index is built from. */
    public List<String> fields() {
      return List.of(
          url,
          title,
          date,
          authors,
          summary,
          text,
          indexTitle,
          indexSummary,
          byline,
          indexBody,
          indexScript.name());
    }
  }

  /**
   * What an index holds besides its documents: the version that names its folder, and the text of
   * its shards, position shards and long position lists. It is a function of the {@link Input}
   * alone, so a build may keep it for the next one.
   */
  public record Files(
      String version,
      List<String> shards,
      List<String> positionShards,
      List<String> longPositions) {
    public Files {
      shards = List.copyOf(shards);
      positionShards = List.copyOf(positionShards);
      longPositions = List.copyOf(longPositions);
    }
  }

  private final List<Document> documents;
  private final Files files;

  private SearchIndex(List<Document> documents, Files files) {
    this.documents = List.copyOf(documents);
    this.files = files;
  }

  /** The version and the text of the files, without the documents' fragments. */
  public Files files() {
    return files;
  }

  /**
   * One term of one document: its weighted frequency and, for a word pair, where it stands (the
   * position of its first word, counting the terms of all fields in order), encoded as in a
   * position shard ({@link PostingCodec#appendPositions}) once the document is cut.
   */
  private static final class Occurrences {
    int frequency;
    IntList positions;
    String encoded;
  }

  /** A term over all documents: its (id, frequency) pairs and, for a word pair, its positions. */
  private static final class Postings {
    final IntList documents = new IntList();
    StringBuilder positions;
  }

  /** How many documents of each site are cut into terms at once (in parallel) before merging. */
  private static final int BATCH = 256;

  /** The documents of one language's site, and whether its Chinese text is folded to one script. */
  public record Input(List<Document> documents, boolean fold) {}

  /**
   * What a document's terms are made of. Both Chinese sites index a derived edition by its source's
   * text, so most of their documents have equal keys and are cut into terms once for both.
   */
  private record TermsKey(
      String title, String summary, String byline, String body, Script script, boolean fold) {
    TermsKey(Document d, boolean fold) {
      this(d.indexTitle(), d.indexSummary(), d.byline(), d.indexBody(), d.indexScript(), fold);
    }
  }

  /** Builds the index of {@code documents} (ids are their positions); {@code fold}: Chinese. */
  public static SearchIndex build(List<Document> documents, boolean fold) {
    return build(List.of(new Input(documents, fold))).get(0);
  }

  /**
   * As {@link #build(List)}, taking the files of an input {@code remembered} has from it, and
   * building only the others (together).
   */
  public static List<SearchIndex> build(List<Input> inputs, Memo<Input, Files> remembered) {
    List<Files> files =
        remembered.getAll(
            inputs, missing -> build(missing).stream().map(SearchIndex::files).toList());
    List<SearchIndex> indexes = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      indexes.add(new SearchIndex(inputs.get(i).documents(), files.get(i)));
    }
    return indexes;
  }

  /**
   * Builds the index of each input, in order, as {@link #build(List, boolean)} would one by one; a
   * document whose terms are made of the same text as another's in the same batch of {@link #BATCH}
   * ids, in this or another input, is cut into terms once (the sites list an article's editions in
   * the same order, so the two Chinese editions of an article usually share their batch).
   */
  public static List<SearchIndex> build(List<Input> inputs) {
    List<Merge> merges = inputs.stream().map(Merge::new).toList();
    int longest = inputs.stream().mapToInt(i -> i.documents().size()).max().orElse(0);
    SearchText.Words words = new SearchText.Words();
    for (int from = 0; from < longest; from += BATCH) {
      int to = from + BATCH;
      Map<TermsKey, Integer> slots = new HashMap<>();
      List<TermsKey> keys = new ArrayList<>();
      int[][] slotOf = new int[inputs.size()][];
      for (int i = 0; i < inputs.size(); i++) {
        Input input = inputs.get(i);
        int end = Math.min(to, input.documents().size());
        slotOf[i] = new int[Math.max(0, end - from)];
        for (int id = from; id < end; id++) {
          TermsKey key = new TermsKey(input.documents().get(id), input.fold());
          slotOf[i][id - from] =
              slots.computeIfAbsent(
                  key,
                  k -> {
                    keys.add(k);
                    return keys.size() - 1;
                  });
        }
      }
      List<Map<String, Occurrences>> batch =
          IntStream.range(0, keys.size())
              .parallel()
              .mapToObj(s -> terms(keys.get(s), words))
              .toList();
      for (int i = 0; i < inputs.size(); i++) {
        for (int k = 0; k < slotOf[i].length; k++) {
          merges.get(i).add(from + k, batch.get(slotOf[i][k]));
        }
      }
    }
    return merges.stream().map(Merge::finish).toList();
  }

  /** One input's postings as its documents' terms are merged in, in id order. */
  private static final class Merge {
    final List<Document> documents;
    final boolean fold;
    final int[] lengths;
    final Map<String, Postings> postings = new HashMap<>();
    final MessageDigest digest = sha256();

    Merge(Input input) {
      this.documents = input.documents();
      this.fold = input.fold();
      this.lengths = new int[documents.size()];
    }

    void add(int id, Map<String, Occurrences> terms) {
      int length = 0;
      for (Map.Entry<String, Occurrences> e : terms.entrySet()) {
        Occurrences o = e.getValue();
        Postings p = postings.computeIfAbsent(e.getKey(), k -> new Postings());
        p.documents.add(id, o.frequency);
        if (o.encoded == null) {
          // A word: word pairs (those with positions) count in no document's length.
          length += o.frequency;
        } else {
          if (p.positions == null) {
            p.positions = new StringBuilder();
          }
          p.positions.append(o.encoded);
        }
      }
      lengths[id] = length;
      Document d = documents.get(id);
      for (String field : List.of(d.url(), d.title(), d.date(), d.authors(), d.summary())) {
        digest.update(field.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      int textHash = d.text().hashCode();
      digest.update(
          new byte[] {
            (byte) (textHash >>> 24),
            (byte) (textHash >>> 16),
            (byte) (textHash >>> 8),
            (byte) textHash
          });
    }

    SearchIndex finish() {
      int n = documents.size();
      double averageLength = n == 0 ? 1 : Math.max(1, Arrays.stream(lengths).average().orElse(1));
      SearchFold folding = SearchFold.get();
      Map<String, String> encoded = new TreeMap<>();
      Map<String, String> pairPositions = new TreeMap<>();
      for (Map.Entry<String, Postings> e : postings.entrySet()) {
        String list = encode(e.getValue().documents, lengths, averageLength, n);
        encoded.put(e.getKey(), list);
        StringBuilder positions = e.getValue().positions;
        if (positions != null) {
          pairPositions.put(e.getKey(), positions.toString());
        }
      }
      postings.clear();
      String[] shards = shard(encoded, fold, folding, digest);
      // Long position lists go to files of their own; the shard says where, and how long they are.
      List<String> longPositions = new ArrayList<>();
      for (Map.Entry<String, String> e : pairPositions.entrySet()) {
        String list = e.getValue();
        if (list.length() > LONG_POSITIONS) {
          String file = json(list);
          digest.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          e.setValue("@" + longPositions.size() + ":" + list.length());
          longPositions.add(file);
        }
      }
      String[] positionShards = shard(pairPositions, fold, folding, digest);
      String version = HexFormat.of().formatHex(digest.digest()).substring(0, 10);
      return new SearchIndex(
          documents,
          new Files(version, Arrays.asList(shards), Arrays.asList(positionShards), longPositions));
    }
  }

  /**
   * Splits {@code lists} (term to encoded list) into shards of about {@link #SHARD_CHARACTERS} by
   * the hash of each term's key, as JSON; empties {@code lists}.
   */
  private static String[] shard(
      Map<String, String> lists, boolean fold, SearchFold folding, MessageDigest digest) {
    long characters = 0;
    for (Map.Entry<String, String> e : lists.entrySet()) {
      // The entry as the shard's JSON holds it, about: quotes, colon and comma around term and
      // list.
      characters += e.getValue().length() + e.getKey().length() + 6;
    }
    int shardCount = (int) Math.max(1, (characters + SHARD_CHARACTERS - 1) / SHARD_CHARACTERS);
    List<Map<String, String>> byShard = new ArrayList<>(shardCount);
    for (int s = 0; s < shardCount; s++) {
      byShard.add(new TreeMap<>());
    }
    for (Map.Entry<String, String> e : lists.entrySet()) {
      String term = e.getKey();
      byShard.get(shardOf(fold ? folding.key(term) : term, shardCount)).put(term, e.getValue());
    }
    lists.clear();
    String[] shards = new String[shardCount];
    for (int s = 0; s < shardCount; s++) {
      shards[s] = json(byShard.get(s));
      byShard.set(s, null);
      digest.update(shards[s].getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return shards;
  }

  /** The terms of one document: frequencies weighted by field, and its word pairs' positions. */
  private static Map<String, Occurrences> terms(TermsKey d, SearchText.Words words) {
    Map<String, Occurrences> terms = new HashMap<>();
    SearchFold folding = SearchFold.get();
    boolean fold = d.fold();
    int[] position = {0};
    add(d.title(), TITLE, d.script(), fold, folding, words, terms, position);
    add(d.summary(), SUMMARY, d.script(), fold, folding, words, terms, position);
    add(d.byline(), BYLINE, d.script(), fold, folding, words, terms, position);
    add(d.body(), BODY, d.script(), fold, folding, words, terms, position);
    for (Occurrences o : terms.values()) {
      if (o.positions != null) {
        StringBuilder out = new StringBuilder(2 + 2 * o.positions.length());
        PostingCodec.appendPositions(out, o.positions);
        o.encoded = out.toString();
        o.positions = null;
      }
    }
    return terms;
  }

  /**
   * Adds the terms of one field; {@code position} counts the terms of the fields before it, so a
   * pair's position is unique in the document, and no pair spans two fields.
   */
  private static void add(
      String text,
      int weight,
      Script script,
      boolean fold,
      SearchFold folding,
      SearchText.Words words,
      Map<String, Occurrences> terms,
      int[] position) {
    String indexed = fold ? folding.indexForm(text, script) : text;
    String[] previous = {null};
    SearchText.terms(
        indexed,
        words,
        term -> {
          terms.computeIfAbsent(term, k -> new Occurrences()).frequency += weight;
          if (SearchText.isCjk(term.codePointAt(0))) {
            previous[0] = null;
          } else {
            if (previous[0] != null) {
              Occurrences pair =
                  terms.computeIfAbsent(previous[0] + ' ' + term, k -> new Occurrences());
              pair.frequency += weight;
              if (pair.positions == null) {
                pair.positions = new IntList();
              }
              pair.positions.add(position[0] - 1);
            }
            previous[0] = term;
          }
          position[0]++;
        });
  }

  private static String encode(IntList list, int[] lengths, double averageLength, int documents) {
    int df = list.size();
    double idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    StringBuilder out = new StringBuilder(df * 2 + 2);
    int previous = -1;
    for (int i = 0; i < df; i++) {
      int id = list.id(i);
      double tf = list.frequency(i);
      double norm = K1 * (1 - B + B * lengths[id] / averageLength);
      double score = idf * tf * (K1 + 1) / (tf + norm);
      int points = (int) Math.max(1, Math.min(63, Math.round(score * SCORE_SCALE)));
      PostingCodec.append(out, id - previous, points);
      previous = id;
    }
    return out.toString();
  }

  /**
   * The shard of a term's key: FNV-1a over its UTF-16 units, unsigned, modulo the shard count
   * (assets/search.js computes the same).
   */
  static int shardOf(String key, int shards) {
    int hash = 0x811c9dc5;
    for (int i = 0; i < key.length(); i++) {
      hash ^= key.charAt(i);
      hash *= 0x01000193;
    }
    return Integer.remainderUnsigned(hash, shards);
  }

  public int documentCount() {
    return documents.size();
  }

  public int shardCount() {
    return files.shards().size();
  }

  /** A digest of the whole index, naming the folder its files are published in. */
  public String version() {
    return files.version();
  }

  /** Shard {@code n}: a JSON object from term to posting list. */
  public String shard(int n) {
    return files.shards().get(n);
  }

  public int positionShardCount() {
    return files.positionShards().size();
  }

  /**
   * Position shard {@code n}: a JSON object from word pair to where it stands in each document of
   * its posting list, in the same order ({@link PostingCodec#appendPositions}); or, for a list
   * longer than {@link #LONG_POSITIONS}, to {@code "@k:length"}: the list is {@link #longPositions
   * long positions} {@code k}, of that many characters.
   */
  public String positionShard(int n) {
    return files.positionShards().get(n);
  }

  public int longPositionCount() {
    return files.longPositions().size();
  }

  /** Long position list {@code k}: a JSON string. */
  public String longPositions(int k) {
    return files.longPositions().get(k);
  }

  /** The fragment of document {@code id}: a JSON object of what a result shows. */
  public String fragment(int id) {
    return new String(fragmentBytes(id), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The fragment of document {@code id} as its file holds it (UTF-8). */
  public byte[] fragmentBytes(int id) {
    Document d = documents.get(id);
    String text =
        d.text().length() <= FRAGMENT_TEXT
            ? d.text()
            : d.text().substring(0, cutAt(d.text(), FRAGMENT_TEXT));
    return writeBytes(
        3 * text.length() + 512,
        g -> {
          g.writeStartObject();
          g.writeStringField("url", d.url());
          g.writeStringField("title", d.title());
          g.writeStringField("date", d.date());
          g.writeStringField("authors", d.authors());
          g.writeStringField("summary", d.summary());
          g.writeStringField("text", text);
          g.writeEndObject();
        });
  }

  private static int cutAt(String text, int at) {
    return Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
  }

  private static String json(String value) {
    return write(g -> g.writeString(value));
  }

  private static String json(Map<String, String> entries) {
    return write(
        g -> {
          g.writeStartObject();
          for (Map.Entry<String, String> e : entries.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
          }
          g.writeEndObject();
        });
  }

  interface Writer {
    void write(JsonGenerator g) throws IOException;
  }

  static String write(Writer writer) {
    return new String(writeBytes(256, writer), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** What {@code writer} writes, as UTF-8; {@code expected}: about how many bytes. */
  private static byte[] writeBytes(int expected, Writer writer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(expected);
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      writer.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A growing list of ints: pairs of (document id, weighted frequency), or positions. */
  static final class IntList {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[size++] = value;
    }

    void add(int id, int frequency) {
      add(id);
      add(frequency);
    }

    int length() {
      return size;
    }

    int get(int i) {
      return values[i];
    }

    int size() {
      return size / 2;
    }

    int id(int i) {
      return values[2 * i];
    }

    int frequency(int i) {
      return values[2 * i + 1];
    }
  }
}
