package org.triglot.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results kept in a file: found again, computed when unusable, and the file written anew. */
class StoredResultsTest {
  @TempDir Path dir;

  /** Lengths of texts, stored as an int. */
  private static final ResultCodec<String, Integer> LENGTHS =
      new ResultCodec<>() {
        @Override
        public void key(String text, MessageDigest sha) {
          ResultCodec.key(sha, text);
        }

        @Override
        public void write(Integer length, DataOutputStream out) throws IOException {
          out.writeInt(length);
        }

        @Override
        public Integer read(DataInputStream in) throws IOException {
          return in.readInt();
        }
      };

  private final List<String> computed = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private int length(StoredResults<String, Integer> results, String text) {
    return results.get(
        text,
        t -> {
          computed.add(t);
          return t.length();
        });
  }

  @Test
  void anEntryWhoseChecksumHoldsButWhichDoesNotDecodeIsComputedAgainAndReported()
      throws IOException {
    Path file = dir.resolve("lengths.cache");
    MessageDigest sha = Digest.start();
    ResultCodec.key(sha, "tea");
    // Two bytes where an int belongs: the file and its checksums are sound, the entry is not.
    CacheFile.write(
        file, GeneratorFingerprint.get(), Map.of(Digest.of(sha), out -> out.writeShort(7)));

    StoredResults<String, Integer> results = new StoredResults<>(LENGTHS);
    results.open(file, new byte[0], problems::add);
    assertEquals(3, length(results, "tea"));
    assertEquals(List.of("tea"), computed);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).startsWith("lengths.cache: an entry cannot be read"), problems.get(0));
    results.close(true);

    computed.clear();
    problems.clear();
    StoredResults<String, Integer> again = new StoredResults<>(LENGTHS);
    again.open(file, new byte[0], problems::add);
    assertEquals(3, length(again, "tea"));
    assertEquals(List.of(), computed, "written anew, then found");
    assertEquals(List.of(), problems);
    again.close(true);
  }

  @Test
  void aContextFilesTheSameKeyApart() throws IOException {
    Path file = dir.resolve("lengths.cache");
    StoredResults<String, Integer> results = new StoredResults<>(LENGTHS);
    results.open(file, "one".getBytes(StandardCharsets.UTF_8), problems::add);
    length(results, "tea");
    results.close(true);
    StoredResults<String, Integer> other = new StoredResults<>(LENGTHS);
    other.open(file, "two".getBytes(StandardCharsets.UTF_8), problems::add);
    length(other, "tea");
    other.close(true);
    assertEquals(List.of("tea", "tea"), computed, "another context computes again");
    assertEquals(List.of(), problems);
  }
}
