package org.triglot.render;

import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.triglot.diag.Diagnostics;
import org.triglot.diag.SourcePosition;
import org.triglot.lang.Messages;

/**
 * The Freemarker side of rendering: one configuration for the build, templates found in the site's
 * folder first and the bundled folder second. {@code .ftlh} templates escape HTML and {@code .ftlx}
 * templates escape XML automatically, so every value from front matter or data files is escaped;
 * article bodies are inserted with {@code ?no_esc}. Each page gets {@code t(key, name, value, …)}
 * for its language's UI strings and {@code asset(name)} for fingerprinted files.
 */
public final class Templates {
  private final Configuration configuration;
  private final Assets assets;
  private final List<Path> roots;

  public Templates(List<Path> roots, Assets assets) {
    this.assets = assets;
    this.roots = List.copyOf(roots);
    Configuration c = new GuardedConfiguration();
    c.setTemplateLoader(new PathTemplateLoader(roots));
    c.setDefaultEncoding("UTF-8");
    c.setOutputEncoding("UTF-8");
    c.setRecognizeStandardFileExtensions(true);
    c.setLocale(Locale.ROOT);
    c.setTimeZone(TimeZone.getTimeZone("UTC"));
    c.setNumberFormat("computer");
    c.setBooleanFormat("c");
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setAPIBuiltinEnabled(false);
    // Templates are content: ?new may not make objects of any class (Execute, ObjectConstructor).
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    this.configuration = c;
  }

