package org.triglot.render;

import java.util.Map;
import org.triglot.lang.Language;

/**
 * Everything a page's bytes depend on besides the templates and strings themselves: the template,
 * the language and the view model (records, so equal models compare equal).
 */
public record PageKey(String template, Language language, Map<String, Object> model) {
  public PageKey {
    model = Map.copyOf(model);
  }
}
