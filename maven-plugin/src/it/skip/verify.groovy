assert !new File(basedir, 'target/site').exists()
assert new File(basedir, 'build.log').text.contains('evergreen skipped (evergreen.skip=true): nothing built')
true
