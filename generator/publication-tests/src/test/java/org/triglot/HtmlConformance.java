package org.triglot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks HTML files with the Nu Html Checker (the engine behind validator.w3.org/nu), offline: its
 * schemas ship inside the {@code nu.validator:validator} jar. Collects errors only; warnings and
 * information messages are not failures.
 */
public final class HtmlConformance {
  private final SimpleDocumentValidator validator;
  private final List<String> errors = new ArrayList<>();
  private Path current;

  public HtmlConformance() throws Exception {
    ErrorHandler handler =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            // warnings are advice, not conformance errors
          }

          @Override
          public void error(SAXParseException e) {
            errors.add(
                current
                    + ":"
                    + e.getLineNumber()
                    + ":"
                    + e.getColumnNumber()
                    + ": "
                    + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        };
    validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, handler);
    validator.setUpValidatorAndParsers(handler, true, false);
  }

  /** The conformance errors of one HTML file, as {@code path:line:col: message}. */
  public List<String> check(Path file) throws IOException, SAXException {
    int before = errors.size();
    current = file;
    validator.checkHtmlFile(file.toFile(), true);
    return List.copyOf(errors.subList(before, errors.size()));
  }
}
