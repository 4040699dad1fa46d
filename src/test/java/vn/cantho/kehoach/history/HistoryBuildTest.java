package vn.cantho.kehoach.history;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.Digest;
import vn.cantho.kehoach.support.GitSite;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Throwaway sites in their own git repositories: recorded and unrecorded changes, what readers see. */
class HistoryBuildTest {
    static final String SECTION = "kh-1/i/index.md";
    static final String CORRECTION = """
            changes:
              - date: 10/02/2026
                kind: correction
                note: "Sửa lỗi chép ở đoạn hai"
            """;

    private static Document page(Path out, String url) {
        return BakedPages.parse(out.resolve(url.substring(1)).resolve("index.html"));
    }

    /** The text a sighted reader sees, exactly (the screen-reader words removed). */
    static String visible(Element e) {
        Element c = e.clone();
        c.select(".visually-hidden").remove();
        return c.wholeText();
    }

    private static Problem only(BuildFailure f) {
        assertEquals(1, f.problems().size(), f.getMessage());
        return f.problems().get(0);
    }

    /** The original committed, then its second paragraph corrected in a commit of 10/02/2026. */
    private static RevCommit originalThenUnrecordedEdit(GitSite g) {
        g.commit("Chép văn bản gốc", "2026-02-01");
        g.replace(SECTION, "Đoạn hai.", "Đoạn thứ hai.");
        return g.commit("Sửa đoạn hai cho đúng bản gốc", "2026-02-10");
    }

    @Test
    void anUnrecordedTextChangeFailsNamingFileCommitAndFix(@TempDir Path tmp) throws Exception {
        try (GitSite g = new GitSite(tmp.resolve("src"))) {
            RevCommit edit = originalThenUnrecordedEdit(g);
            Path out = tmp.resolve("www");
            Files.createDirectories(out);
            Files.writeString(out.resolve("cu.html"), "bản cũ");
            BuildFailure f = assertThrows(BuildFailure.class, () -> g.build(out));
            Problem p = only(f);
            assertEquals("content/" + SECTION, p.file());
            String hash = edit.abbreviate(7).name();
            assertTrue(p.what().contains("commit " + hash + " (10/02/2026, \"Sửa đoạn hai cho đúng bản gốc\")"), p.what());
            assertTrue(p.fix().contains("'changes'") && p.fix().contains("không cần sửa lịch sử git"), p.fix());
            assertEquals("bản cũ", Files.readString(out.resolve("cu.html")), "the last good site is left alone");
        }
    }

    @Test
    void aLaterCommitAddingTheEntryPassesAndShowsTheExactWordDiff(@TempDir Path tmp) {
        try (GitSite g = new GitSite(tmp.resolve("src"))) {
            originalThenUnrecordedEdit(g);
            g.addToFrontMatter(SECTION, CORRECTION);
            g.commit("Ghi nhận đính chính", "2026-02-11");
            Path out = tmp.resolve("www");
            g.build(out);

            Document history = page(out, "/kh-1/i/lich-su/");
            Element change = history.getElementById("thay-doi-1");
            assertNotNull(change);
            assertEquals("10/02/2026: Đính chính", change.selectFirst("h2").text());
            assertEquals("Sửa lỗi chép ở đoạn hai", change.select("dt:contains(Ghi chú) + dd").text());
            assertTrue(change.select("dt:contains(Căn cứ)").isEmpty(), "a correction without basis shows none");
            Element diff = change.selectFirst(".diff");
            assertEquals(List.of("[chữ thêm vào: thứ ]"), diff.select("ins").eachText());
            assertTrue(diff.select("del").isEmpty());
            assertEquals("(1 đoạn không thay đổi)", diff.child(0).text(), "the unchanged first paragraph is counted");
            assertEquals("Đoạn thứ hai.", visible(diff.child(1)));
            assertEquals("thứ ", visible(diff.child(1).selectFirst("ins")));

            Document section = page(out, "/kh-1/i/");
            assertEquals("Cập nhật lần cuối: 10/02/2026 · Lịch sử thay đổi", section.selectFirst(".last-changed").text());
            assertEquals("/kh-1/i/lich-su/", section.selectFirst(".last-changed a").attr("href"));
            assertTrue(page(out, "/kh-1/").selectFirst(".last-changed").text().contains("10/02/2026"));
            assertTrue(page(out, "/kh-1/toan-van/").selectFirst(".last-changed").text().contains("10/02/2026"));
            assertEquals("Cập nhật lần cuối: 01/02/2026 · Lịch sử thay đổi",
                    page(out, "/kh-1/ii/1/").selectFirst(".last-changed").text(), "unchanged: the issue date");
        }
    }

