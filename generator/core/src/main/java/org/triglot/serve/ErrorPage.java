package org.triglot.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.triglot.diag.Diagnostic;

/** What the preview shows instead of pages while the last build failed: its diagnostics. */
final class ErrorPage {
  private ErrorPage() {}

  static byte[] render(List<Diagnostic> errors, String failure, int version) {
    StringBuilder html =
        new StringBuilder(
            """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Build failed · Triglot preview</title>
        <style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem;color:#1d1f24}pre{background:#fff3f3;border-left:4px solid #b00020;
        padding:.75rem 1rem;overflow-x:auto;font:13px/1.45 ui-monospace,monospace}h1{color:#b00020}</style></head>
        <body>
        <h1>The site did not build</h1>
        <p>Fix the problems below and save: this page reloads by itself.</p>
        """);
    for (Diagnostic d : errors) {
      html.append("<pre>").append(escape(d.format())).append("</pre>\n");
    }
    if (!failure.isEmpty()) {
      html.append("<pre>").append(escape(failure)).append("</pre>\n");
    }
    html.append(LiveReload.script(version)).append("\n</body>\n</html>\n");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
