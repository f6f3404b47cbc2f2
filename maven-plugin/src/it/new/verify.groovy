def article = new File(basedir, 'src/main/evergreen/posts/hello-maven-world.md')
assert article.isFile()
def today = java.time.LocalDate.now().toString()
assert article.text.startsWith('---\ntitle: "Hello, Maven World"\ndate: ' + today + '\n')
assert article.text.contains('draft: true')
assert new File(basedir, 'build.log').text.contains('exists already')
true
