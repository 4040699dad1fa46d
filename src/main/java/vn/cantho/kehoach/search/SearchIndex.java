package vn.cantho.kehoach.search;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.cantho.kehoach.appendices.Appendices;
import vn.cantho.kehoach.content.Fold;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SitePaths;
import vn.cantho.kehoach.content.TextUnits;
import vn.cantho.kehoach.post.BakedPages;
import vn.cantho.kehoach.post.PageScan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site's whole search index, made from the baked section pages: one entry per heading, paragraph and
 * point, and per table and table row ({@link TextUnits}), each with its section and its {@code #id} and its text as shown. Written as compact JSON for
 * assets/js/search.js, which folds the text the same way as {@link Fold} (proved by shared test vectors) and feeds it to MiniSearch in the browser. Folded tokens are not
 * shipped: they are a pure function of the text and would add about 13 KB gzipped to every first search.
 * <pre>
 * {"v":1,
 *  "documents":[documentId, ...],
 *  "sections":[[url, label, title, official number or null, documentIndex], ...],
 *  "docs":[[sectionIndex, id, text], ...]}
 * </pre>
 * The document of each section lets the search page say where a paragraph comes from and search
 * one document only ({@code /tim-kiem/?vb=documentId}). The pages search the split index written beside it
 * ({@link SearchShards}); this whole one is the reference it is proved equal to, and open data.
 */
public final class SearchIndex {
    /** Where the index is published, relative to the site root. */
    public static final String PATH = "tim-kiem/chi-muc.json";

    /** One searchable block of a place. */
    public record Entry(Place place, String id, String text) {
    }

    /**
     * Where entries are: a section, or another page of a plan with searchable rows (an appendix table).
     * @param number the official number, or null
     */
    public record Place(String url, String label, String title, String number, PlanDocument document) {
        static Place of(Section s, Site site) {
            return new Place(s.url(), s.label(), s.title(), s.page().string("number"), site.documentOf(s.page()));
        }
    }

    private SearchIndex() {
    }

    /** The entries of every section page of the site baked in {@code baked}, read from the files. */
    public static List<Entry> collect(Site site, Path baked) {
        Collector collector = new Collector(site);
        collector.placesByFile.forEach((file, place) ->
                collector.found.put(place, entriesOf(place, BakedPages.parse(baked.resolve(file)))));
        return collector.entries(site);
    }

    /**
     * The entries of the section pages, taken as a {@link PageScan} shows each page, so the build reads no page
     * twice. Thread-safe.
     */
    public static final class Collector implements PageScan.Visitor {
        /** In reading order: each document's sections, then its appendices. */
        private final Map<String, Place> placesByFile = new java.util.LinkedHashMap<>();
        private final Map<Place, List<Entry>> found = new ConcurrentHashMap<>();

        public Collector(Site site) {
            for (PlanDocument doc : site.documents()) {
                for (Section s : doc.sections()) {
                    placesByFile.put(SitePaths.fileOf(s.url()), Place.of(s, site));
                }
                for (Appendices.Searchable a : Appendices.searchable(site, doc)) {
                    placesByFile.put(SitePaths.fileOf(a.url()), new Place(a.url(), a.title(), a.title(), null, doc));
                }
            }
        }

        @Override
        public void visit(PageScan.Page page) {
            Place p = placesByFile.get(page.relative());
            if (p != null) {
                found.put(p, entriesOf(p, page.doc()));
            }
        }

        /** The entries in reading order: documents, then sections and appendices, then blocks. */
        List<Entry> entries(Site site) {
            List<Entry> out = new ArrayList<>();
            for (Place p : placesByFile.values()) {
                out.addAll(found.getOrDefault(p, List.of()));
            }
            return out;
        }
    }

    private static List<Entry> entriesOf(Place s, Document page) {
        List<Entry> out = new ArrayList<>();
        for (Element e : page.select("h1#tieu-de, #dau-van-ban, .official-text > [id], #chu-ky")) {
            for (TextUnits.Unit unit : TextUnits.ofBlock(e)) {
                String text = unit.text();
                if (!text.isBlank()) {
                    out.add(new Entry(s, unit.id(), text));
                }
            }
        }
        // An appendix table: one entry per row, its cells as shown.
        for (Element row : page.select("table.appendix-table > tbody > tr[id]")) {
            String text = String.join(" · ", row.select("td.appendix-cell").eachText().stream().filter(t -> !t.isBlank()).toList());
            if (!text.isBlank()) {
                out.add(new Entry(s, row.id(), text));
            }
        }
        return out;
    }

    /**
     * Collects the entries and writes the whole JSON index and the split one ({@link SearchShards}) into the
     * baked site; returns the whole index's size in bytes.
     */
    public static long write(Site site, Path baked) {
        return write(site, collect(site, baked), baked);
    }

    /** The same, from the entries a {@link Collector} took from the pages. */
    public static long write(Site site, Collector collector, Path baked) {
        return write(site, collector.entries(site), baked);
    }

    private static long write(Site site, List<Entry> entries, Path baked) {
        List<Place> sections = new ArrayList<>();
        Map<Place, Integer> positions = new HashMap<>();
        StringBuilder docs = new StringBuilder();
        for (Entry e : entries) {
            int si = positions.computeIfAbsent(e.place(), s -> {
                sections.add(s);
                return sections.size() - 1;
            });
            if (docs.length() > 0) {
                docs.append(",\n");
            }
            docs.append('[').append(si).append(',').append(quote(e.id())).append(',').append(quote(e.text())).append(']');
        }
        List<PlanDocument> documents = List.copyOf(site.documents());
        StringBuilder json = new StringBuilder("{\"v\":1,\n\"documents\":[");
        for (int i = 0; i < documents.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(documents.get(i).id()));
        }
        json.append("],\n\"sections\":[");
        for (int i = 0; i < sections.size(); i++) {
            Place s = sections.get(i);
            String number = s.number();
            json.append(i == 0 ? "\n" : ",\n").append('[').append(quote(s.url())).append(',').append(quote(s.label()))
                    .append(',').append(quote(s.title())).append(',').append(number == null ? "null" : quote(number))
                    .append(',').append(documents.indexOf(s.document()))
                    .append(']');
        }
        json.append("],\n\"docs\":[\n").append(docs).append("]}\n");
        List<String> documentIds = documents.stream().map(PlanDocument::id).toList();
        List<String> documentOfEntry = new ArrayList<>();
        List<SearchShards.SectionInfo> sectionOfEntry = new ArrayList<>();
        for (Entry e : entries) {
            Place s = e.place();
            documentOfEntry.add(s.document().id());
            sectionOfEntry.add(new SearchShards.SectionInfo(s.url(), s.label(), s.title(), s.number()));
        }
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        SearchShards.write(entries, documentIds, documentOfEntry, sectionOfEntry, SearchShards.readWhole(bytes), baked);
        try {
            Path file = baked.resolve(PATH);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.length;
    }

    /** A JSON string literal; '<' is escaped too, so the text can never close a script element. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<' -> b.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

}
