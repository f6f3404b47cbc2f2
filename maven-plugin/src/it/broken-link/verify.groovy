def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] posts\/hello\.md:7: /
assert log.contains('Evergreen found 1 error(s)')
assert log.contains('link-report.html')
true
