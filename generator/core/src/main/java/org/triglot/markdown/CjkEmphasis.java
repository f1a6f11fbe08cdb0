package org.triglot.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.core.delimiter.EmphasisDelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * A flexmark extension: emphasis and strong emphasis ({@code *}, {@code _}) follow the CommonMark
 * CJK-friendly amendment, so {@code **“北极例外论”**这个说法} is strong although its closing {@code **} sits
 * between a quotation mark and a Han character (docs/cjk-markdown.md).
 *
 * <p>flexmark asks a {@link DelimiterProcessor} whether a run can open or close, but tells it only
 * one UTF-16 unit on each side, which is half of a character beyond the Basic Multilingual Plane
 * and says nothing of the character that a variation selector modifies. So the extension replaces
 * the processors of {@code *} and {@code _} and installs an inline parser that, at each run, hands
 * the processor a copy that has looked at the text itself ({@link DelimiterRun}). Everything else
 * of the inline parser is flexmark's; the extension adds back the reference-definition step that
 * flexmark adds only for its own inline parser.
 */
final class CjkEmphasis implements Parser.ParserExtension {
  static CjkEmphasis create() {
    return new CjkEmphasis();
  }

  private CjkEmphasis() {}

  @Override
  public void parserOptions(MutableDataHolder options) {
    options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
    options.set(Parser.UNDERSCORE_DELIMITER_PROCESSOR, false);
  }

  @Override
  public void extend(Parser.Builder builder) {
    boolean strongWrapsEmphasis = Parser.STRONG_WRAPS_EMPHASIS.get(builder);
    builder.customDelimiterProcessor(new Processor('*', strongWrapsEmphasis));
    builder.customDelimiterProcessor(new Processor('_', strongWrapsEmphasis));
    builder.customInlineParserFactory(InlineParser::new);
    builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
  }

  /**
   * The processor of {@code *} or {@code _}. The one registered with the parser knows a run only by
   * the one UTF-16 unit flexmark shows it on each side; {@link #at} gives a copy that knows the run
   * from the text.
   */
  static class Processor extends EmphasisDelimiterProcessor {
    private final char delimiter;
    private final boolean strongWrapsEmphasis;

    Processor(char delimiter, boolean strongWrapsEmphasis) {
      super(delimiter, strongWrapsEmphasis);
      this.delimiter = delimiter;
      this.strongWrapsEmphasis = strongWrapsEmphasis;
    }

    /** This processor for one run whose neighbours were read from the text. */
    Processor at(DelimiterRun run) {
      return new Processor(delimiter, strongWrapsEmphasis) {
        @Override
        DelimiterRun run(String before, String after) {
          return run;
        }
      };
    }

    DelimiterRun run(String before, String after) {
      return DelimiterRun.between(before, after);
    }

    @Override
    public boolean canBeOpener(
        String before,
        String after,
        boolean leftFlanking,
        boolean rightFlanking,
        boolean beforeIsPunctuation,
        boolean afterIsPunctuation,
        boolean beforeIsWhitespace,
        boolean afterIsWhitespace) {
      DelimiterRun run = run(before, after);
      return delimiter == '*'
          ? run.leftFlanking()
          : run.leftFlanking() && (!run.rightFlanking() || run.precededByPunctuation());
    }

    @Override
    public boolean canBeCloser(
        String before,
        String after,
        boolean leftFlanking,
        boolean rightFlanking,
        boolean beforeIsPunctuation,
        boolean afterIsPunctuation,
        boolean beforeIsWhitespace,
        boolean afterIsWhitespace) {
      DelimiterRun run = run(before, after);
      return delimiter == '*'
          ? run.rightFlanking()
          : run.rightFlanking() && (!run.leftFlanking() || run.followedByPunctuation());
    }
  }

  /** flexmark's inline parser, handing each emphasis run a processor that has seen the run. */
  static final class InlineParser extends InlineParserImpl {
    InlineParser(
        DataHolder options,
        BitSet specialCharacters,
        BitSet delimiterCharacters,
        Map<Character, DelimiterProcessor> delimiterProcessors,
        LinkRefProcessorData linkRefProcessors,
        List<InlineParserExtensionFactory> inlineParserExtensions) {
      super(
          options,
          specialCharacters,
          delimiterCharacters,
          delimiterProcessors,
          linkRefProcessors,
          inlineParserExtensions);
    }

    @Override
    protected boolean parseDelimiters(DelimiterProcessor processor, char delimiter) {
      if (processor instanceof Processor emphasis) {
        int end = index;
        while (end < input.length() && input.charAt(end) == delimiter) {
          end++;
        }
        return super.parseDelimiters(emphasis.at(DelimiterRun.in(input, index, end)), delimiter);
      }
      return super.parseDelimiters(processor, delimiter);
    }
  }
}
