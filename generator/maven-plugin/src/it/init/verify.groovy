// init made a publication that builds cleanly with mvn verify: no warnings, every link sound, the
// two translations current.
def pub = new File(basedir, 'new-review')
['pom.xml', 'site.yaml', 'README.md', 'netlify.toml', 'deploy/netlify-build.sh', 'content/authors.yaml',
 'content/topics.yaml', 'content/articles/welcome/en.md', 'content/articles/welcome/zh-Hans.md',
 'content/articles/welcome/zh-Hant.md', 'i18n/en.yaml'].each {
  assert new File(pub, it).isFile() : "init did not write ${it}"
}
def pom = new File(pub, 'pom.xml').getText('UTF-8')
assert pom.contains('<artifactId>triglot-maven-plugin</artifactId>')
assert pom.contains('<artifactId>new-review</artifactId>')
assert new File(pub, 'content/articles/welcome/zh-Hant.md').getText('UTF-8') =~ /(?m)^source: [0-9a-f]{12}$/

def site = new File(pub, 'target/site')
assert new File(site, 'en/articles/welcome/index.html').getText('UTF-8').contains('Welcome to The Harbour Letter')
assert new File(site, 'zh-hans/articles/welcome/index.html').getText('UTF-8').contains('欢迎来到The Harbour Letter')
assert new File(site, 'zh-hant/articles/welcome/index.html').getText('UTF-8').contains('歡迎來到The Harbour Letter')
assert new File(pub, 'target/site.complete').isFile()

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('created a new publication in')
assert log =~ /\[INFO\] built \d+ en, \d+ zh-Hans, \d+ zh-Hant, \d+ files; 0 warnings/ : 'the new publication did not build cleanly'
assert log =~ /\[INFO\] checked \d+ files, \d+ links: 0 broken/
assert !log.contains('[WARNING] content') && !log.contains(': warning: ')
return true
