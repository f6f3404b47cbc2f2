def files = { File root ->
    def found = [:]
    root.eachFileRecurse(groovy.io.FileType.FILES) { found[root.toPath().relativize(it.toPath()).toString()] = it }
    found
}
def first = files(new File(basedir, 'target/first'))
def second = files(new File(basedir, 'target/second'))
assert first.size() > 5
assert first.keySet() == second.keySet()
def stamp = java.time.Instant.parse('2025-06-01T12:00:00Z').toEpochMilli()
first.each { path, file ->
    assert file.bytes == second[path].bytes : path
    assert file.lastModified() == stamp : path
    assert second[path].lastModified() == stamp : path
}
true
