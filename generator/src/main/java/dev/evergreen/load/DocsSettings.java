package dev.evergreen.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Documentation sections: where included code comes from, where "Edit this page" points, where "last
 * updated" comes from, and the top navigation ({@code nav.yml}). Read from the {@code docs:} key of
 * site.yml and from nav.yml; see {@link DocsSettingsReader} for the defaults.
 *
 * @param codeRoot absolute; code blocks include files below it and never outside it
 * @param repositoryRoot absolute; edit links name a file by its path below it
 * @param repository the repository's web address ({@code https://github.com/acme/site}), or {@code ""} for no edit links
 * @param branch the branch edit links open
 * @param lastUpdatedFromGit take a page's "last updated" from its latest commit when its front matter has none
 * @param nav the top navigation of nav.yml; empty when there is no nav.yml
 */
public record DocsSettings(Path codeRoot, Path repositoryRoot, String repository, String branch,
                           boolean lastUpdatedFromGit, List<NavLink> nav) {

    public DocsSettings {
        nav = List.copyOf(nav);
    }

    /**
     * The "Edit this page" address of a file, in GitHub's form ({@code <repository>/edit/<branch>/<path>}),
     * which GitHub, Gitea and Forgejo all serve; empty without a repository or for a file outside it.
     */
    public Optional<String> editUrl(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (repository.isEmpty() || !absolute.startsWith(repositoryRoot)) {
            return Optional.empty();
        }
        String path = repositoryRoot.relativize(absolute).toString().replace('\\', '/');
        String base = repository.endsWith("/") ? repository : repository + "/";
        try {
            // The multi-argument constructor quotes what a path may not hold; toASCIIString encodes the rest.
            return Optional.of(base + "edit/" + branch + "/" + new URI(null, null, path, null).toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