  /**
   * Renders template {@code name} with {@code model}, for a page in the language of {@code
   * messages}.
   */
  public String render(String name, Map<String, Object> model, Messages messages) {
    Template template;
    try {
      template = configuration.getTemplate(name, Locale.ROOT);
    } catch (freemarker.core.ParseException e) {
      throw new TemplateFailure(
          e.getTemplateName() == null ? name : e.getTemplateName(),
          e.getLineNumber(),
          e.getColumnNumber(),
          e.getEditorMessage(),
          e);
    } catch (freemarker.template.TemplateNotFoundException e) {
      throw new TemplateFailure(name, 0, 0, "template not found in templates/", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> root = new LinkedHashMap<>(model);
    root.put("t", new MessageMethod(messages));
    root.put(
        "asset",
        (TemplateMethodModelEx)
            args -> new SimpleScalar(assets.href(stringArgument(args, 0, "asset"))));
    LimitedWriter out = new LimitedWriter();
    try {
      template.process(root, out);
    } catch (StackOverflowError e) {
      throw new TemplateFailure(
          name,
          0,
          0,
          "templates nest so deeply that the stack ran out: a macro or function that calls itself"
              + " without end?",
          null);
    } catch (TemplateException | IOException | RuntimeException e) {
      Optional<RenderThread.Stop> stop = RenderThread.current().flatMap(RenderThread::pageStop);
      if (stop.isPresent()) {
        RenderThread.Stop at = stop.get();
        throw new TemplateFailure(
            at.template().isEmpty() ? name : at.template(),
            at.line(),
            at.column(),
            at.message(),
            e,
            at.abandoned());
      }
      if (e instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      rethrowTemplateError((TemplateException) e, name);
    }
    return out.toString();
  }

  /**
   * Parses every template of the template folders (the first folder's copy of each name), so that a
   * syntax error is one diagnostic at its template line before any page is rendered, rather than a
   * failure of every page that imports it. {@code displayPath} names a template file in
   * diagnostics.
   */
  public void check(Diagnostics diagnostics, Function<Path, String> displayPath) {
    Map<String, Path> byName = new TreeMap<>();
    for (Path templatesRoot : roots) {
      try (Stream<Path> files = Files.walk(templatesRoot)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String relative = templatesRoot.relativize(file).toString().replace('\\', '/');
          String fileName = file.getFileName().toString();
          if (!relative.startsWith("assets/")
              && (fileName.endsWith(".ftlh") || fileName.endsWith(".ftlx"))) {
            byName.putIfAbsent(relative, file);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    byName.forEach(
        (name, file) -> {
          try {
            configuration.getTemplate(name, Locale.ROOT);
          } catch (freemarker.core.ParseException e) {
            diagnostics.error(
                new SourcePosition(
                    displayPath.apply(file),
                    e.getLineNumber(),
                    e.getColumnNumber(),
                    lineOf(file, e.getLineNumber())),
                "template syntax error: " + TemplateFailure.firstLine(e.getEditorMessage()),
                "fix the template at that line");
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + displayPath.apply(file), e);
          }
        });
  }

  /** Line {@code number} of a template file, for quoting under its diagnostic. */
  private static String lineOf(Path file, int number) {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return number < 1 ? "" : lines.skip(number - 1L).findFirst().orElse("");
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }

  private static void rethrowTemplateError(TemplateException e, String name) {
    String source = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
    int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
    int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
    throw new TemplateFailure(source, line, column, e.getMessageWithoutStackTop(), e);
  }

  /**
   * Freemarker's configuration, with a check at the start of every nested block of every template
   * it loads (the page templates and each one they import or include), through which a {@link
   * RenderThread} stops a page that exceeds its {@link RenderLimits}. The checks are added once per
   * loaded template, before any thread can run it.
   */
  private static final class GuardedConfiguration extends Configuration {
    private final Set<Template> guarded = Collections.newSetFromMap(new IdentityHashMap<>());

    GuardedConfiguration() {
      super(Configuration.VERSION_2_3_34);
    }

    @Override
    public Template getTemplate(
        String name,
        Locale locale,
        Object customLookupCondition,
        String encoding,
        boolean parseAsFTL,
        boolean ignoreMissing)
        throws IOException {
      Template template =
          super.getTemplate(
              name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
      if (template != null) {
        synchronized (guarded) {
          if (guarded.add(template)) {
            _CoreAPI.addThreadInterruptedChecks(template);
          }
        }
      }
      return template;
    }
  }

  /**
   * The page's text, up to {@link RenderLimits#outputChars}: past it, the render thread is told to
   * stop the page (at its next check) and further output is dropped.
   */
  private static final class LimitedWriter extends Writer {
    private final StringBuilder text = new StringBuilder(16 * 1024);
    private final long limit =
        RenderThread.current().map(t -> t.limits().outputChars()).orElse(Long.MAX_VALUE);

    @Override
    public void write(char[] chars, int offset, int length) {
      if (text.length() + (long) length > limit) {
        RenderThread.current()
            .ifPresent(
                t ->
                    t.stopPage(
                        "the page grew past "
                            + (limit >> 20)
                            + " million characters: a loop that writes without end?"));
        return;
      }
      text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
      if (text.length() + (long) length > limit) {
        write(new char[0], 0, length);
        return;
      }
      text.append(string, offset, offset + length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }

  private static String stringArgument(List<?> args, int index, String function)
      throws TemplateModelException {
    if (args.size() <= index || !(args.get(index) instanceof TemplateScalarModel scalar)) {
      throw new TemplateModelException(
          function + "() needs a text argument at position " + (index + 1));
    }
    return scalar.getAsString();
  }

  /**
   * {@code t("key")} or {@code t("key", "count", 5, "name", "x")}: a UI string of the page's
   * language.
   */
  private static final class MessageMethod implements TemplateMethodModelEx {
    private final Messages messages;

    MessageMethod(Messages messages) {
      this.messages = messages;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
      String key = stringArgument(args, 0, "t");
      if (!messages.has(key)) {
        throw new TemplateModelException(
            "no UI string \""
                + key
                + "\" in i18n/"
                + messages.language().tag()
                + ".yaml or i18n/en.yaml");
      }
      try {
        return new SimpleScalar(
            args.size() == 1 ? messages.get(key) : messages.format(key, namedArguments(key, args)));
      } catch (Messages.MissingArgument e) {
        throw new TemplateModelException(e.getMessage());
      }
    }

    /** The name-value pairs after the key, numbers kept as numbers. */
    private static Map<String, Object> namedArguments(String key, List<?> args)
        throws TemplateModelException {
      if (args.size() % 2 == 0) {
        throw new TemplateModelException(
            "t(\"" + key + "\", …) takes pairs of argument name and value");
      }
      Map<String, Object> named = new HashMap<>();
      for (int i = 1; i < args.size(); i += 2) {
        String argName = stringArgument(args, i, "t");
        Object value = args.get(i + 1);
        if (value instanceof TemplateNumberModel number) {
          named.put(argName, number.getAsNumber());
        } else {
          named.put(argName, DeepUnwrap.unwrap((freemarker.template.TemplateModel) value));
        }
      }
      return named;
    }
  }
}
