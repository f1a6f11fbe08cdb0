package org.triglot.serve;

import java.nio.charset.StandardCharsets;

/**
 * The script the preview server adds to every HTML page it serves (never to built files): it
 * listens to the server's event stream and reloads the page when the site version changes.
 */
final class LiveReload {
  private LiveReload() {}

  static String script(int version) {
    return "<script>(function(){var v='"
        + version
        + "';var s=new EventSource('"
        + PreviewServer.EVENTS
        + "');"
        + "s.onmessage=function(e){if(e.data!==v){s.close();location.reload();}};})();</script>";
  }

  static byte[] inject(byte[] html, int version) {
    String text = new String(html, StandardCharsets.UTF_8);
    int at = text.lastIndexOf("</body>");
    String script = script(version);
    String out = at < 0 ? text + script : text.substring(0, at) + script + text.substring(at);
    return out.getBytes(StandardCharsets.UTF_8);
  }
}
