package vn.cantho.kehoach;

import vn.cantho.kehoach.bake.AssetCollisions;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SiteLoader;
import vn.cantho.kehoach.output.StagedOutput;
import vn.cantho.kehoach.post.AssetFingerprints;
import vn.cantho.kehoach.post.LinkChecker;
import vn.cantho.kehoach.post.SearchIndex;

import java.nio.file.Path;
import java.util.List;

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
    public record Report(int pages, long millis, Path output, Baker.Stats bake) {
    }

    /** @throws BuildFailure with every problem found; the output is then left as it was */
    public Report run(Baker.Sources sources, Path output) {
        long start = System.nanoTime();
        Site site = new SiteLoader().load(sources.content());
        List<Problem> collisions = AssetCollisions.check(site, sources.assets(), List.of(SearchIndex.PATH));
        if (!collisions.isEmpty()) {
            throw new BuildFailure(collisions);
        }
        StagedOutput staged = new StagedOutput(output);
        Path staging = staged.prepare();
        Baker.Stats stats;
        try {
            stats = baker.bake(site, sources, staging);
            SearchIndex.write(site, staging);
            AssetFingerprints.apply(staging);
            List<Problem> problems = new LinkChecker().check(staging);
            if (!problems.isEmpty()) {
                throw new BuildFailure(problems);
            }
            staged.publish();
        } catch (RuntimeException e) {
            staged.discard();
            throw e;
        }
        return new Report(site.pages().size(), (System.nanoTime() - start) / 1_000_000, staged.target(), stats);
    }
}
