package org.triglot.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;
import org.triglot.diag.Diagnostic;

/** Link targets in Markdown follow an allow-list; a removed link is a warning at its line. */
class LinkSchemesTest {
  @TempDir Path dir;

  @Test
  void linksWithSchemesOutsideTheAllowListLoseTheirTargetAndAreWarnedAbout() {
    TestSite site =
        TestSite.build(
            dir,
            """
            -- content/articles/tea/en.md --
            ---
            title: Tea
            date: 2024-03-01
            author: ann
            ---
            [web](https://example.org/) [up](../coffee/) [here](#top) [mail](MAILTO:a@example.org) [call](tel:+886-2-1234)

            [bad](JaVaScRiPt:alert(1)) and [blob](data:text/html;base64,PGI+) and ![pic](javascript:x)

            <javascript:alert(3)> and [ref][r] and [tabbed](jav&#x09;ascript:alert(4))

            [r]: vbscript:msgbox
            """);
    site.assertFile(
        "en/articles/tea/index.html",
        """
        <a href="https://example.org/">web</a>
        <a href="../coffee/">up</a>
        <a href="#top">here</a>
        <a href="MAILTO:a@example.org">mail</a>
        <a href="tel:+886-2-1234">call</a>
        <p>bad and blob and pic</p>
        javascript:alert(3) and ref and tabbed
        ! JaVaScRiPt
        ! data:text
        ! vbscript
        ! href="jav
        ! <img
        """);
    List<String> warnings = site.result().warnings().stream().map(Diagnostic::format).toList();
    assertEquals(
        List.of(
            "content/articles/tea/en.md:8:1: warning: link to \"JaVaScRiPt:alert(1)\" removed: its scheme is not allowed",
            "content/articles/tea/en.md:8:32: warning: link to \"data:text/html;base64,PGI+\" removed: its scheme is not allowed",
            "content/articles/tea/en.md:8:71: warning: link to \"javascript:x\" removed: its scheme is not allowed",
            "content/articles/tea/en.md:10:1: warning: link to \"javascript:alert(3)\" removed: its scheme is not allowed",
            "content/articles/tea/en.md:10:27: warning: link to \"vbscript:msgbox\" removed: its scheme is not allowed",
            "content/articles/tea/en.md:10:40: warning: link to \"jav&#x09;ascript:alert(4)\" removed: its scheme is not allowed"),
        warnings.stream().map(w -> w.lines().findFirst().orElseThrow()).toList());
  }
}