    @Test
    void anAmendmentShowsDateKindBasisNoteAndDiff(@TempDir Path tmp) {
        try (GitSite g = new GitSite(tmp.resolve("src"))) {
            g.commit("Chép văn bản gốc", "2026-02-01");
            g.replace(SECTION, "Đoạn hai.", "Đoạn hai, sửa đổi năm 2026.\n\nĐoạn ba mới.");
            g.addToFrontMatter(SECTION, """
                    changes:
                      - date: 15/03/2026
                        kind: amendment
                        basis: "Kế hoạch số 99/KH-UBND ngày 15/03/2026 của Ủy ban nhân dân thành phố Cần Thơ"
                        note: "Sửa đổi đoạn 2, bổ sung đoạn 3"
                    """);
            g.commit("Sửa đổi theo Kế hoạch 99", "2026-03-15");
            Path out = tmp.resolve("www");
            g.build(out);
            Element change = page(out, "/kh-1/i/lich-su/").getElementById("thay-doi-1");
            assertEquals("15/03/2026: Sửa đổi, bổ sung", change.selectFirst("h2").text());
            assertEquals("Kế hoạch số 99/KH-UBND ngày 15/03/2026 của Ủy ban nhân dân thành phố Cần Thơ",
                    change.select("dt:contains(Căn cứ) + dd").text());
            assertEquals("Sửa đổi đoạn 2, bổ sung đoạn 3", change.select("dt:contains(Ghi chú) + dd").text());
            Element diff = change.selectFirst(".diff");
            // The shortest exact diff keeps the old final "." as the new third paragraph's.
            assertTrue(diff.select("del").isEmpty());
            assertEquals(List.of("[chữ thêm vào: , sửa đổi năm 2026.]", "[ngắt đoạn thêm vào: ¶]",
                    "[chữ thêm vào: Đoạn ba mới]"), diff.select("ins").eachText());
            assertEquals(List.of("(1 đoạn không thay đổi)", "Đoạn hai, sửa đổi năm 2026.¶", "Đoạn ba mới."),
                    diff.select("p").stream().map(HistoryBuildTest::visible).toList());
            assertEquals("/kh-1/i/phien-ban/2026-02-01/", change.select("a[href*=phien-ban]").attr("href"));
        }
    }

    @Test
    void anEarlierVersionIsServedAtItsUrlMarkedNotInForce(@TempDir Path tmp) {
        try (GitSite g = new GitSite(tmp.resolve("src"))) {
            originalThenUnrecordedEdit(g);
            g.addToFrontMatter(SECTION, CORRECTION);
            g.commit("Ghi nhận đính chính", "2026-02-11");
            Path out = tmp.resolve("www");
            g.build(out);
            Path file = out.resolve("kh-1/i/phien-ban/2026-02-01/index.html");
            assertTrue(Files.exists(file));
            Document old = BakedPages.parse(file);
            assertEquals("Đoạn hai.", old.getElementById("doan-1").text(), "the old text, with the same paragraph ids");
            assertFalse(old.selectFirst(".official-text").text().contains("thứ hai"));
            assertEquals("noindex", old.selectFirst("meta[name=robots]").attr("content"));
            Element banner = old.selectFirst(".old-version");
            assertTrue(banner.text().startsWith("Văn bản này không còn hiệu lực."), banner.text());
            assertTrue(banner.text().contains("từ ngày 01/02/2026 đến ngày 10/02/2026"), banner.text());
            assertEquals("/kh-1/i/", banner.select("a:contains(văn bản hiện hành)").attr("href"));
            assertNull(page(out, "/kh-1/i/").selectFirst("meta[name=robots]"), "the current text is indexed");
            assertEquals("/kh-1/i/phien-ban/2026-02-01/",
                    page(out, "/kh-1/i/lich-su/").select(".history__origin a").attr("href"));
        }
    }

