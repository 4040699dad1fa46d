package vn.cantho.kehoach.updates;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.support.LastGoodSite;
import vn.cantho.kehoach.support.TempSite;
import vn.cantho.kehoach.support.UpdateFiles;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A mistaken update stops the build with file:line, what and how to fix, and the published site stays as it was. */
class UpdateErrorsTest {
    @TempDir
    Path tmp;
    TempSite site;
    Path out;
    LastGoodSite good;

    @BeforeEach
    void goodBuildFirst() throws Exception {
        site = new TempSite(tmp.resolve("src"));
        UpdateFiles.write(site, "2026/03/tot", "Tin tốt", "01/03/2026", "i");
        out = tmp.resolve("www");
        good = LastGoodSite.build(site, out);
    }

    private Problem fails(String file, String what) throws Exception {
        Problem match = LastGoodSite.problem(good.fails(), file, what);
        assertTrue(match.fix().length() > 10, "a fix must be suggested");
        return match;
    }

    private void update(String frontMatter, String body) {
        site.write("cap-nhat/2026/04/loi.md", "---\n" + frontMatter + "---\n\n" + body);
    }

    @Test
    void aSectionThatDoesNotExist() throws Exception {
        update("type: update\ntitle: \"Tin\"\ndate: 01/04/2026\nsections:\n  - i\n  - ii-9\n", "Nội dung.\n");
        Problem p = fails("content/cap-nhat/2026/04/loi.md", "không có phần nào có id 'ii-9'");
        assertTrue(p.line() == 5 || p.line() == 7, "the line of 'sections' (or, once nested lines are recorded, of the item)");
        assertTrue(p.format().startsWith("content/cap-nhat/2026/04/loi.md:" + p.line() + ": sections:"));
    }

    @Test
    void anUpdateNamingAPathInsteadOfASectionIsRefused() throws Exception {
        update("type: update\ntitle: \"Tin\"\ndate: 01/04/2026\nsections:\n  - ../../../etc/passwd\n", "Nội dung.\n");
        Problem p = fails("content/cap-nhat/2026/04/loi.md", "sections:");
        assertTrue(p.what().contains("../../../etc/passwd"), p.what());
    }

    @Test
    void aQualifiedSectionOfAnUnknownDocument() throws Exception {
        update("type: update\ntitle: \"Tin\"\ndate: 01/04/2026\nsections: [kh-9/i]\n", "Nội dung.\n");
        assertEquals(5, fails("content/cap-nhat/2026/04/loi.md", "không có phần 'kh-9/i'").line());
    }

    @Test
    void anIdSharedByTwoDocumentsMustSayWhichDocument() throws Exception {
        site.cover("kh-2", "Kế hoạch hai", "03/04/2026", "");
        site.write("kh-2/i/index.md", "---\ntype: section\nid: i\norder: 1\nlabel: \"Mục I\"\ntitle: \"M\"\n---\n\nNội dung.\n");
        Problem p = fails("content/cap-nhat/2026/03/tot.md", "có ở nhiều văn bản: kh-1/i, kh-2/i");
        assertTrue(p.fix().contains("kh-1/i"));
        UpdateFiles.write(site, "2026/03/tot", "Tin tốt", "01/03/2026", "kh-2/i");
        new SiteBuild().run(Baker.Sources.of(site.root), out); // qualified: accepted
    }

    @Test
    void anImpossibleDate() throws Exception {
        update("type: update\ntitle: \"Tin\"\ndate: 31/02/2026\nsections: [i]\n", "Nội dung.\n");
        assertEquals(4, fails("content/cap-nhat/2026/04/loi.md", "không phải ngày hợp lệ").line());
    }

    @Test
    void anIsoDate() throws Exception {
        update("type: update\ntitle: \"Tin\"\ndate: 2026-04-01\nsections: [i]\n", "Nội dung.\n");
        assertEquals(4, fails("content/cap-nhat/2026/04/loi.md", "không phải ngày hợp lệ").line());
    }

    @Test
    void missingSections() throws Exception {
        update("type: update\ntitle: \"Tin\"\ndate: 01/04/2026\n", "Nội dung.\n");
        fails("content/cap-nhat/2026/04/loi.md", "thiếu trường bắt buộc 'sections'");
    }

    @Test
    void emptySections() throws Exception {
        update("type: update\ntitle: \"Tin\"\ndate: 01/04/2026\nsections: []\n", "Nội dung.\n");
        assertEquals(5, fails("content/cap-nhat/2026/04/loi.md", "chưa ghi phần nào").line());
    }

