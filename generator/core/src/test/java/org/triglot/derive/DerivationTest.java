package org.triglot.derive;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.TestSite;

/** Missing Chinese scripts are derived by conversion; written files win; nothing else is faked. */
class DerivationTest {
  @TempDir Path dir;

  @Test
  void derivesTraditionalPageWhenOnlySimplifiedExists() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/articles/tea/en.md --
        ---
        title: Tea
        date: 2024-03-01
        author: ann
        topics: [tea]
        ---
        About tea.
        -- content/articles/tea/zh-Hans.md --
        ---
        title: 关于茶叶的历史
        summary: 简短的说明。
        ---
        ## 历史

        关于茶叶的历史。代码 `历史` 不变，[链接](https://example.org/历史) 的地址不变。

        <p lang="zh-Hans">简体段落</p>
        <p lang="en">English 历史 kept</p>

        <abbr title="历史">历史</abbr>

        ```
        历史代码块
        ```
        """);
    site.assertFile(
        "zh-hant/articles/tea/index.html",
        """
        <html lang="zh-Hant" data-fonts="hant">
        <h1>關於茶葉的歷史</h1>
        <p class="notice derived">本頁由簡體中文版自動轉換為繁體中文。</p>
        <h2 id="历史">歷史</h2>
        關於茶葉的歷史。代碼 <code>历史</code> 不變，<a href="https://example.org/历史">鏈接</a> 的地址不變。
        <p lang="zh-Hant">簡體段落</p>
        <p lang="en">English 历史 kept</p>
        <abbr title="历史">歷史</abbr>
        <code>历史代码块
        <meta name="description" content="簡短的說明。">
        """);
    site.assertFile(
        "zh-hans/articles/tea/index.html",
        """
        <h1>关于茶叶的历史</h1>
        ! class="notice derived"
        """);
    site.assertFile("en/articles/tea/index.html", "! class=\"notice derived\"");
  }

  @Test
  void derivesSimplifiedFromTraditionalWithANoticeInSimplified() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/articles/tea/zh-Hant.md --
        ---
        title: 關於茶葉
        date: 2024-03-01
        author: ann
        ---
        關於茶葉的歷史。
        """);
    site.assertFile(
        "zh-hans/articles/tea/index.html",
        """
        <html lang="zh-Hans" data-fonts="hans">
        <h1>关于茶叶</h1>
        <p class="notice derived">本页由繁体中文版自动转换为简体中文。</p>
        关于茶叶的历史。
        """);
    site.assertNoFile("en/articles/tea/index.html");
    site.assertFile(
        "zh-hant/articles/tea/index.html",
        """
        <span class="unavailable" lang="en"
        ! class="notice derived"
        """);
  }

  @Test
  void translatorsFileAlwaysWins() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/articles/tea/zh-Hans.md --
        ---
        title: 软件与茶
        date: 2024-03-01
        author: ann
        ---
        软件。
        -- content/articles/tea/zh-Hant.md --
        ---
        title: 軟體與茶
        ---
        軟體。
        """);
    site.assertFile(
        "zh-hant/articles/tea/index.html",
        """
        <h1>軟體與茶</h1>
        ! 軟件
        ! class="notice derived"
        """);
    site.assertFile("zh-hans/articles/tea/index.html", "<h1>软件与茶</h1>");
  }

  @Test
  void neverFakesAnEnglishOrAChineseEdition() {
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
        English only.
        -- content/articles/cha/zh-Hans.md --
        ---
        title: 茶
        date: 2024-03-02
        author: ann
        ---
        只有中文。
        """);
    site.assertNoFile("zh-hans/articles/tea/index.html");
    site.assertNoFile("zh-hant/articles/tea/index.html");
    site.assertNoFile("en/articles/cha/index.html");
    site.assertFile("en/index.html", "! /articles/cha/");
    site.assertFile(
        "zh-hant/index.html",
        """
        /zh-hant/articles/cha/
        ! /articles/tea/
        """);
  }

  @Test
  void derivesTopicLabelsAuthorNamesAndTitlesForTheMissingScript() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/articles/tea/zh-Hans.md --
        ---
        title: 茶
        date: 2024-03-01
        author: bo
        topics: [tea, arctic]
        ---
        正文。
        """);
    site.assertFile(
        "zh-hant/articles/tea/index.html",
        """
        <a href="/zh-hant/authors/bo/" rel="author">陳波</a><span class="author-title">，Senior Fellow</span>
        <a href="/zh-hant/topics/tea/" rel="tag">茶葉</a>
        <a href="/zh-hant/topics/arctic/" rel="tag">北極</a>
        """);
  }

  @Test
  void keepsHeadingIdsOfTheSourceOnADerivedPage() {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/articles/a/zh-Hans.md --
        ---
        title: 甲
        date: 2024-01-01
        author: ann
        ---
        见[下文](#历史回顾)。

        ## 历史回顾

        正文。
        """);
    site.assertFile("zh-hans/articles/a/index.html", "<h2 id=\"历史回顾\">历史回顾</h2>");
    site.assertFile(
        "zh-hant/articles/a/index.html",
        """
        <h2 id="历史回顾">歷史回顧</h2>
        <a href="#历史回顾">下文</a>
        """);
  }
}
