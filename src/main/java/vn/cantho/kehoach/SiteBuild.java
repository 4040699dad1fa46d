package vn.cantho.kehoach;

import vn.cantho.kehoach.bake.AssetCollisions;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.citations.CitationIndex;
import vn.cantho.kehoach.citations.CitationPages;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SiteLoader;
import vn.cantho.kehoach.content.SitePaths;
import vn.cantho.kehoach.feeds.Feeds;
import vn.cantho.kehoach.updates.Update;
import vn.cantho.kehoach.updates.Updates;
import vn.cantho.kehoach.history.HistoryPages;
import vn.cantho.kehoach.output.StagedOutput;
import vn.cantho.kehoach.permalinks.Permalinks;
import vn.cantho.kehoach.permalinks.RedirectMaps;
import vn.cantho.kehoach.export.OpenJson;
import vn.cantho.kehoach.posters.Posters;
import vn.cantho.kehoach.structured.LegislationJsonLd;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.post.AkomaNtoso;
import vn.cantho.kehoach.post.AssetFingerprints;
import vn.cantho.kehoach.post.LinkChecker;
import vn.cantho.kehoach.search.SearchIndex;
import vn.cantho.kehoach.post.Sitemap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole pipeline: content (read and check) → bake (JBake) → post-process (link check, search
 * index) → output (publish atomically). Any problem stops it before the published site is touched.
 */
public final class SiteBuild {
    private final Baker baker;
    private final Consumer<String> notices;
    private boolean recordPermalinks;
    private boolean drafts;

    public SiteBuild() {
        this(new Baker());
    }

    public SiteBuild(Baker baker) {
        this(baker, System.out::println);
    }

    /** @param notices where to say that the build waits for another one, or tidied what a killed one left */
    public SiteBuild(Baker baker, Consumer<String> notices) {
        this.baker = baker;
        this.notices = notices;
    }

    /** This build rewrites the permalinks manifest instead of checking against it (the explicit command). */
    public SiteBuild recordingPermalinks() {
        this.recordPermalinks = true;
        return this;
    }

    /** The same build for the preview: drafts ({@code draft: true}) are published too, marked as drafts. */
    public SiteBuild withDrafts() {
        this.drafts = true;
        return this;
    }

    /** What a successful build did. */
    public record Report(int pages, long millis, Path output, Baker.Stats bake, Map<String, Long> phaseMillis) {
    }

    /**
     * Builds into a staging folder of its own and publishes it only when complete. One build at a time per
     * output folder: a second one waits (and says so) before reading the sources.
     * @throws BuildFailure with every problem found; the output is then left as it was
     */
    public Report run(Baker.Sources sources, Path output) {
        long start = System.nanoTime();
        Map<String, Long> phases = new LinkedHashMap<>();
        long[] mark = {start};
        try (StagedOutput staged = StagedOutput.open(output, notices)) {
            phases.put("wait", lapMillis(mark));
            Site site = new SiteLoader().load(sources.content());
            Map<PlanDocument, CitationIndex> citations = CitationPages.apply(site, sources.root());
            String qrNotice = Posters.apply(site);
            if (qrNotice != null) {
                notices.accept("LƯU Ý / NOTE: " + qrNotice);
            }
            phases.put("load, citations", lapMillis(mark));
            HistoryPages.add(site, sources.content());
            phases.put("history", lapMillis(mark));
            List<Update> updates = Updates.publish(site, sources.content(), drafts);
            Feeds.link(site, updates);
            Permalinks permalinks = Permalinks.prepare(site, sources.root());
            phases.put("updates, permalinks", lapMillis(mark));
            List<Problem> collisions = AssetCollisions.check(site, sources.assets(), writtenAfterBaking(site));
            if (!collisions.isEmpty()) {
                throw new BuildFailure(collisions);
            }
            // Last before baking: reads what earlier steps attached (change history's dates).
            LegislationJsonLd.apply(site, citations);
            OpenJson.link(site);
            Baker.Stats stats = staged.publish(staging -> {
                Baker.Stats baked = baker.bake(site, sources, staging);
                phases.put("bake", lapMillis(mark));
                SearchIndex.write(site, staging);
                permalinks.writeMaps(staging);
                Sitemap.write(site, staging);
                Feeds.write(site, updates, staging);
                for (PlanDocument doc : site.documents()) {
                    AkomaNtoso.write(doc, staging);
                    OpenJson.write(site, doc, citations.get(doc), staging);
                }
                phases.put("search, sitemap, xml, json, feeds", lapMillis(mark));
                AssetFingerprints.apply(staging);
                phases.put("fingerprints", lapMillis(mark));
                List<Problem> problems = new ArrayList<>(new LinkChecker().check(staging, output));
                phases.put("link check", lapMillis(mark));
                Permalinks.Verdict kept = permalinks.verify(staging, recordPermalinks && problems.isEmpty());
                kept.notices().forEach(notices);
                problems.addAll(kept.problems());
                phases.put("permalinks", lapMillis(mark));
                if (!problems.isEmpty()) {
                    throw new BuildFailure(problems);
                }
                return baked;
            });
            phases.put("publish", lapMillis(mark));
            return new Report(site.pages().size(), (System.nanoTime() - start) / 1_000_000, staged.target(), stats, phases);
        }
    }

    /** Site paths the post-processing writes, which no asset may take. */
    private static List<String> writtenAfterBaking(Site site) {
        List<String> paths = new ArrayList<>(List.of(SearchIndex.PATH, Sitemap.SITEMAP, Sitemap.ROBOTS));
        paths.addAll(RedirectMaps.PATHS);
        paths.addAll(Feeds.paths(site));
        for (PlanDocument doc : site.documents()) {
            paths.add(SitePaths.fileOf(doc.xmlUrl()));
            paths.addAll(OpenJson.paths(doc));
        }
        return paths;
    }

    /** Milliseconds since mark[0]; moves the mark to now. */
    private static long lapMillis(long[] mark) {
        long now = System.nanoTime();
        long ms = (now - mark[0]) / 1_000_000;
        mark[0] = now;
        return ms;
    }
}
