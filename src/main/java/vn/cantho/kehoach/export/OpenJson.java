package vn.cantho.kehoach.export;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import vn.cantho.kehoach.citations.CitationIndex;
import vn.cantho.kehoach.citations.CitedDocument;
import vn.cantho.kehoach.citations.Citing;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SourcePage;
import vn.cantho.kehoach.content.TextUnits;
import vn.cantho.kehoach.originals.Originals;
import vn.cantho.kehoach.appendices.Appendices;
import vn.cantho.kehoach.structured.JsonText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole plan as open JSON at {@code /<plan>/van-ban.json} (metadata, heading and signature blocks, sections
 * in reading order with their place in the outline, every paragraph with its id, address and exact text, every
 * table with its caption, column names and rows (each row's id, address and cells), and the cited documents), with its JSON Schema beside it at {@code /<plan>/van-ban.schema.json}. Every page of the plan
 * links it with {@code <link rel="alternate" type="application/json">} (extras key {@value #EXTRA}).
 * Addresses are absolute when {@code base_url} is set, site paths otherwise.
 */
public final class OpenJson {
    /** Extras key owned by this concern: {@code url} of the JSON and {@code schemaUrl}. */
    public static final String EXTRA = "openData";
    public static final String FILE = "van-ban.json";
    public static final String SCHEMA_FILE = "van-ban.schema.json";
    /** The schema, a resource of the build. */
    static final String SCHEMA_RESOURCE = "/export/van-ban.schema.json";

    private OpenJson() {
    }

    public static String url(PlanDocument doc) {
        return doc.url() + FILE;
    }

    public static String schemaUrl(PlanDocument doc) {
        return doc.url() + SCHEMA_FILE;
    }

    /** Before baking: every page of every plan links its JSON. */
    public static void link(Site site) {
        for (SourcePage page : site.pages()) {
            PlanDocument doc = site.documentOf(page);
            if (doc != null) {
                site.putExtra(page.path(), EXTRA, Map.of("url", url(doc), "schemaUrl", schemaUrl(doc)));
            }
        }
    }

    /** Site paths this step writes, which no asset may take. */
    public static List<String> paths(PlanDocument doc) {
        return List.of(url(doc).substring(1), schemaUrl(doc).substring(1));
    }

    /** After baking: writes the JSON and its schema into the output. */
    public static void write(Site site, PlanDocument doc, CitationIndex citations, Path out) {
        try {
            Path json = out.resolve(url(doc).substring(1));
            Files.createDirectories(json.getParent());
            Files.writeString(json, JsonText.of(document(site, doc, citations)) + "\n", StandardCharsets.UTF_8);
            try (InputStream schema = OpenJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
                Files.write(out.resolve(schemaUrl(doc).substring(1)), schema.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> document(Site site, PlanDocument doc, CitationIndex citations) {
        String base = site.baseUrl();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", base + schemaUrl(doc));
        m.put("id", doc.id());
        m.put("url", base + doc.url());
        Map<String, Object> meta = new LinkedHashMap<>();
        doc.cover().fields().forEach((k, v) -> {
            if (v instanceof String && doc.known(k) != null && !k.startsWith("header_") && !k.startsWith("signature_") && !k.equals("type")
                    && !k.equals("id")) {
                meta.put(k, String.valueOf(v));
            }
        });
        m.put("metadata", meta);
        Map<String, Object> heading = new LinkedHashMap<>();
        for (String k : List.of("agency", "motto", "number", "place_date", "kind", "subject")) {
            putIfPresent(heading, k, doc.known("header_" + k));
        }
        m.put("headingBlock", heading);
        Map<String, Object> signature = new LinkedHashMap<>();
        putIfPresent(signature, "authority", doc.known("signature_authority"));
        putIfPresent(signature, "name", doc.known("nguoi_ky"));
        m.put("signature", signature);
        Map<String, Object> formats = new LinkedHashMap<>();
        formats.put("json", base + url(doc));
        formats.put("akomaNtoso", base + doc.xmlUrl());
        if (doc.fullText() != null) {
            formats.put("fullTextPage", base + doc.fullText().url());
        }
        m.put("formats", formats);
        m.putAll(Originals.openJson(site, doc, base));
        m.putAll(Appendices.openJson(site, doc, base));
        Map<String, List<String>> cites = citesByParagraph(citations);
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section s : doc.sections()) {
            sections.add(section(s, base, cites));
        }
        m.put("sections", sections);
        List<Map<String, Object>> cited = new ArrayList<>();
        if (citations != null) {
            for (CitedDocument d : citations.documents()) {
                cited.add(cited(d, base, citations));
            }
        }
        m.put("citedDocuments", cited);
        return m;
    }

    /** For each paragraph ("sectionId#paragraphId"), the ids of the documents it cites, in the index's order. */
    private static Map<String, List<String>> citesByParagraph(CitationIndex citations) {
        Map<String, List<String>> out = new HashMap<>();
        if (citations != null) {
            for (CitedDocument d : citations.documents()) {
                for (Citing c : d.citing()) {
                    List<String> ids = out.computeIfAbsent(c.sectionId() + "#" + c.paragraphId(), k -> new ArrayList<>());
                    if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(d.id())) {
                        ids.add(d.id());
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, Object> section(Section s, String base, Map<String, List<String>> citesByParagraph) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        putIfPresent(m, "number", s.page().string("number"));
        m.put("label", s.label());
        m.put("title", s.title());
        putIfPresent(m, "heading", s.heading());
        m.put("url", base + s.url());
        putIfPresent(m, "parent", s.parent() == null ? null : s.parent().id());
        m.put("children", s.children().stream().map(Section::id).toList());
        List<Map<String, Object>> paragraphs = new ArrayList<>();
        for (Element block : Jsoup.parseBodyFragment(s.html()).body().children()) {
            if (TextUnits.isTable(block)) {
                paragraphs.add(table(s, block, base, citesByParagraph));
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", block.id());
            p.put("url", base + s.url() + "#" + block.id());
            p.put("kind", block.tagName().matches("h[1-6]") ? "heading" : "paragraph");
            p.put("text", block.text());
            p.put("cites", citesByParagraph.getOrDefault(s.id() + "#" + block.id(), List.of()));
            paragraphs.add(p);
        }
        m.put("paragraphs", paragraphs);
        return m;
    }

    /** A table: caption, column names, and each body row with its id, address and cells, verbatim. */
    private static Map<String, Object> table(Section s, Element table, String base, Map<String, List<String>> cites) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", table.id());
        t.put("url", base + s.url() + "#" + table.id());
        t.put("kind", "table");
        putIfPresent(t, "caption", TextUnits.caption(table));
        t.put("columns", TextUnits.columns(table).stream().map(Element::text).toList());
        t.put("cites", cites.getOrDefault(s.id() + "#" + table.id(), List.of()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Element tr : TextUnits.rows(table)) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", tr.id());
            r.put("url", base + s.url() + "#" + tr.id());
            r.put("cells", tr.children().stream().map(Element::text).toList());
            r.put("cites", cites.getOrDefault(s.id() + "#" + tr.id(), List.of()));
            rows.add(r);
        }
        t.put("rows", rows);
        return t;
    }

    private static Map<String, Object> cited(CitedDocument d, String base, CitationIndex citations) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("number", d.number());
        m.put("kind", d.kind());
        putIfPresent(m, "date", d.date() == null ? null : d.date().toString());
        putIfPresent(m, "body", d.body());
        putIfPresent(m, "term", d.term());
        m.put("asCited", d.asCited());
        m.put("url", base + citations.pageUrl() + "#" + d.id());
        putIfPresent(m, "officialUrl", d.officialUrl());
        List<Map<String, Object>> citing = new ArrayList<>();
        for (Citing c : d.citing()) {
            Map<String, Object> at = new LinkedHashMap<>();
            at.put("section", c.sectionId());
            at.put("paragraph", c.paragraphId());
            at.put("url", base + c.url());
            at.put("label", c.label());
            citing.add(at);
        }
        m.put("citing", citing);
        return m;
    }

    private static void putIfPresent(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
