package vn.cantho.kehoach.site;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.EditorLitterTest;
import vn.cantho.kehoach.output.ChangeWatcher;
import vn.cantho.kehoach.support.ChildJvm;
import vn.cantho.kehoach.support.Digest;
import vn.cantho.kehoach.support.Project;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Files that editors and systems leave in content/, templates/ and assets/ neither fail the build nor
 * reach the site nor trigger a rebuild, and git ignores them; a real stray file still fails the build.
 */
class EditorLitterSiteTest {
    @TempDir
    Path tmp;
    TempSite site;
    Path out;
    List<Path> folders;

    @BeforeEach
    void site() {
        site = new TempSite(tmp.resolve("src"));
        out = tmp.resolve("www");
        folders = List.of(site.root.resolve("content"), site.root.resolve("templates"), site.root.resolve("assets"));
    }

    /** Every litter name in the top and a nested folder of content/, templates/ and assets/. */
    private List<Path> litterEverywhere() throws Exception {
        List<Path> written = new ArrayList<>();
        for (Path dir : List.of(site.root.resolve("content"), site.root.resolve("content/kh-1/i"),
                site.root.resolve("templates"), site.root.resolve("assets"), site.root.resolve("assets/css"))) {
            for (String name : EditorLitterTest.LITTER) {
                // what a careless read would choke on: no front matter, not UTF-8
                written.add(Files.write(dir.resolve(name), new byte[]{'-', '-', '-', '\n', (byte) 0xC3, '(', '\n'}));
            }
        }
        // emacs' lock is a symbolic link to nowhere
        Path lock = site.root.resolve("content/kh-1/.#index.md");
        Files.createSymbolicLink(lock, Path.of("staff@may-tinh.4242:1700000000"));
        written.add(lock);
        // a hidden folder of an editor, with a Markdown file that would not pass the checks
        written.add(Files.writeString(Files.createDirectories(site.root.resolve("content/.obsidian")).resolve("ghi-chu.md"), "no front matter"));
        written.add(Files.writeString(Files.createDirectories(site.root.resolve("assets/.cache")).resolve("x.css"), "x"));
        return written;
    }

    @Test
    void litterIsIgnoredAndNeverPublished() throws Exception {
        new SiteBuild().run(Baker.Sources.of(site.root), out);
        String clean = Digest.of(out);
        litterEverywhere();
        new SiteBuild().run(Baker.Sources.of(site.root), out);
        assertEquals(clean, Digest.of(out), "the site built beside the litter must be the very same site");
        try (var walk = Files.walk(out)) {
            List<String> names = walk.map(p -> p.getFileName().toString()).toList();
            for (String name : EditorLitterTest.LITTER) {
                assertFalse(names.contains(name), name + " published");
            }
        }
    }

    @Test
    void litterDoesNotTriggerARebuild() throws Exception {
        ChangeWatcher watcher = new ChangeWatcher(folders);
        List<Path> litter = litterEverywhere();
        assertFalse(watcher.changed(), "new litter");
        for (Path p : litter) {
            if (Files.isRegularFile(p)) {
                Files.writeString(p, "changed, and longer than before");
            }
        }
        assertFalse(watcher.changed(), "edited litter");
        site.section("i", 1, null, "Đoạn đã sửa.\n");
        assertTrue(watcher.changed(), "a real edit is still seen");
    }

    @Test
    void aRealStrayFileStillFailsTheBuild() throws Exception {
        litterEverywhere();
        Files.write(site.root.resolve("content/kh-1/i/anh.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        BuildFailure f = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(site.root), out));
        assertEquals(1, f.problems().size(), f.getMessage());
        assertEquals("content/kh-1/i/anh.png", f.problems().get(0).file());
        assertTrue(f.problems().get(0).what().contains("content/ chỉ chứa tệp Markdown"), f.getMessage());
    }

    @Test
    void gitIgnoresEveryLitterNameButNotTheSources() throws Exception {
        assumeTrue(ChildJvm.onPath("git"), "git is not installed");
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.copy(Project.root().resolve(".gitignore"), repo.resolve(".gitignore"));
        assertEquals(0, git(repo, "init", "-q"));
        for (String folder : List.of("content/", "content/32-kh-ubnd-2026/ii/", "templates/", "assets/", "assets/css/")) {
            for (String name : EditorLitterTest.LITTER) {
                assertEquals(0, git(repo, "check-ignore", "-q", "--no-index", folder + name), folder + name + " not ignored");
            }
        }
        for (String real : List.of("content/index.md", "content/32-kh-ubnd-2026/ii/4-2/index.md", "templates/section.ftl",
                "assets/css/site.css", "assets/js/vendor/minisearch.js", ".gitignore", ".ci/run", "pom.xml")) {
            assertEquals(1, git(repo, "check-ignore", "-q", "--no-index", real), real + " ignored");
        }
    }

    private static int git(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        return p.exitValue();
    }
}
