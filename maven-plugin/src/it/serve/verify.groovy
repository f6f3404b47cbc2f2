def seen = new File(basedir, 'seen.txt').text
assert seen == '''first page: true
script injected: true
on connect: event: ok
after edit: event: reload
second page: true
done
''' : seen
def log = new File(basedir, 'build.log').text
assert log =~ /Serving http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl-C stops\)/
assert log.contains('evergreen serve stopped')
assert !new File(basedir, 'target/site/about/index.html').text.contains('_evergreen')
true
