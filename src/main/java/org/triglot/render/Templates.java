package org.triglot.render;

import freemarker.core.TemplateClassResolver;
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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
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

  public Templates(List<Path> roots, Assets assets) {
    this.assets = assets;
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
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
    StringWriter out = new StringWriter(16 * 1024);
    try {
      template.process(root, out);
    } catch (TemplateException e) {
      String source = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
      int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
      int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
      throw new TemplateFailure(source, line, column, e.getMessageWithoutStackTop(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
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
      if (args.size() == 1) {
        return new SimpleScalar(messages.get(key));
      }
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
      return new SimpleScalar(messages.format(key, named));
    }
  }
}
