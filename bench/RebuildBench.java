import dev.evergreen.build.BuildOptions;
import dev.evergreen.build.Session;
import dev.evergreen.check.CheckProgress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The serve-mode rebuild, measured the way an author feels it: one warm Session (what the dev server
 * keeps), then EDITS times: change one article's text, call rebuild with that file, and time from the
 * moment the edit is on disk to the moment the rebuilt page is in place (a watcher thread looks at
 * the page's inode once a millisecond: the writer moves a new file in, so the inode changes when the
 * page is published), and to the end of rebuild() (link check of the whole site and reports
 * included). The dev server's own file-watch delay is not included.
 *
 *   java -cp generator/target/evergreen.jar bench/RebuildBench.java SOURCE OUTPUT [EDITS]
 */
public class RebuildBench {

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]).toAbsolutePath();
        Path output = Path.of(args[1]).toAbsolutePath();
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        BuildOptions options = BuildOptions.of(source, output).withOffline(true)
                .withExternalLinks(BuildOptions.ExternalLinks.SKIP);
        Session session = new Session(options, CheckProgress.NONE, new PrintStream(PrintStream.nullOutputStream()));
        long start = System.nanoTime();
        session.build();
        System.out.printf("first build: %d ms%n", (System.nanoTime() - start) / 1_000_000);

        int posts;
        try (var files = Files.list(source.resolve("posts"))) {
            posts = (int) files.count();
        }
        List<Long> toPage = new ArrayList<>();
        List<Long> toDone = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            // Spread the edits over the site; posts are post-00001.md ... in posts/.
            Path post = Path.of("posts", String.format("post-%05d.md", (i * 7919) % posts));
            Path file = source.resolve(post);
            String marker = "Edited for the rebuild benchmark, round " + i + " " + System.nanoTime() + ".";
            String text = Files.readString(file);
            int more = text.indexOf("\n## ");
            String edited = text.substring(0, more) + "\n\n" + marker + "\n" + text.substring(more);
            Path page = findPage(output, post);
            Object before = inode(page);
            AtomicLong replaced = new AtomicLong();
            Thread watcher = new Thread(() -> watch(page, before, replaced));
            watcher.start();
            Files.writeString(file, edited);
            long written = System.nanoTime();
            session.rebuild(Set.of(post));
            long done = System.nanoTime();
            watcher.join(30_000);
            if (!Files.readString(page).contains(marker)) {
                throw new IllegalStateException(page + " was not rebuilt");
            }
            toPage.add((replaced.get() - written) / 1_000);
            toDone.add((done - written) / 1_000);
        }
        System.out.printf("edit -> page on disk: median %.1f ms (min %.1f, max %.1f) over %d edits%n",
                median(toPage) / 1000.0, toPage.stream().mapToLong(x -> x).min().orElse(0) / 1000.0,
                toPage.stream().mapToLong(x -> x).max().orElse(0) / 1000.0, edits);
        System.out.printf("edit -> rebuild() returned (whole-site link check, reports): median %.1f ms%n",
                median(toDone) / 1000.0);
    }

    /** The article's output file: its folder is named after the post's slug, the file name. */
    private static Path findPage(Path output, Path post) throws Exception {
        String slug = post.getFileName().toString().replace(".md", "");
        try (var files = Files.walk(output)) {
            return files.filter(p -> p.getFileName().toString().equals("index.html")
                            && p.getParent().getFileName().toString().equals(slug))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no page for " + post));
        }
    }

    private static Object inode(Path page) {
        try {
            return Files.readAttributes(page, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static void watch(Path page, Object before, AtomicLong replaced) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            Object now = inode(page);
            if (now != null && !now.equals(before)) {
                replaced.set(System.nanoTime());
                return;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
