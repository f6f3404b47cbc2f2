package dev.evergreen.model;

import dev.evergreen.parse.FrontMatter;

/** A published page of a documentation section, with the front matter that orders it. */
record DocPage(Item item, FrontMatter frontMatter) {

    String folder() {
        return SectionFolders.folderOf(item.source());
    }

    boolean isIndex() {
        return SectionFolders.isIndex(item.source());
    }
}
