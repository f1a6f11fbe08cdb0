// The site, built with the bundled templates, its completion mark, and the goals' log lines.
def site = new File(basedir, 'target/site')
def home = new File(site, 'en/index.html')
assert home.isFile() : "no ${home}"
assert home.getText('UTF-8').contains('<link rel="canonical" href="https://minimal.example.org/en/">')
def article = new File(site, 'en/articles/hello/index.html').getText('UTF-8')
assert article.contains('Hello from a minimal publication')
assert article.contains('built by the Triglot Maven plugin')
assert new File(site, 'zh-hans').isDirectory() && new File(site, 'zh-hant').isDirectory()
assert new File(basedir, 'target/site.complete').isFile()

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] built \d+ en, \d+ zh-Hans, \d+ zh-Hant, \d+ files; 0 warnings/ : 'the build summary is not in the log'
assert log =~ /\[INFO\] checked \d+ files, \d+ links: 0 broken/ : 'check did not report its links'
assert log.contains('--- triglot-maven-plugin:') && log.contains(':status (default) @ minimal ---')

// Invocation 2: the properties reached the build.
def preview = new File(basedir, 'target/preview/en/index.html')
assert preview.isFile() : 'triglot.outputDirectory was not used'
assert preview.getText('UTF-8').contains('<link rel="canonical" href="https://deploy-preview-7.example.net/en/">')

// The build cache sits beside the default output; invocation 4 (noCache) made none beside its own.
assert new File(basedir, 'target/.triglot-cache/markdown.cache').isFile() : 'no build cache'
assert new File(basedir, 'target/uncached/site/en/index.html').isFile()
assert !new File(basedir, 'target/uncached/.triglot-cache').exists() : 'triglot.noCache was not used'

// Invocation 3: skipped.
assert !new File(basedir, 'target/skipped').exists()
assert log.contains('triglot build skipped (triglot.skip)')
return true
