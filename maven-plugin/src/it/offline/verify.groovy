def log = new File(basedir, 'build.log').text
assert log.contains('external links: not checked, offline mode (1 unique URLs and 0 videos unverified)')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/site/2025/01/02/hello/index.html').isFile()
true
