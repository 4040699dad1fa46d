package vn.cantho.kehoach.feeds;

import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.updates.Update;
import vn.cantho.kehoach.updates.Updates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's Atom feeds: every update ({@code /cap-nhat/atom.xml}), every recorded text change of a document
 * ({@code /<document>/atom.xml}) and, per section, its text changes and the updates that concern it
 * ({@code /<document>/<section>/atom.xml}), so a journalist can follow one section.
 * <p>
 * {@link #link} runs before baking: it attaches to each page, under the extras key {@code feeds}, the feeds
 * it concerns ({title, url}), which the layout turns into {@code <link rel="alternate">} and a visible
 * "Theo dõi" list. {@link #write} runs after baking, when every concern has put its data on the site.
 */
public final class Feeds {
    public static final String EXTRA = "feeds";
    static final String FILE = "atom.xml";

    private Feeds() {
    }

    /** Site path of the feed of every update. */
    public static String updatesFeedUrl() {
        return Updates.listUrl(1) + FILE;
    }

    /** Paths (inside the output folder) of every feed file {@link #write} writes. */
    public static List<String> paths(Site site) {
        List<String> paths = new ArrayList<>();
        paths.add(updatesFeedUrl().substring(1));
        for (PlanDocument doc : site.documents()) {
            paths.add(doc.url().substring(1) + FILE);
            for (Section s : doc.sections()) {
                paths.add(s.url().substring(1) + FILE);
            }
        }
        return paths;
    }

    /** Attaches to each page the feeds it concerns (extras key {@code feeds}). */
    public static void link(Site site, List<Update> published) {
        Map<String, Object> updates = link(updatesTitle(site), updatesFeedUrl());
        List<Object> home = new ArrayList<>(List.of(updates));
        for (PlanDocument doc : site.documents()) {
            Map<String, Object> changes = link(documentTitle(doc), doc.url() + FILE);
            home.add(changes);
            site.putExtra(doc.cover().path(), EXTRA, List.of(changes, updates));
            if (doc.fullText() != null) {
                site.putExtra(doc.fullText().path(), EXTRA, List.of(changes));
            }
            for (Section s : doc.sections()) {
                site.putExtra(s.page().path(), EXTRA, List.of(link(sectionTitle(s, doc), s.url() + FILE), changes));
            }
        }
        site.putExtra(site.home().path(), EXTRA, home);
        for (int n = 1; site.page(Updates.listPath(n)) != null; n++) {
            site.putExtra(Updates.listPath(n), EXTRA, List.of(updates));
        }
        for (Update u : published) {
            site.putExtra(u.path(), EXTRA, List.of(updates));
        }
    }

    /** Writes every feed into the baked site. */
    public static void write(Site site, List<Update> published, Path out) {
        String base = site.baseUrl();
        String author = site.home().title();
        LocalDate newestDocument = site.documents().stream().map(PlanDocument::issueDate)
                .max(LocalDate::compareTo).orElse(LocalDate.EPOCH);
        write(out, new AtomFeed("updates", updatesTitle(site), updatesFeedUrl(), Updates.listUrl(1), author,
                newestDocument, published.stream().map(Feeds::entry).toList()), base);
        for (PlanDocument doc : site.documents()) {
            String issuer = doc.meta("co_quan_ban_hanh");
            List<AtomFeed.Entry> all = new ArrayList<>();
            for (Section s : doc.sections()) {
                List<AtomFeed.Entry> changes = TextChanges.of(site, s, doc.shortName());
                all.addAll(changes);
                List<AtomFeed.Entry> entries = new ArrayList<>(changes);
                published.stream().filter(u -> u.sections().contains(s)).map(Feeds::entry).forEach(entries::add);
                write(out, new AtomFeed("section:" + s.url(), sectionTitle(s, doc), s.url() + FILE, s.url(), issuer,
                        doc.issueDate(), entries), base);
            }
            write(out, new AtomFeed("changes:" + doc.url(), documentTitle(doc), doc.url() + FILE, doc.url(), issuer,
                    doc.issueDate(), all), base);
        }
    }

    private static void write(Path out, AtomFeed feed, String base) {
        try {
            Path file = out.resolve(feed.self().substring(1));
            Files.createDirectories(file.getParent());
            Files.write(file, feed.xml(base));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AtomFeed.Entry entry(Update u) {
        return new AtomFeed.Entry("update:" + u.path(), (u.draft() ? "[Bản nháp] " : "") + u.title(), u.url(),
                u.date(), u.html(), null);
    }

    private static String updatesTitle(Site site) {
        return Updates.LIST_TITLE + " - " + site.home().title();
    }

    private static String documentTitle(PlanDocument doc) {
        return "Thay đổi của " + doc.shortName();
    }

    private static String sectionTitle(Section s, PlanDocument doc) {
        return s.label() + ", " + doc.shortName() + ": thay đổi và cập nhật";
    }

    private static Map<String, Object> link(String title, String url) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("url", url);
        return m;
    }
}
