package vn.cantho.kehoach;

import vn.cantho.kehoach.bake.AssetCollisions;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.citations.CitationIndex;
import vn.cantho.kehoach.citations.CitationPages;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SiteLoader;
import vn.cantho.kehoach.export.OpenJson;
import vn.cantho.kehoach.output.StagedOutput;
import vn.cantho.kehoach.posters.Posters;
import vn.cantho.kehoach.structured.LegislationJsonLd;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.post.AkomaNtoso;
import vn.cantho.kehoach.post.AssetFingerprints;
import vn.cantho.kehoach.post.LinkChecker;
import vn.cantho.kehoach.post.SearchIndex;
import vn.cantho.kehoach.post.Sitemap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline: content (read and check) → bake (JBake) → post-process (link check, search
 * index) → output (publish atomically). Any problem stops it before the published site is touched.
 */
public final class SiteBuild {
    private final Baker baker;

    public SiteBuild() {
        this(new Baker());
    }

    public SiteBuild(Baker baker) {
        this.baker = baker;
    }

    /** What a successful build did. */
    public record Report(int pages, long millis, Path output, Baker.Stats bake, Map<String, Long> phaseMillis) {
    }

    /** @throws BuildFailure with every problem found; the output is then left as it was */
    public Report run(Baker.Sources sources, Path output) {
        long start = System.nanoTime();
        Map<String, Long> phases = new LinkedHashMap<>();
        long[] mark = {start};
        Site site = new SiteLoader().load(sources.content());
        Map<PlanDocument, CitationIndex> citations = CitationPages.apply(site, sources.root());
        String qrNotice = Posters.apply(site);
        if (qrNotice != null) {
            System.err.println("LƯU Ý / NOTE: " + qrNotice);
        }
        phases.put("load", lapMillis(mark));
        List<Problem> collisions = AssetCollisions.check(site, sources.assets(), writtenAfterBaking(site));
        if (!collisions.isEmpty()) {
            throw new BuildFailure(collisions);
        }
        // Last before baking: reads what earlier steps attached (change history's dates).
        LegislationJsonLd.apply(site, citations);
        OpenJson.link(site);
        StagedOutput staged = new StagedOutput(output);
        Path staging = staged.prepare();
        Baker.Stats stats;
        try {
            stats = baker.bake(site, sources, staging);
            phases.put("bake", lapMillis(mark));
            SearchIndex.write(site, staging);
            Sitemap.write(site, staging);
            for (PlanDocument doc : site.documents()) {
                AkomaNtoso.write(doc, staging);
                OpenJson.write(site, doc, citations.get(doc), staging);
            }
            phases.put("search, sitemap, xml", lapMillis(mark));
            AssetFingerprints.apply(staging);
            phases.put("fingerprints", lapMillis(mark));
            List<Problem> problems = new LinkChecker().check(staging);
            phases.put("link check", lapMillis(mark));
            if (!problems.isEmpty()) {
                throw new BuildFailure(problems);
            }
            staged.publish();
            phases.put("publish", lapMillis(mark));
        } catch (RuntimeException e) {
            staged.discard();
            throw e;
        }
        return new Report(site.pages().size(), (System.nanoTime() - start) / 1_000_000, staged.target(), stats, phases);
    }

    /** Site paths the post-processing writes, which no asset may take. */
    private static List<String> writtenAfterBaking(Site site) {
        List<String> paths = new ArrayList<>(List.of(SearchIndex.PATH, Sitemap.SITEMAP, Sitemap.ROBOTS));
        for (PlanDocument doc : site.documents()) {
            paths.add(doc.xmlUrl().substring(1));
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
