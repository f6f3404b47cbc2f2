package dev.evergreen.load;

import java.nio.file.Path;
import java.util.Set;

/**
 * Where a kind of site keeps its content, and which files of it are Markdown to render: an Evergreen
 * folder with {@code site.yml}, or a Hexo blog with {@code _config.yml} and {@code source/}.
 */
interface ContentLayout {

    static ContentLayout of(Path folder) {
        return HexoConfigReader.isHexoBlog(folder) ? new HexoLayout(folder) : new EvergreenLayout(folder);
    }

    /** The folder every source and asset path is relative to. */
    Path contentRoot();

    SiteConfig config();

    /** Whether a file or folder (relative to the content root) is part of the site at all. */
    boolean isContent(Path relative);

    /** Whether a content file is Markdown to render rather than a file to copy. */
    default boolean isMarkdown(Path relative) {
        return relative.getFileName().toString().endsWith(".md");
    }

    /** Where a file that is not Markdown is published, relative to the output root. */
    default Path publishedPath(Path relative) {
        return relative;
    }

    /** Names starting with {@code _} or {@code .} are hidden, as in Hexo and Jekyll. */
    static boolean isHidden(String name) {
        return name.startsWith("_") || name.startsWith(".");
    }

    /** The content folder of a site.yml site: the folder itself, minus its configuration. */
    record EvergreenLayout(Path contentRoot, SiteConfig config) implements ContentLayout {

        /** Folders and files at the root that configure the site rather than being part of it. */
        /** {@code data/} holds what the model reads (a recording's speakers), not files to publish. */
        private static final Set<String> RESERVED_AT_ROOT = Set.of(SiteConfigReader.FILE_NAME,
                NavLink.FILE, "layouts", ContentLoader.LEDGER_FILE, "data");

        /** The file that gives a documentation section its title, order and intro; loaded despite its "_". */
        private static final String SECTION_FILE = "_index.md";

        /** Files the site publishes at its root, as a theme's static files are. */
        private static final String STATIC_FOLDER = "static";

        EvergreenLayout(Path folder) {
            this(folder, new SiteConfigReader(folder).read());
        }

        @Override
        public Path publishedPath(Path relative) {
            return relative.getNameCount() > 1 && relative.getName(0).toString().equals(STATIC_FOLDER)
                    ? relative.subpath(1, relative.getNameCount()) : relative;
        }

        @Override
        public boolean isContent(Path relative) {
            if (relative.getNameCount() >= 1 && RESERVED_AT_ROOT.contains(relative.getName(0).toString())) {
                return false;
            }
            for (int i = 0; i < relative.getNameCount(); i++) {
                String name = relative.getName(i).toString();
                // A section's _index.md (Hugo's name) is content wherever its folder is.
                boolean sectionFile = name.equals(SECTION_FILE) && i == relative.getNameCount() - 1;
                if (isHidden(name) && !config.include().contains(name) && !sectionFile) {
                    return false;
                }
            }
            return true;
        }
    }
}
