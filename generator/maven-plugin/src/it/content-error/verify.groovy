// The build failed on the content error, named its file, line and column as a Maven error with
// the quoted line and the hint, wrote no site, and left the content as it was.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] content/articles/broken/en.md:3:7: error: cannot read date "2024-13-45"') : 'the diagnostic is not in the log'
assert log.contains('[ERROR]   date: 2024-13-45')
assert log.contains('[ERROR]   hint: write it as YYYY-MM-DD')
assert log.contains('triglot build found errors in')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at org\.triglot\./) : 'a stack trace reached the log'
assert !new File(basedir, 'target/site').exists() : 'the failed build wrote a site'
assert !new File(basedir, 'target/site.complete').exists()
// Invocation 2: the mended folder, given as sourceDirectory, built into its own output.
assert new File(basedir, 'target/mended-site/en/articles/mended/index.html').isFile() : 'sourceDirectory was not used'
assert !new File(basedir, 'target/mended-site/en/articles/broken').exists()
assert new File(basedir, 'content/articles/broken/en.md').getText('UTF-8').contains('date: 2024-13-45')
return true
