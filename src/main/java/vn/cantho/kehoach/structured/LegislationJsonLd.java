package vn.cantho.kehoach.structured;

import vn.cantho.kehoach.citations.CitationIndex;
import vn.cantho.kehoach.citations.CitedDocument;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SourcePage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org {@code Legislation} JSON-LD for a plan's cover and each of its sections, attached as the extras key
 * {@value #EXTRA} (a string, already escaped for a script element) and placed in the page head by
 * {@code templates/structured-head.ftl}. Properties follow ELI's core terms where schema.org maps them
 * (legislationIdentifier = eli:id_local, legislationDate = eli:date_document, legislationPassedBy = eli:passed_by,
 * legislationType = eli:type_document, isPartOf / hasPart = eli:is_part_of / eli:has_part, citation = eli:cites,
 * inLanguage = eli:language). Every value comes from the content: nothing is guessed.
 * {@code dateModified} is read, when present, from the extras key {@code history} ({@code lastChanged},
 * dd/mm/yyyy) that the change history adds; so this step runs after it.
 */
public final class LegislationJsonLd {
    /** Extras key owned by this concern. */
    public static final String EXTRA = "jsonLd";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final Site site;
    private final PlanDocument doc;
    private final CitationIndex citations;

    private LegislationJsonLd(Site site, PlanDocument doc, CitationIndex citations) {
        this.site = site;
        this.doc = doc;
        this.citations = citations;
    }

    /** Attaches JSON-LD to the cover and every section page of every plan. */
    public static void apply(Site site, Map<PlanDocument, CitationIndex> citations) {
        for (PlanDocument doc : site.documents()) {
            LegislationJsonLd ld = new LegislationJsonLd(site, doc, citations.get(doc));
            site.putExtra(doc.cover().path(), EXTRA, JsonText.forScript(ld.cover()));
            for (Section s : doc.sections()) {
                site.putExtra(s.page().path(), EXTRA, JsonText.forScript(ld.section(s)));
            }
        }
    }

    /** The whole plan. */
    Map<String, Object> cover() {
        Map<String, Object> m = common(doc.url(), doc.meta("title"));
        m.put("alternateName", doc.meta("loai_van_ban") + " số " + doc.meta("so_hieu"));
        m.put("legislationIdentifier", doc.meta("so_hieu"));
        m.put("legislationType", doc.meta("loai_van_ban"));
        putShared(m);
        m.put("hasPart", doc.roots().stream().map(this::ref).toList());
        List<Map<String, Object>> encodings = new ArrayList<>();
        encodings.add(encoding(doc.xmlUrl(), "application/akn+xml"));
        m.put("encoding", encodings);
        putCitations(m, citations == null ? List.of() : citations.documents());
        putModified(m, doc.cover());
        return m;
    }

    /** One section: a part of the plan. */
    Map<String, Object> section(Section s) {
        String name = s.label().equals(s.title()) ? s.label() : s.label() + ": " + s.title();
        Map<String, Object> m = common(s.url(), name);
        if (s.heading() != null) {
            m.put("alternateName", s.heading());
        }
        m.put("legislationIdentifier", doc.meta("so_hieu") + ", " + s.label());
        m.put("legislationType", unitOf(s));
        putShared(m);
        Section parent = s.parent();
        m.put("isPartOf", parent == null ? docRef() : ref(parent));
        if (!s.children().isEmpty()) {
            m.put("hasPart", s.children().stream().map(this::ref).toList());
        }
        if (citations != null) {
            putCitations(m, citations.documents().stream()
                    .filter(d -> d.citing().stream().anyMatch(c -> c.sectionId().equals(s.id()))).toList());
        }
        putModified(m, s.page());
        return m;
    }

    private Map<String, Object> common(String url, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", "Legislation");
        m.put("@id", absolute(url));
        m.put("url", absolute(url));
        m.put("name", name);
        return m;
    }

    /** Date, issuing body, jurisdiction and language: the plan's, for the plan and each part. */
    private void putShared(Map<String, Object> m) {
        String date = iso(doc.meta("ngay_ban_hanh"));
        if (date != null) {
            m.put("legislationDate", date);
        }
        String body = doc.known("co_quan_ban_hanh");
        if (body != null) {
            m.put("legislationPassedBy", obj("@type", "GovernmentOrganization", "name", body));
            m.put("legislationJurisdiction", body);
        }
        m.put("inLanguage", "vi");
    }

    private void putCitations(Map<String, Object> m, List<CitedDocument> cited) {
        if (cited.isEmpty()) {
            return;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (CitedDocument d : cited) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("@type", "Legislation");
            c.put("name", d.title());
            c.put("legislationIdentifier", d.number());
            c.put("legislationType", d.kind());
            if (d.date() != null) {
                c.put("legislationDate", d.date().toString());
            }
            if (d.body() != null) {
                c.put("legislationPassedBy", obj("@type", "Organization", "name", d.body()));
            }
            c.put("url", absolute(citations.pageUrl() + "#" + d.id()));
            if (d.officialUrl() != null) {
                c.put("sameAs", d.officialUrl());
            }
            out.add(c);
        }
        m.put("citation", out);
    }

    /** dateModified from the change history's {@code lastChanged}, read defensively (absent until changes exist). */
    private void putModified(Map<String, Object> m, SourcePage page) {
        Object history = site.extras(page.path()).get("history");
        // lastChanged is the issue date while nothing changed: dateModified only once a change is recorded.
        if (history instanceof Map<?, ?> h && h.get("lastChanged") != null
                && h.get("changes") instanceof java.util.List<?> changes && !changes.isEmpty()) {
            String date = iso(String.valueOf(h.get("lastChanged")));
            if (date != null) {
                m.put("dateModified", date);
            }
        }
    }

    private Map<String, Object> ref(Section s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "Legislation");
        m.put("@id", absolute(s.url()));
        m.put("name", s.label().equals(s.title()) ? s.label() : s.label() + ": " + s.title());
        return m;
    }

    private Map<String, Object> docRef() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "Legislation");
        m.put("@id", absolute(doc.url()));
        m.put("name", doc.meta("title"));
        m.put("legislationIdentifier", doc.meta("so_hieu"));
        return m;
    }

    private Map<String, Object> encoding(String url, String format) {
        return obj("@type", "MediaObject", "contentUrl", absolute(url), "encodingFormat", format);
    }

    /** A JSON object with its keys in the order given (builds stay byte-identical). */
    private static Map<String, Object> obj(String... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** The kind of part, from the document's structure (URL policy): preamble, closing, Điều, attached text, Mục, khoản. */
    static String unitOf(Section s) {
        return switch (s.id()) {
            case "mo-dau" -> "Phần mở đầu";
            case "ket-thuc" -> "Phần kết thúc";
            default -> s.isArticle() ? "Điều" : s.isAttached() ? "Phần kèm theo" : s.parent() == null ? "Mục" : "Khoản";
        };
    }

    /** A site path made absolute with base_url when it is known; relative (resolved against the page) otherwise. */
    private String absolute(String path) {
        return site.baseUrl() + path;
    }

    /** "22/01/2026" as "2026-01-22"; null when it is not such a date. */
    static String iso(String dmy) {
        try {
            return dmy == null ? null : LocalDate.parse(dmy.strip(), DMY).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
