package org.triglot.lang;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Groups an index (topics, authors) the way readers of each language expect, with ICU4J's
 * AlphabeticIndex: English under A–Z, Simplified Chinese by pinyin under A–Z, Traditional Chinese
 * by stroke count under stroke headings (1劃, 2劃, …), Latin-script names among them under A–Z.
 * Within a group, items follow the language's collator.
 */
public final class IndexGroups {
  private IndexGroups() {}

  /** Items under a heading. */
  public record Group<T>(String heading, List<T> items) {
    public Group {
      items = List.copyOf(items);
    }
  }

  public static <T> List<Group<T>> group(
      Language language, List<T> items, Function<T, String> label) {
    AlphabeticIndex<T> index = new AlphabeticIndex<>(language.locale());
    if (language.indexGrouping() == IndexGrouping.STROKES) {
      index.addLabels(ULocale.ENGLISH);
    }
    for (T item : items) {
      index.addRecord(label.apply(item), item);
    }
    List<Group<T>> groups = new ArrayList<>();
    for (AlphabeticIndex.Bucket<T> bucket : index) {
      if (bucket.size() == 0) {
        continue;
      }
      List<T> members = new ArrayList<>();
      for (AlphabeticIndex.Record<T> record : bucket) {
        members.add(record.getData());
      }
      String heading =
          bucket.getLabelType() == AlphabeticIndex.Bucket.LabelType.NORMAL
              ? bucket.getLabel()
              : "#";
      groups.add(new Group<>(heading, members));
    }
    return groups;
  }
}
