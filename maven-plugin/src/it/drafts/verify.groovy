assert new File(basedir, 'target/site/about/index.html').isFile()
assert !new File(basedir, 'target/site/2025/01/03/draft').exists()
assert new File(basedir, 'target/with-drafts/2025/01/03/draft/index.html').isFile()
true
