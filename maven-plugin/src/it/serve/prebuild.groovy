// A browser stand-in, started beside the Maven run that serves the site: it waits for the server,
// reads a page, listens for reload events, edits the Markdown, and writes what it saw for verify.groovy.
def port = new ServerSocket(0).withCloseable { it.localPort }
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Devergreen.port=${port}\n"
def seen = new File(basedir, 'seen.txt')
seen.text = ''
def base = "http://127.0.0.1:${port}"
def client = new Thread({
    try {
        def deadline = System.currentTimeMillis() + 120_000
        String page = null
        while (page == null && System.currentTimeMillis() < deadline) {
            try {
                page = new URL(base + '/about/').getText('UTF-8')
            } catch (IOException notYet) {
                sleep 200
            }
        }
        seen << "first page: ${page.contains('First version.')}\n"
        seen << "script injected: ${page.contains('/_evergreen/reload.js')}\n"
        def events = new URL(base + '/_evergreen/events').openConnection()
        events.readTimeout = 20_000
        def reader = events.inputStream.newReader('UTF-8')
        seen << "on connect: ${reader.readLine()}\n"
        new File(basedir, 'src/main/evergreen/about.md').text = '---\ntitle: About\n---\nSecond version.\n'
        String line
        while ((line = reader.readLine()) != null && !line.startsWith('event: reload')) {
        }
        seen << "after edit: ${line}\n"
        seen << "second page: ${new URL(base + '/about/').getText('UTF-8').contains('Second version.')}\n"
        seen << "done\n"
    } catch (Exception e) {
        seen << "failed: ${e}\n"
    }
} as Runnable, 'serve-it-browser')
client.daemon = true
client.start()
return true
