package vn.cantho.kehoach.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.content.FrontMatter;
import vn.cantho.kehoach.content.SourcePage;
import vn.cantho.kehoach.support.GitSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a section file's history with JGit, including where it lived before it was moved. */
class GitHistoryTest {
    private static SourcePage page(GitSite g, String path) {
        FrontMatter.Parsed p = FrontMatter.parse(path, g.read(path));
        return new SourcePage(path, "/" + path.replace("index.md", ""), p.fields(), p.fieldLines(), p.body(), p.bodyLine());
    }

    @Test
    void aMovedSectionKeepsTheHistoryOfItsOldPath(@TempDir Path tmp) throws Exception {
        try (GitSite g = new GitSite(tmp.resolve("src"))) {
            g.commit("Chép văn bản gốc", "2026-02-01");
            String text = g.read("kh-1/ii/1/index.md").replace("id: ii-1", "id: ii-5").replace("Nội dung khoản 1.", "Nội dung khoản 5.");
            Files.delete(g.site.root.resolve("content/kh-1/ii/1/index.md"));
            g.site.write("kh-1/ii/5/index.md", text);
            g.commit("Chuyển khoản 1 thành khoản 5 và sửa chữ", "2026-03-01");
            Path content = g.site.root.resolve("content");
            try (GitHistory history = GitHistory.read(content)) {
                SourcePage moved = page(g, "kh-1/ii/5/index.md");
                List<Step> followed = history.steps(moved, List.of("kh-1/ii/1/index.md"), null);
                assertEquals(List.of(false, true), followed.stream().map(Step::textChanged).toList());
                assertEquals("Nội dung khoản 1.", followed.get(1).before().plain());
                assertEquals("Nội dung khoản 5.", followed.get(1).after().plain());
                assertEquals("01/03/2026", followed.get(1).commit().date());

                List<Step> alone = history.steps(moved, List.of(), null);
                assertEquals(1, alone.size());
                assertFalse(alone.get(0).textChanged(), "without moved_from the file starts anew");
            }
        }
    }

    @Test
    void aCommitWithBrokenFrontMatterIsSkippedNotCountedAsEmptyingTheText(@TempDir Path tmp) {
        try (GitSite g = new GitSite(tmp.resolve("src"))) {
            g.commit("Chép văn bản gốc", "2026-02-01");
            String good = g.read("kh-1/i/index.md");
            g.site.write("kh-1/i/index.md", good.replace("title: \"Tiêu đề i\"", "title: \"Tiêu đề i"));
            g.commit("Lỡ xóa dấu ngoặc kép", "2026-02-02");
            g.site.write("kh-1/i/index.md", good);
            g.commit("Sửa lại", "2026-02-03");
            try (GitHistory history = GitHistory.read(g.site.root.resolve("content"))) {
                List<Step> steps = history.steps(page(g, "kh-1/i/index.md"), List.of(), null);
                assertEquals(List.of("01/02/2026", "03/02/2026"), steps.stream().map(s -> s.commit().date()).toList());
                assertTrue(steps.stream().noneMatch(Step::textChanged));
            }
        }
    }

    @Test
    void formerPathsComeFromOldUrlsOrPaths() {
        SourcePage p = new SourcePage("kh-1/ii/5/index.md", "/kh-1/ii/5/",
                java.util.Map.of("moved_from", List.of("/kh-1/ii/1/", "kh-1/ii/0/index.md")), java.util.Map.of(), "", 1);
        assertEquals(List.of("kh-1/ii/1/index.md", "kh-1/ii/0/index.md"), HistoryPages.formerPaths(p));
        assertTrue(HistoryPages.formerPaths(new SourcePage("a/index.md", "/a/", java.util.Map.of(), java.util.Map.of(), "", 1))
                .isEmpty());
    }
}
