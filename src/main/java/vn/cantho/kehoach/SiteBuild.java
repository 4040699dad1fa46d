package vn.cantho.kehoach;

import vn.cantho.kehoach.bake.AssetCollisions;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.bake.PageSink;
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
import vn.cantho.kehoach.history.GitReading;
import vn.cantho.kehoach.history.HistoryPages;
import vn.cantho.kehoach.output.StagedOutput;
import vn.cantho.kehoach.permalinks.Permalinks;
import vn.cantho.kehoach.permalinks.PublishedAddresses;
import vn.cantho.kehoach.permalinks.RedirectMaps;
import vn.cantho.kehoach.export.OpenJson;
import vn.cantho.kehoach.originals.Originals;
import vn.cantho.kehoach.appendices.Appendices;
import vn.cantho.kehoach.posters.Posters;
import vn.cantho.kehoach.structured.LegislationJsonLd;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.post.AkomaNtoso;
import vn.cantho.kehoach.post.AssetFingerprints;
import vn.cantho.kehoach.post.LinkChecker;
import vn.cantho.kehoach.post.PageScan;
import vn.cantho.kehoach.post.ParsedPages;
import vn.cantho.kehoach.search.SearchIndex;
import vn.cantho.kehoach.search.SearchShards;
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
    private final Consumer<String> notices;
    private boolean recordPermalinks;
    private boolean drafts;
    private ParsedPages parsed;
    private Bake bake;

    public SiteBuild() {
        this(new Baker());
    }

    public SiteBuild(Baker baker) {
        this(baker, System.out::println);
    }

    /** @param notices where to say that the build waits for another one, or tidied what a killed one left */
    public SiteBuild(Baker baker, Consumer<String> notices) {
        this.notices = notices;
        this.bake = baker::bake;
    }

    /**
     * How a build bakes the checked site's pages into its staging folder: copies the assets, runs
     * {@code assetsCopied}, then hands every page's text to {@code pages} (see {@link Baker#bake}).
     */
    @FunctionalInterface
    public interface Bake {
        Baker.Stats bake(Site site, Baker.Sources sources, Path staging, Runnable assetsCopied, PageSink pages);
    }

    /** This build bakes with {@code bake} instead of a full bake (the preview re-renders only changed pages). */
    public SiteBuild bakingWith(Bake bake) {
        this.bake = bake;
        return this;
    }

    /** This build reuses the parses kept in {@code parsed} for pages it writes unchanged, and keeps its own there. */
    public SiteBuild keepingParses(ParsedPages parsed) {
        this.parsed = parsed;
        return this;
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
    public record Report(int pages, long millis, Path output, Baker.Stats bake, Map<String, Long> phaseMillis,
                         Map<String, Long> phaseCpuMillis) {
    }

    /**
     * Builds into a staging folder of its own and publishes it only when complete. One build at a time per
     * output folder: a second one waits (and says so) before reading the sources.
     * @throws BuildFailure with every problem found; the output is then left as it was
     */
    public Report run(Baker.Sources sources, Path output) {
        long start = System.nanoTime();
        Phases phases = new Phases();
        try (StagedOutput staged = StagedOutput.open(output, notices);
             GitReading git = HistoryPages.startReading(sources.content())) {
            phases.end("wait");
            Site site = new SiteLoader().load(sources.content());
            Originals.check(site, sources.content()); // the official files: opened, hashed, signatures verified
            Map<PlanDocument, CitationIndex> citations = CitationPages.apply(site, sources.root());
            String qrNotice = Posters.apply(site);
            if (qrNotice != null) {
                notices.accept("LƯU Ý / NOTE: " + qrNotice);
            }
            phases.end("load, citations");
            HistoryPages.add(site, git);
            phases.end("history");
            List<Update> updates = Updates.publish(site, sources.content(), drafts);
            Appendices.apply(site, sources.content(), updates); // appendix tables, agency pages, tasks named by updates
            Feeds.link(site, updates);
            Permalinks permalinks = Permalinks.prepare(site, sources.root());
            phases.end("updates, permalinks");
            List<Problem> collisions = AssetCollisions.check(site, sources.assets(), writtenAfterBaking(site));
            if (!collisions.isEmpty()) {
                throw new BuildFailure(collisions);
            }
            // Last before baking: reads what earlier steps attached (change history's dates).
            LegislationJsonLd.apply(site, citations);
            OpenJson.link(site);
            Baker.Stats stats = staged.publish(staging -> {
                // Each page is seen once, as it is rendered, on every core: asset names hashed, then what each later
                // step needs (links and ids, published addresses, robots rules, search entries) is taken from it.
                LinkChecker links = new LinkChecker(staging, output);
                PublishedAddresses addresses = new PublishedAddresses();
                Sitemap.Indexable indexable = new Sitemap.Indexable();
                SearchIndex.Collector searchable = new SearchIndex.Collector(site);
                AssetFingerprints fingerprints = new AssetFingerprints(staging);
                PageScan scan = new PageScan(staging, fingerprints::rewrite, List.of(links, addresses, indexable, searchable), parsed);
                Baker.Stats baked = bake.bake(site, sources, staging, fingerprints::hashAssets, scan::rendered);
                phases.end("bake, fingerprints, page scan");
                SearchIndex.write(site, searchable, staging);
                phases.end("search index");
                permalinks.writeMaps(staging);
                Feeds.write(site, updates, staging);
                phases.end("redirect maps, feeds");
                site.documents().parallelStream().forEach(doc -> {
                    AkomaNtoso.write(doc, staging);
                    OpenJson.write(site, doc, citations.get(doc), staging);
                });
                Originals.copy(site, sources.content(), staging);
                Appendices.write(site, staging);
                scan.rest(); // pages written after the bake, if a stage ever writes one
                phases.end("xml, json");
                Sitemap.write(site, staging, indexable);
                List<Problem> problems = new ArrayList<>(links.problems());
                phases.end("link check");
                Permalinks.Verdict kept = permalinks.verify(addresses.of(staging), recordPermalinks && problems.isEmpty());
                kept.notices().forEach(notices);
                problems.addAll(kept.problems());
                phases.end("permalinks");
                if (!problems.isEmpty()) {
                    throw new BuildFailure(problems);
                }
                return baked;
            });
            phases.end("publish");
            return new Report(site.pages().size(), (System.nanoTime() - start) / 1_000_000, staged.target(), stats,
                    phases.wallMillis(), phases.cpuMillis());
        }
    }

    /** Site paths the post-processing writes, which no asset may take (a path ending in '/': a whole folder). */
    private static List<String> writtenAfterBaking(Site site) {
        List<String> paths = new ArrayList<>(List.of(SearchIndex.PATH, SearchShards.DIR, Sitemap.SITEMAP, Sitemap.ROBOTS));
        paths.addAll(RedirectMaps.PATHS);
        paths.addAll(Feeds.paths(site));
        paths.addAll(Originals.paths(site));
        paths.addAll(Appendices.paths(site));
        for (PlanDocument doc : site.documents()) {
            paths.add(SitePaths.fileOf(doc.xmlUrl()));
            paths.addAll(OpenJson.paths(doc));
        }
        return paths;
    }
}
