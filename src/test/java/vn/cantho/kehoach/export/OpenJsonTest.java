package vn.cantho.kehoach.export;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SiteLoader;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.Project;
import vn.cantho.kehoach.support.SourceText;
import vn.cantho.kehoach.support.TableSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan as open JSON: valid against its published schema, every paragraph verbatim, linked from every page. */
class OpenJsonTest {
    private static final String DOC = "/32-kh-ubnd-2026/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String json() throws Exception {
        return Files.readString(BuiltSite.dir().resolve("32-kh-ubnd-2026/van-ban.json"));
    }

    private static Schema schema() throws Exception {
        String schema = Files.readString(BuiltSite.dir().resolve("32-kh-ubnd-2026/van-ban.schema.json"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema, InputFormat.JSON);
    }

    @Test
    void validatesAgainstThePublishedSchema() throws Exception {
        Schema schema = schema();
        List<Error> errors = schema.validate(json(), InputFormat.JSON);
        assertTrue(errors.isEmpty(), errors.toString());

        ObjectNode broken = (ObjectNode) JSON.readTree(json());
        ((ObjectNode) broken.get("sections").get(0).get("paragraphs").get(0)).remove("text");
        broken.put("unknown", 1);
        // A paragraph is one of two kinds (paragraph or table), so the missing text is reported for each kind.
        List<String> found = schema.validate(broken).stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList();
        assertTrue(found.stream().anyMatch(e -> e.contains("unknown")), found.toString());
        assertTrue(found.stream().anyMatch(e -> e.startsWith("/sections/0/paragraphs/0") && e.contains("text")), found.toString());
        assertTrue(found.stream().allMatch(e -> e.contains("unknown") || e.startsWith("/sections/0/paragraphs/0")),
                "the validator rejects exactly the two faults: " + found);
    }

    @Test
    void everyParagraphOfTheSiteIsInItVerbatim() throws Exception {
        JsonNode root = JSON.readTree(json());
        Map<String, JsonNode> sections = new LinkedHashMap<>();
        root.get("sections").forEach(s -> sections.put(s.get("url").asString(), s));
        Site site = new SiteLoader().load(Project.root().resolve("content"));
        List<String> order = new ArrayList<>();
        for (Section s : site.documents().iterator().next().sections()) {
            order.add(s.url());
            Document page = BuiltSite.at(s.url());
            JsonNode js = sections.get(s.url());
            List<Element> blocks = page.select(".official-text > [id]");
            assertEquals(blocks.size(), js.get("paragraphs").size(), s.url());
            for (int i = 0; i < blocks.size(); i++) {
                JsonNode p = js.get("paragraphs").get(i);
                assertEquals(blocks.get(i).id(), p.get("id").asString());
                assertEquals(blocks.get(i).text(), p.get("text").asString(), s.url() + "#" + blocks.get(i).id());
                assertEquals(s.url() + "#" + blocks.get(i).id(), p.get("url").asString());
                List<String> cites = new ArrayList<>();
                p.get("cites").forEach(c -> cites.add(DOC + "van-ban-dan-chieu/#" + c.asString()));
                assertEquals(blocks.get(i).select("a.cited-doc").eachAttr("href").stream().distinct().toList(), cites);
            }
            assertEquals(page.selectFirst("h1").text(), js.has("heading") ? js.get("heading").asString()
                    : js.get("title").asString());
        }
        assertEquals(order, List.copyOf(sections.keySet()), "reading order");

        Set<String> texts = new HashSet<>();
        root.get("sections").forEach(s -> {
            s.get("paragraphs").forEach(p -> texts.add(p.get("text").asString()));
            if (s.has("heading")) {
                texts.add(s.get("heading").asString());
            }
        });
        root.get("headingBlock").forEach(v -> texts.add(v.asString()));
        root.get("signature").forEach(v -> texts.add(v.asString()));
        List<String> missing = SourceText.paragraphs().stream().filter(p -> !texts.contains(p)).toList();
        assertEquals(List.of(), missing, "every paragraph of the source (lines 44-185) is in the JSON");
    }

    @Test
    void roundTrips() throws Exception {
        String text = json();
        JsonNode tree = JSON.readTree(text);
        assertEquals(text.strip(), JSON.writeValueAsString(tree), "read and written again: the same bytes");
        assertEquals(tree, JSON.readTree(JSON.writeValueAsString(JSON.treeToValue(tree, Map.class))));
        assertEquals(Files.readString(Project.root().resolve("src/main/resources/export/van-ban.schema.json")),
                Files.readString(BuiltSite.dir().resolve("32-kh-ubnd-2026/van-ban.schema.json")));
    }

    @Test
    void everyPageOfThePlanLinksItAndNoOtherPageDoes() {
        int linked = 0;
        for (Path p : BuiltSite.pages()) {
            String url = BuiltSite.urlOf(p);
            List<String> alt = BuiltSite.parse(p).select("link[rel=alternate][type=application/json]").eachAttr("href");
            if (url.startsWith(DOC)) {
                assertEquals(List.of(DOC + "van-ban.json"), alt, url);
                linked++;
            } else {
                assertTrue(alt.isEmpty(), url);
            }
        }
        assertEquals(47, linked, "cover, 22 sections and their history pages, full text, cited documents");
        assertFalse(BuiltSite.at(DOC).select("a[href=" + DOC + "van-ban.schema.json]").isEmpty());
    }

    /** A table in the JSON: caption, column names and each row with its anchor and cells, valid against the schema. */
    @Test
    void aTableHasItsCaptionColumnsAndRowsWithAnchors() throws Exception {
        String text = Files.readString(TableSite.dir().resolve("kh-1/van-ban.json"));
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(TableSite.dir().resolve("kh-1/van-ban.schema.json")), InputFormat.JSON);
        assertEquals(List.of(), schema.validate(text, InputFormat.JSON));
        JsonNode section = JSON.readTree(text).get("sections").get(0);
        assertEquals("/kh-1/i/", section.get("url").asString());
        JsonNode table = section.get("paragraphs").get(1);
        assertEquals("bang-1", table.get("id").asString());
        assertEquals("table", table.get("kind").asString());
        assertEquals("/kh-1/i/#bang-1", table.get("url").asString());
        assertEquals("Bảng 1. Chỉ tiêu chuyển đổi số năm 2026", table.get("caption").asString());
        assertEquals(List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Cơ quan chủ trì"),
                JSON.treeToValue(table.get("columns"), List.class));
        JsonNode rows = table.get("rows");
        assertEquals(3, rows.size());
        assertEquals("bang-1-dong-3", rows.get(2).get("id").asString());
        assertEquals("/kh-1/i/#bang-1-dong-3", rows.get(2).get("url").asString());
        assertEquals(List.of("3", "Tỷ lệ người dân có danh tính số | chữ ký số", "", "90", "Công an thành phố"),
                JSON.treeToValue(rows.get(2).get("cells"), List.class), "cells verbatim, the empty one kept");
        assertEquals(1, rows.get(1).get("cites").size(), "the resolution cited in row 2 is cited by that row");
        String cited = rows.get(1).get("cites").get(0).asString();
        JsonNode citing = null;
        for (JsonNode d : JSON.readTree(text).get("citedDocuments")) {
            if (d.get("id").asString().equals(cited)) {
                citing = d.get("citing").get(0);
            }
        }
        assertEquals("bang-1-dong-2", citing.get("paragraph").asString());
        assertEquals("Dòng 2 bảng 1, Phần i", citing.get("label").asString());
        assertEquals("paragraph", section.get("paragraphs").get(2).get("kind").asString());

        ObjectNode broken = (ObjectNode) JSON.readTree(text);
        ((ObjectNode) broken.get("sections").get(0).get("paragraphs").get(1).get("rows").get(0)).remove("cells");
        assertFalse(schema.validate(broken).isEmpty(), "the schema does require a row's cells");
    }
}
