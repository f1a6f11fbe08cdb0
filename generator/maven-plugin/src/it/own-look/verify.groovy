// The publication's own 404 template and strings, in every edition; the bundled ones elsewhere.
def site = new File(basedir, 'target/site')
def en404 = new File(site, 'en/404.html').getText('UTF-8')
assert en404.contains('field-notes-lost') : 'the own 404 template was not used'
assert en404.contains('Off the map')
assert en404.contains('3 trails lead back to the notes.')
assert en404.contains('Field Notes Quarterly')
def hans404 = new File(site, 'zh-hans/404.html').getText('UTF-8')
assert hans404.contains('走出了地图') && hans404.contains('有 3 条小路通回笔记。') && hans404.contains('田野笔记季刊')
// 繁體 strings the publication did not write are derived from its 简体 ones.
def hant404 = new File(site, 'zh-hant/404.html').getText('UTF-8')
assert hant404.contains('走出了地圖') && hant404.contains('田野筆記季刊')
// Pages the publication has no template for use the bundled ones, with its strings.
def article = new File(site, 'en/articles/field-notes/index.html').getText('UTF-8')
assert article.contains('Notes from the ridge') && article.contains('Field Notes Quarterly')
assert article.contains('class="article-body"')
def derived = new File(site, 'zh-hant/articles/field-notes/index.html').getText('UTF-8')
assert derived.contains('在山脊上待了三天，天氣一天變兩次。')

// status: the stale translation is reported; with failOnStale it fails the build.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /(?m)^\[INFO\] field-notes +original +stale/ : 'status did not list the stale translation'
assert log.contains('triglot status: the content has errors or a translation is stale (failOnStale)') && log.contains('BUILD FAILURE')
return true
