package vn.cantho.kehoach.importer;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.Project;
import vn.cantho.kehoach.support.TempSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proof on this plan: its text as copied from the portal (seed lines 44-189) and the same plan as a Word file
 * with automatic numbering both import to the hand-made tree: every section file byte for byte, the cover's
 * heading and signature fields as committed, and a site with exactly the committed permanent addresses.
 */
class ImportThisPlanTest {
    private static final String FOLDER = "32-kh-ubnd-2026";
    private static final Path COMMITTED = Project.root().resolve("content").resolve(FOLDER);
    /** Cover fields both the text and the Word file give, equal to the hand-made cover's. */
    private static final List<String> READ_FIELDS = List.of("so_hieu", "ngay_ban_hanh", "loai_van_ban",
            "header_agency", "header_motto", "header_number", "header_place_date", "header_kind", "header_subject",
            "signature_authority");

    @Test
    void theTextGivesTheCommittedSectionsByteForByte(@TempDir Path tmp) throws IOException {
        Path root = project(tmp);
        Importer.Result r = Importer.run(text(tmp), root);
        assertEquals(FOLDER, r.folder());
        assertSameOfficialText(root.resolve("content").resolve(FOLDER));
        String cover = Files.readString(root.resolve("content").resolve(FOLDER).resolve("index.md"));
        // The portal's text has no signer's name, effective date or field: the cover says so, never guesses.
        assertEquals("chưa rõ", field(cover, "nguoi_ky"));
        assertEquals("chưa rõ", field(cover, "ngay_hieu_luc"));
        assertEquals("chưa rõ", field(cover, "linh_vuc"));
        assertTrue(r.report().contains("  - nguoi_ky (Người ký): không có tên người ký ở cuối văn bản\n"
                + "    cách sửa: ghi giá trị đúng vào dòng 'nguoi_ky:' trong content/32-kh-ubnd-2026/index.md"), r.report());
        assertTrue(r.report().contains("KHÔNG XẾP ĐƯỢC (0): không có"), r.report());
    }

    @Test
    void theWordFileGivesTheCommittedSectionsByteForByte(@TempDir Path tmp) throws IOException {
        Path root = project(tmp);
        Path docx = tmp.resolve("kh32.docx");
        PlanDocx.ofPlan(docx);
        Importer.Result r = Importer.run(docx, root);
        assertSameOfficialText(root.resolve("content").resolve(FOLDER));
        String cover = Files.readString(root.resolve("content").resolve(FOLDER).resolve("index.md"));
        assertEquals("Nguyễn Văn Hòa", field(cover, "nguoi_ky"), "the Word file's signature names the signer");
        assertTrue(r.report().contains("CẦN BỔ SUNG (2)"), r.report());
    }

    @Test
    void bothImportsBuildAtOnceWithExactlyTheCommittedPermanentAddresses(@TempDir Path tmp) throws IOException {
        String committed = Files.readString(Project.root().resolve("permalinks.txt"));
        Path textRoot = project(tmp.resolve("text"));
        Importer.run(text(tmp), textRoot);
        Path docx = tmp.resolve("kh32.docx");
        PlanDocx.ofPlan(docx);
        Path wordRoot = project(tmp.resolve("word"));
        Importer.run(docx, wordRoot);
        for (Path root : List.of(textRoot, wordRoot)) {
            // Recording rewrites the manifest with what the site keeps reachable: equal means none lost, none new.
            new SiteBuild().recordingPermalinks().run(Baker.Sources.of(root), root.resolve("target/www"));
            assertEquals(committed, Files.readString(root.resolve("permalinks.txt")), root.toString());
        }
        Document cover = BakedPages.parse(textRoot.resolve("target/www").resolve(FOLDER).resolve("index.html"));
        assertEquals("chưa rõ", cover.select("table.meta th:containsOwn(Người ký) + td").text());
        // Machines are never told "chưa rõ" as a fact: the open JSON, Akoma Ntoso and JSON-LD leave it out.
        Path textPlan = textRoot.resolve("target/www").resolve(FOLDER);
        for (String export : List.of("van-ban.json", "van-ban.akn.xml")) {
            assertFalse(Files.readString(textPlan.resolve(export)).contains("chưa rõ"), export);
        }
        assertFalse(Files.readString(textPlan.resolve("van-ban.akn.xml")).contains("chua-ro"));
        assertFalse(cover.select("script[type=application/ld+json]").html().contains("chưa rõ"));
        Document word = BakedPages.parse(wordRoot.resolve("target/www").resolve(FOLDER).resolve("index.html"));
        assertEquals("Nguyễn Văn Hòa", word.select("table.meta th:containsOwn(Người ký) + td").text());
    }

    /** A project with the site's templates, assets, data, home, search and 404 pages and permalinks.txt, no plan. */
    static Path project(Path root) throws IOException {
        Path src = Project.root();
        TempSite.copy(src.resolve("templates"), root.resolve("templates"));
        TempSite.copy(src.resolve("assets"), root.resolve("assets"));
        TempSite.copy(src.resolve("data"), root.resolve("data"));
        TempSite.copy(src.resolve("content/tim-kiem"), root.resolve("content/tim-kiem"));
        for (String f : List.of("content/index.md", "content/404.md", "permalinks.txt")) {
            Files.copy(src.resolve(f), root.resolve(f));
        }
        return root;
    }

    private static Path text(Path tmp) throws IOException {
        Path file = tmp.resolve("kh32.txt");
        Files.writeString(file, SeedText.text(SeedText.FIRST, SeedText.LAST), StandardCharsets.UTF_8);
        return file;
    }

    /** Every section and the full-text page as committed, byte for byte; the cover's readable fields equal. */
    private static void assertSameOfficialText(Path imported) throws IOException {
        assertEquals(files(COMMITTED), files(imported), "the same folders and files");
        for (String f : files(COMMITTED)) {
            if (!f.equals("index.md")) {
                assertEquals(Files.readString(COMMITTED.resolve(f)), Files.readString(imported.resolve(f)), f);
            }
        }
        String committedCover = Files.readString(COMMITTED.resolve("index.md"));
        String cover = Files.readString(imported.resolve("index.md"));
        for (String key : READ_FIELDS) {
            assertEquals(field(committedCover, key), field(cover, key), key);
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    static String field(String frontMatter, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ": \"(.*)\"$").matcher(frontMatter);
        return m.find() ? m.group(1) : null;
    }
}
