package vn.cantho.kehoach.appendices;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.support.AppendixSite;
import vn.cantho.kehoach.support.OpenJsonSchema;
import vn.cantho.kehoach.support.TempSite;
import vn.cantho.kehoach.support.UpdateFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Appendices of a throwaway site (generated CSV and .xlsx): a page per appendix with an accessible table and row
 * anchors, CSV and JSON downloads, rows in the open JSON, a page per lead agency across documents, an update naming a
 * task row shown on it; and the refusals (columns that do not match, extra cells, unknown task row).
 */
class AppendicesSiteTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    @TempDir
    static Path tmp;
    static Path www;

    @BeforeAll
    static void build() throws Exception {
        www = AppendixSite.build(tmp);
    }

    static Document page(String url) {
        return BakedPages.parse(www.resolve(url.substring(1) + "index.html"));
    }

    @Test
    void anAppendixPageIsAnAccessibleTableWithARowAnchorPerRow() {
        Document p = page("/kh-1/phu-luc-1/");
        Element table = p.selectFirst("table.appendix-table");
        assertEquals("Phụ lục 1: Phân công nhiệm vụ (dữ liệu thử)", table.selectFirst("caption").text());
        assertEquals(List.of("Hàng", "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Sản phẩm",
                "Cập nhật triển khai"), table.select("thead th[scope=col]").eachText());
        List<Element> rows = table.select("tbody tr");
        assertEquals(List.of("dong-1", "dong-2", "dong-3"), rows.stream().map(Element::id).toList());
        assertEquals("1", rows.get(0).selectFirst("th[scope=row]").text());
        assertEquals(List.of("1", "Xây dựng đề án chuyển đổi số, giai đoạn thử", "Sở Thử Nghiệm", "Sở Một, Sở Hai", "Quý II/2026",
                "Đề án"), rows.get(0).select("td").eachText().subList(0, 6), "cells verbatim, quotes and commas kept");
        assertEquals("Tổ chức hội nghị \"mẫu\" về đô thị xanh", rows.get(2).select("td").get(1).text());
        assertEquals("/co-quan/so-thu-nghiem/", rows.get(0).selectFirst("td[data-label=Cơ quan chủ trì] a").attr("href"));
        assertEquals("/cap-nhat/2026/05/de-an.html", rows.get(0).selectFirst("td[data-label=Cập nhật triển khai] a").attr("href"),
                "the update naming the row is shown on it");
        assertEquals("", rows.get(1).selectFirst("td[data-label=Cập nhật triển khai]").text());
        Document xlsx = page("/kh-1/phu-luc-2/");
        assertEquals(List.of("2", "Đường vành đai Beta", "Xã Mẫu"), xlsx.select("tr#dong-2 td").eachText());
        assertEquals(0, xlsx.select("thead th:contains(Cập nhật)").size());
    }

    @Test
    void theCoverLinksItsAppendicesAndTheRealNoteStaysWhereNoAppendixIsPublished() {
        Document cover = page("/kh-1/");
        assertEquals(List.of("/kh-1/phu-luc-1/", "/kh-1/phu-luc-2/"), cover.select("section.appendices a").eachAttr("href"));
        assertTrue(cover.selectFirst("section.appendices").text().contains("(3 hàng)"));
    }

    @Test
    void csvAndJsonDownloadsHoldTheRows() throws Exception {
        String csv = Files.readString(www.resolve("kh-1/phu-luc-1/phu-luc-1.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFSTT,Nhiệm vụ,"), csv);
        assertTrue(csv.contains("1,\"Xây dựng đề án chuyển đổi số, giai đoạn thử\",Sở Thử Nghiệm,\"Sở Một, Sở Hai\",Quý II/2026,Đề án\r\n"), csv);
        assertTrue(csv.contains("\"Tổ chức hội nghị \"\"mẫu\"\" về đô thị xanh\""), csv);
        assertEquals(4, csv.split("\r\n").length);
        String fromXlsx = Files.readString(www.resolve("kh-1/phu-luc-2/phu-luc-2.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFFSTT,Tên dự án,Địa điểm\r\n1,Cầu thử nghiệm Alpha,Phường Thử\r\n2,Đường vành đai Beta,Xã Mẫu\r\n", fromXlsx);
        JsonNode json = JSON.readTree(Files.readString(www.resolve("kh-1/phu-luc-1/phu-luc-1.json")));
        assertEquals("phan-cong", json.get("kind").asString());
        assertEquals("chu-tri", json.get("columns").get(2).get("role").asString());
        assertEquals("/kh-1/phu-luc-1/#dong-3", json.get("rows").get(2).get("url").asString());
        assertEquals("2026-05-02", json.get("rows").get(0).get("updates").get(0).get("date").asString());
    }

    @Test
    void theOpenJsonCarriesTheRowsAndMatchesItsSchema() throws Exception {
        JsonNode appendices = OpenJsonSchema.valid(www.resolve("kh-1")).get("appendices");
        assertEquals(2, appendices.size());
        assertEquals("Rà soát danh mục dự án mẫu", appendices.get(0).get("rows").get(1).get("cells").get(1).asString());
        assertEquals("bang", appendices.get(1).get("kind").asString());
        assertEquals(1, JSON.readTree(Files.readString(www.resolve("kh-2/van-ban.json"))).get("appendices").size());
    }

    @Test
    void aLeadAgencyHasAPageListingItsTasksAcrossDocuments() {
        Document agency = page("/co-quan/so-thu-nghiem/");
        assertEquals("Sở Thử Nghiệm", agency.selectFirst("h1").text());
        List<Element> tasks = agency.select("li.agency-task");
        assertEquals(List.of("/kh-1/phu-luc-1/#dong-1", "/kh-1/phu-luc-1/#dong-3", "/kh-2/phu-luc-1/#dong-1"),
                tasks.stream().map(t -> t.selectFirst(".agency-task__name a").attr("href")).toList());
        assertTrue(tasks.get(0).text().contains("Sở Một, Sở Hai") && tasks.get(0).text().contains("Quý II/2026"), tasks.get(0).text());
        assertTrue(tasks.get(2).text().contains("Lập kế hoạch trồng cây xanh thử"), tasks.get(2).text());
        assertEquals("/cap-nhat/2026/05/de-an.html", tasks.get(0).selectFirst(".agency-task__updates a").attr("href"));
        Document list = page("/co-quan/");
        assertEquals(List.of("/co-quan/ban-quan-ly-thu/", "/co-quan/so-thu-nghiem/"), list.select(".agency-list a").eachAttr("href"),
                "sorted in Vietnamese order, ASCII addresses");
    }

    @Test
    void declaredColumnsMustMatchTheFile() throws Exception {
        TempSite site = AppendixSite.write(tmp.resolve("columns"));
        AppendixSite.bytes(site, "kh-1/phu-luc/phu-luc-1.csv", AppendixSite.CSV.replace("Thời hạn", "Hạn")
                .getBytes(StandardCharsets.UTF_8));
        BuildFailure f = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(site.root), tmp.resolve("w1")));
        assertEquals("content/kh-1/phu-luc/phu-luc-1.csv", f.problems().get(0).file());
        assertTrue(f.problems().get(0).what().startsWith("dòng 1: tên các cột là"), f.getMessage());
    }

    @Test
    void aRowWithMoreCellsThanColumnsAndAnUnknownTaskAreRefused() throws Exception {
        TempSite site = AppendixSite.write(tmp.resolve("cells"));
        AppendixSite.bytes(site, "kh-1/phu-luc/phu-luc-1.csv", (AppendixSite.CSV + "4,Nhiệm vụ,Sở A,Sở B,2026,Báo cáo,thừa\n")
                .getBytes(StandardCharsets.UTF_8));
        BuildFailure f = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(site.root), tmp.resolve("w2")));
        assertTrue(f.getMessage().contains("content/kh-1/phu-luc/phu-luc-1.csv: dòng 5: có 7 ô, nhiều hơn 6 cột"), f.getMessage());

        TempSite other = AppendixSite.write(tmp.resolve("task"));
        UpdateFiles.write(other, "2026/05/sai", "Tin sai", "03/05/2026", List.of("kh-1/i"), "tasks:\n  - phu-luc-1/dong-9\n", "Nội dung.\n");
        BuildFailure g = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(other.root), tmp.resolve("w3")));
        assertTrue(g.getMessage().contains("content/cap-nhat/2026/05/sai.md:8: tasks: không có hàng nhiệm vụ 'phu-luc-1/dong-9'"),
                g.getMessage());
    }
}