    @Test
    void frontMatterAndMarkdownLayoutAreNotTextChanges(@TempDir Path tmp) {
        try (GitSite g = new GitSite(tmp.resolve("src"))) {
            g.commit("Chép văn bản gốc", "2026-02-01");
            g.replace(SECTION, "title: \"Tiêu đề i\"", "title: \"Tiêu đề mới của i\"")
                    .replace(SECTION, "1\\. Đoạn một.\n\nĐoạn hai.\n", "1\\. Đoạn\nmột.   \r\n\n\n\nĐoạn hai.  \n\n");
            g.commit("Đổi tiêu đề, xuống dòng", "2026-02-05");
            Files.writeString(g.site.root.resolve("assets/css/site.css"), "/* changed */", java.nio.file.StandardOpenOption.APPEND);
            g.commit("Đổi giao diện", "2026-02-06");
            Path out = tmp.resolve("www");
            g.build(out);
            assertTrue(page(out, "/kh-1/i/lich-su/").text().contains("Chưa có thay đổi nào"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void uncommittedEditsCountAsALastCommit(@TempDir Path tmp) {
        try (GitSite g = new GitSite(tmp.resolve("src"))) {
            g.commit("Chép văn bản gốc", "2026-02-01");
            g.replace(SECTION, "Đoạn hai.", "Đoạn hai đã sửa.");
            Problem p = only(assertThrows(BuildFailure.class, () -> g.build(tmp.resolve("www"))));
            assertTrue(p.what().contains("thay đổi chưa commit trong thư mục làm việc"), p.what());
            g.addToFrontMatter(SECTION, CORRECTION);
            g.build(tmp.resolve("www")); // recorded before committing: fine
            assertEquals(1, page(tmp.resolve("www"), "/kh-1/i/lich-su/").select(".diff ins").size());
        }
    }

    @Test
    void aCopyWithoutGitBuildsAndSaysWhyThereIsNoDiff(@TempDir Path tmp) {
        TempSite site = new TempSite(tmp.resolve("src"));
        String text = "---\ntype: section\nid: i\norder: 1\nlabel: \"Phần i\"\ntitle: \"Tiêu đề i\"\n" + CORRECTION
                + "---\n\n1\\. Đoạn một.\n\nĐoạn thứ hai.\n";
        site.write(SECTION, text);
        Path out = tmp.resolve("www");
        new vn.cantho.kehoach.SiteBuild().run(vn.cantho.kehoach.bake.Baker.Sources.of(site.root), out);
        Document history = page(out, "/kh-1/i/lich-su/");
        assertTrue(history.selectFirst(".notice").text().contains("không có lịch sử git"), history.selectFirst(".notice").text());
        Element change = history.getElementById("thay-doi-1");
        assertEquals("10/02/2026: Đính chính", change.selectFirst("h2").text());
        assertNull(change.selectFirst(".diff"));
        assertTrue(change.selectFirst(".change__nodiff").text().startsWith("Không có bản so sánh chữ vì"));
        assertFalse(Files.exists(out.resolve("kh-1/i/phien-ban")), "no earlier text is known");
    }

    @Test
    void aShallowCloneBuildsAndSaysWhy(@TempDir Path tmp) throws Exception {
        try (GitSite g = new GitSite(tmp.resolve("src"))) {
            originalThenUnrecordedEdit(g);
            g.addToFrontMatter(SECTION, CORRECTION);
            g.commit("Ghi nhận đính chính", "2026-02-11");
            Path clone = tmp.resolve("clone");
            try (Git c = Git.cloneRepository().setURI(g.site.root.toUri().toString()).setDirectory(clone.toFile())
                    .setDepth(1).call()) {
                assertTrue(Files.size(clone.resolve(".git/shallow")) > 0, "a real shallow clone");
            }
            Path out = tmp.resolve("www");
            new vn.cantho.kehoach.SiteBuild().run(vn.cantho.kehoach.bake.Baker.Sources.of(clone), out);
            assertTrue(page(out, "/kh-1/i/lich-su/").selectFirst(".notice").text().contains("shallow clone"));
        }
    }

    @Test
    void anAbolishedSectionKeepsItsUrlSaysSoAndLinksToItsLastText(@TempDir Path tmp) {
        try (GitSite g = new GitSite(tmp.resolve("src"))) {
            g.commit("Chép văn bản gốc", "2026-02-01");
            g.addToFrontMatter("kh-1/ii/1/index.md", """
                    changes:
                      - date: 01/06/2026
                        kind: abolition
                        basis: "Kế hoạch số 120/KH-UBND ngày 25/05/2026 của Ủy ban nhân dân thành phố Cần Thơ"
                    """);
            g.commit("Bãi bỏ khoản 1 Mục II", "2026-05-26");
            Path out = tmp.resolve("www");
            g.build(out);
            Document section = page(out, "/kh-1/ii/1/");
            Element notice = section.selectFirst(".abolished");
            assertEquals("Phần này đã bị bãi bỏ từ ngày 01/06/2026 theo Kế hoạch số 120/KH-UBND ngày 25/05/2026 của"
                    + " Ủy ban nhân dân thành phố Cần Thơ. Đọc văn bản cuối cùng trước khi bãi bỏ (không còn hiệu lực).",
                    notice.text());
            assertNull(section.selectFirst(".official-text"), "the text is no longer shown as in force");
            String last = notice.selectFirst("a").attr("href");
            assertEquals("/kh-1/ii/1/phien-ban/2026-02-01/", last);
            Document lastText = page(out, last);
            assertEquals("Nội dung khoản 1.", lastText.selectFirst(".official-text").text());
            assertTrue(lastText.selectFirst(".old-version").text().contains("khi bị bãi bỏ"));
            Element fullText = page(out, "/kh-1/toan-van/").getElementById("ii-1").parent();
            assertNotNull(fullText.selectFirst(".abolished"));
            assertNull(fullText.selectFirst(".official-text"));
            assertEquals("01/06/2026: Bãi bỏ", page(out, "/kh-1/ii/1/lich-su/").selectFirst("#thay-doi-1 h2").text());
        }
    }

    @Test
    void twoBuildsOfTheSameCommitAreByteIdentical(@TempDir Path tmp) {
        try (GitSite g = new GitSite(tmp.resolve("src"))) {
            originalThenUnrecordedEdit(g);
            g.addToFrontMatter(SECTION, CORRECTION);
            g.commit("Ghi nhận đính chính", "2026-02-11");
            g.build(tmp.resolve("a"));
            g.build(tmp.resolve("b"));
            assertEquals(Digest.of(tmp.resolve("a")), Digest.of(tmp.resolve("b")));
            assertTrue(Files.exists(tmp.resolve("a/kh-1/i/phien-ban/2026-02-01/index.html")));
        }
    }

    @Test
    void theBaselineExemptsTranscriptionCommits(@TempDir Path tmp) {
        try (GitSite g = new GitSite(tmp.resolve("src"))) {
            RevCommit transcribed = originalThenUnrecordedEdit(g);
            g.addToFrontMatter("kh-1/index.md", "history_baseline: \"" + transcribed.name() + "\"\n");
            g.commit("Mốc lịch sử", "2026-02-12");
            Path out = tmp.resolve("www");
            g.build(out);
            assertTrue(page(out, "/kh-1/i/lich-su/").text().contains("Chưa có thay đổi nào"));

            g.replace(SECTION, "Đoạn thứ hai.", "Đoạn thứ hai!");
            RevCommit after = g.commit("Sửa sau mốc", "2026-02-13");
            assertTrue(only(assertThrows(BuildFailure.class, () -> g.build(out))).what()
                    .contains(after.abbreviate(7).name()), "changes after the baseline are checked");

            g.replace("kh-1/index.md", transcribed.name(), "0000000000000000000000000000000000000001");
            Problem p = only(assertThrows(BuildFailure.class, () -> g.build(out)));
            assertEquals("content/kh-1/index.md", p.file());
            assertTrue(p.what().startsWith("history_baseline '0000000000000000000000000000000000000001' không phải"));
        }
    }

    @Test
    void oneEntryMayRecordSeveralCommitsButAnEntryMayNotBeRemoved(@TempDir Path tmp) {
        try (GitSite g = new GitSite(tmp.resolve("src"))) {
            originalThenUnrecordedEdit(g);
            g.replace(SECTION, "Đoạn một.", "Đoạn thứ nhất.");
            g.commit("Sửa tiếp đoạn một", "2026-02-10");
            g.addToFrontMatter(SECTION, CORRECTION);
            g.commit("Ghi nhận đính chính", "2026-02-11");
            Path out = tmp.resolve("www");
            g.build(out);
            assertEquals(List.of("[chữ thêm vào: thứ nhất]", "[chữ thêm vào: thứ ]"),
                    page(out, "/kh-1/i/lich-su/").select(".diff ins").eachText());
            assertEquals(List.of("[chữ bị bỏ: một]"), page(out, "/kh-1/i/lich-su/").select(".diff del").eachText());

            g.replace(SECTION, CORRECTION, "");
            g.commit("Xóa mục", "2026-02-12");
            Problem p = assertThrows(BuildFailure.class, () -> g.build(out)).problems().stream()
                    .filter(x -> x.what().contains("không được xóa")).findFirst().orElseThrow();
            assertEquals("content/" + SECTION, p.file());
        }
    }
}
