package dev.evergreen.serve;

import java.nio.charset.StandardCharsets;

/**
 * The live-reload client. It is added to HTML responses as they are served, never to the files on
 * disk, so the published site carries no trace of it.
 */
final class ReloadScript {

    static final String PATH = "/_evergreen/reload.js";
    static final String EVENTS_PATH = "/_evergreen/events";
    static final String TAG = "<script src=\"" + PATH + "\"></script>";

    static final String SOURCE = """
            (function () {
              var overlay = null;
              function show(text) {
                if (!overlay) {
                  overlay = document.createElement('pre');
                  overlay.id = 'evergreen-errors';
                  overlay.setAttribute('style', 'position:fixed;inset:0;margin:0;padding:2em;overflow:auto;'
                      + 'z-index:2147483647;background:rgba(30,0,0,.92);color:#fff;font:14px/1.5 monospace;'
                      + 'white-space:pre-wrap');
                  document.body.appendChild(overlay);
                }
                overlay.textContent = 'Evergreen: the last change does not build; this is the last good build.\\n\\n'
                    + text;
              }
              function hide() {
                if (overlay) { overlay.remove(); overlay = null; }
              }
              var events = new EventSource('%s');
              // A tab reloaded by 'page' already shows the new page: the 'reload' ending that rebuild is not for
              // it. The mark is dated, so that a 'reload' the tab missed while reloading cannot swallow a later one.
              var fresh = 'evergreen-fresh';
              events.addEventListener('page', function (e) {
                if (e.data.split('\\n').indexOf(location.pathname) >= 0) {
                  sessionStorage.setItem(fresh, JSON.stringify([location.pathname, Date.now()]));
                  location.reload();
                }
              });
              events.addEventListener('reload', function () {
                var mark = JSON.parse(sessionStorage.getItem(fresh) || '[]');
                sessionStorage.removeItem(fresh);
                if (mark[0] !== location.pathname || Date.now() - mark[1] > 30000) {
                  location.reload();
                }
              });
              events.addEventListener('errors', function (e) { sessionStorage.removeItem(fresh); show(e.data); });
              events.addEventListener('ok', hide);
            })();
            """.formatted(EVENTS_PATH);

    private ReloadScript() {
    }

    /** The page with the script tag before its last {@code </body>}, or at its end when it has none. */
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int body = lastBodyEnd(page);
        String injected = body < 0 ? page + TAG : page.substring(0, body) + TAG + page.substring(body);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    private static int lastBodyEnd(String page) {
        String tag = "</body>";
        for (int i = page.length() - tag.length(); i >= 0; i--) {
            if (page.regionMatches(true, i, tag, 0, tag.length())) {
                return i;
            }
        }
        return -1;
    }
}
