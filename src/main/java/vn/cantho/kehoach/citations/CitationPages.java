package vn.cantho.kehoach.citations;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SourcePage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Between loading and baking: links every citation in each plan's official text to its entry, adds the plan's
 * "Văn bản được dẫn chiếu" page ({@code /<plan>/van-ban-dan-chieu/}, template {@code citations.ftl}) and gives
 * templates the extras key {@value #EXTRA}: on that page {@code pageUrl} and {@code documents}; on the cover
 * {@code pageUrl} and {@code count}; on each section page {@code pageUrl} and the {@code documents} it cites; on
 * the pages showing the heading block (first section, full text) {@code subjectHtml}, its subject line linked.
 */
public final class CitationPages {
    /** Extras key owned by this concern. */
    public static final String EXTRA = "citations";
    /** Page type of the index page (template {@code citations.ftl}). */
    public static final String TYPE = "citations";
    public static final String TITLE = "Văn bản được dẫn chiếu";

    private CitationPages() {
    }

    /**
     * @param root project root, where the optional {@value OfficialUrls#PATH} lives
     * @return each plan's citation index (with official addresses), for the other outputs
     * @throws BuildFailure when the data file has mistakes
     */
    public static Map<PlanDocument, CitationIndex> apply(Site site, Path root) {
        List<Problem> problems = new ArrayList<>();
        List<OfficialUrls.Entry> entries = OfficialUrls.read(root, problems);
        Map<PlanDocument, CitationIndex> indexes = new LinkedHashMap<>();
        List<CitedDocument> all = new ArrayList<>();
        for (PlanDocument doc : site.documents()) {
            CitationIndex index = CitationIndex.of(doc);
            indexes.put(doc, index);
            all.addAll(index.documents());
        }
        Map<CitedDocument, String> urls = OfficialUrls.match(entries, all, problems);
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        for (Map.Entry<PlanDocument, CitationIndex> e : indexes.entrySet()) {
            PlanDocument doc = e.getKey();
            CitationIndex index = e.getValue().withOfficialUrls(urls);
            e.setValue(index);
            doc.sections().parallelStream().forEach(s -> requireSameText(s, index.linkedBody(s)));
            Map<String, List<Map<String, Object>>> citedBySection = new HashMap<>();
            for (CitedDocument d : index.documents()) {
                Map<String, Object> view = view(d);
                d.citing().stream().map(Citing::sectionId).distinct()
                        .forEach(id -> citedBySection.computeIfAbsent(id, k -> new ArrayList<>()).add(view));
            }
            for (Section s : doc.sections()) {
                site.replaceBody(s.page(), index.linkedBody(s));
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("pageUrl", index.pageUrl());
                extra.put("documents", citedBySection.getOrDefault(s.id(), List.of()));
                if (s == doc.sections().get(0) && index.subjectHtml() != null) {
                    extra.put("subjectHtml", index.subjectHtml());
                }
                site.putExtra(s.page().path(), EXTRA, extra);
            }
            if (index.subjectHtml() != null) {
                if (!Jsoup.parseBodyFragment(index.subjectHtml()).body().wholeText().equals(doc.meta("header_subject"))) {
                    throw new IllegalStateException("linking citations changed the subject line of " + doc.id());
                }
                if (doc.fullText() != null) {
                    site.putExtra(doc.fullText().path(), EXTRA, Map.of("subjectHtml", index.subjectHtml()));
                }
            }
            if (index.documents().isEmpty()) {
                continue;
            }
            String folder = doc.cover().path().substring(0, doc.cover().path().indexOf('/'));
            String path = folder + "/" + CitationIndex.FOLDER + "/index.md";
            site.addGenerated(SourcePage.generated(path, Map.of("type", TYPE, "id", CitationIndex.FOLDER, "title", TITLE)), "");
            site.putExtra(path, EXTRA, Map.of("pageUrl", index.pageUrl(),
                    "documents", index.documents().stream().map(CitationPages::view).toList()));
            site.putExtra(doc.cover().path(), EXTRA, Map.of("pageUrl", index.pageUrl(), "count", index.documents().size()));
        }
        return indexes;
    }

    /** A cited document for templates: plain maps and lists; absent values left out. */
    static Map<String, Object> view(CitedDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("number", d.number());
        m.put("kind", d.kind());
        m.put("date", d.dateText());
        m.put("body", d.body());
        m.put("term", d.term());
        m.put("asCited", d.asCited());
        m.put("officialUrl", d.officialUrl());
        m.put("citing", d.citing().stream().map(c -> Map.of("label", c.label(), "url", c.url())).toList());
        m.values().removeIf(v -> v == null);
        return m;
    }

    /** Linking only adds elements: every block keeps its text to the character, or the build stops (a bug). */
    private static void requireSameText(Section s, String linked) {
        List<Element> before = Jsoup.parseBodyFragment(s.html()).body().children();
        List<Element> after = Jsoup.parseBodyFragment(linked).body().children();
        boolean same = before.size() == after.size();
        for (int i = 0; same && i < before.size(); i++) {
            same = before.get(i).wholeText().equals(after.get(i).wholeText()) && before.get(i).id().equals(after.get(i).id());
        }
        if (!same) {
            throw new IllegalStateException("linking citations changed the text of section " + s.id());
        }
    }
}
