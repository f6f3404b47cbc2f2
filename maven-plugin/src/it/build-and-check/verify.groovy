def site = new File(basedir, 'target/site')
assert new File(site, 'index.html').isFile()
assert new File(site, 'about/index.html').isFile()
assert new File(site, '2025/01/02/hello/index.html').text.contains('href="/about/"')
assert new File(basedir, 'target/evergreen/links.json').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('using the build and link check evergreen:build made in this run')
assert log.contains('evergreen:serve')
assert log.contains('evergreen.outputTimestamp')
assert !log.contains('[ERROR]')
true
