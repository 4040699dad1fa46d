package vn.cantho.kehoach.support;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/** A {@link TempSite} in its own temporary git repository (JGit), committed with fixed dates. */
public final class GitSite implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public final TempSite site;
    public final Git git;

    public GitSite(Path root) {
        site = new TempSite(root);
        try {
            git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Commits everything as of noon on that day, in Vietnam's time zone. */
    public RevCommit commit(String message, String isoDate) {
        PersonIdent who = new PersonIdent("Biên tập viên", "bientap@example.invalid",
                LocalDate.parse(isoDate).atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file content/{path}. */
    public String read(String path) {
        try {
            return Files.readString(site.root.resolve("content").resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites content/{path}, replacing one exact piece of text (which must be there). */
    public GitSite replace(String path, String from, String to) {
        String text = read(path);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(path + " has no " + from);
        }
        site.write(path, text.replace(from, to));
        return this;
    }

    /** Adds lines at the end of the front matter of content/{path}. */
    public GitSite addToFrontMatter(String path, String lines) {
        String text = read(path);
        int end = text.indexOf("\n---", 4);
        site.write(path, text.substring(0, end + 1) + lines + text.substring(end + 1));
        return this;
    }

    public SiteBuild.Report build(Path out) {
        return new SiteBuild().run(Baker.Sources.of(site.root), out);
    }

    @Override
    public void close() {
        git.close();
    }
}