    @Test
    void aBadDraftValue() throws Exception {
        update("type: update\ntitle: \"Tin\"\ndate: 01/04/2026\nsections: [i]\ndraft: có\n", "Nội dung.\n");
        assertEquals(6, fails("content/cap-nhat/2026/04/loi.md", "draft 'có' không hợp lệ").line());
    }

    @Test
    void rawHtmlIsRefusedAtItsLine() throws Exception {
        update("type: update\ntitle: \"Tin\"\ndate: 01/04/2026\nsections: [i]\n", "Đoạn một.\n\n<script>alert(1)</script>\n");
        assertEquals(10, fails("content/cap-nhat/2026/04/loi.md", "không được chứa mã HTML").line());
    }

    @Test
    void inlineHtmlIsRefusedToo() throws Exception {
        update("type: update\ntitle: \"Tin\"\ndate: 01/04/2026\nsections: [i]\n", "Đoạn <b onclick=\"x\">một</b>.\n");
        assertEquals(8, fails("content/cap-nhat/2026/04/loi.md", "không được chứa mã HTML").line());
    }

    @Test
    void anHttpLinkIsRefused() throws Exception {
        update("type: update\ntitle: \"Tin\"\ndate: 01/04/2026\nsections: [i]\n", "Đoạn.\n\nXem [trang](http://example.vn/x).\n");
        assertTrue(fails("content/cap-nhat/2026/04/loi.md", "liên kết 'http://example.vn/x'").fix().contains("https://"));
    }

    @Test
    void aBrokenLinkInsideTheSiteIsCaughtByTheLinkCheck() throws Exception {
        update("type: update\ntitle: \"Tin\"\ndate: 01/04/2026\nsections: [i]\n", "Xem [mục](/kh-1/vii/).\n");
        fails(out.toString().replace('\\', '/') + "/cap-nhat/2026/04/loi.html", "liên kết hỏng");
    }

    @Test
    void anImageIsRefused() throws Exception {
        update("type: update\ntitle: \"Tin\"\ndate: 01/04/2026\nsections: [i]\n", "![ảnh](/anh.png)\n");
        assertEquals(8, fails("content/cap-nhat/2026/04/loi.md", "hình ảnh").line());
    }

    @Test
    void aLevelOneHeadingIsRefused() throws Exception {
        update("type: update\ntitle: \"Tin\"\ndate: 01/04/2026\nsections: [i]\n", "# Tiêu đề\n\nĐoạn.\n");
        assertEquals(8, fails("content/cap-nhat/2026/04/loi.md", "tiêu đề cấp 1").line());
    }

    @Test
    void anEmptyBody() throws Exception {
        update("type: update\ntitle: \"Tin\"\ndate: 01/04/2026\nsections: [i]\n", "");
        fails("content/cap-nhat/2026/04/loi.md", "chưa có nội dung");
    }

    @Test
    void anUpdateOutsideItsFolder() throws Exception {
        site.write("kh-1/tin.md", "---\ntype: update\ntitle: \"Tin\"\ndate: 01/04/2026\nsections: [i]\n---\n\nNội dung.\n");
        assertEquals(2, fails("content/kh-1/tin.md", "phải nằm trong thư mục content/cap-nhat/").line());
    }

    @Test
    void anUpdateCannotTakeTheListsAddress() throws Exception {
        site.write("cap-nhat/trang-2/index.md", "---\ntype: update\ntitle: \"Tin\"\ndate: 01/04/2026\nsections: [i]\n---\n\nNội dung.\n");
        fails("content/cap-nhat/trang-2/index.md", "dành cho danh sách bài cập nhật");
    }

    @Test
    void anotherPageCannotTakeTheListsAddress() throws Exception {
        site.write("cap-nhat/index.md", "---\ntype: search\nid: tim\ntitle: \"Tìm\"\n---\n");
        fails("content/cap-nhat/index.md", "dành cho danh sách bài cập nhật");
    }

    @Test
    void anUnknownField() throws Exception {
        update("type: update\ntitle: \"Tin\"\ndate: 01/04/2026\nsections: [i]\ntags: [x]\n", "Nội dung.\n");
        List<String> all = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(site.root), out))
                .problems().stream().map(Problem::format).toList();
        assertTrue(all.stream().anyMatch(s -> s.startsWith("content/cap-nhat/2026/04/loi.md:6: trường 'tags' không dùng cho trang loại update")), all.toString());
    }
}
