package vn.cantho.kehoach.support;

import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.Problem;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A throwaway site built once into its output folder, and what that good build wrote: a later build of the site that
 * fails must leave the output exactly as it was.
 */
public final class LastGoodSite {
    private final TempSite site;
    private final Path out;
    private final String before;

    private LastGoodSite(TempSite site, Path out) {
        this.site = site;
        this.out = out;
        this.before = Digest.of(out);
    }

    /** Builds {@code site} into {@code out}: the last good site. */
    public static LastGoodSite build(TempSite site, Path out) {
        new SiteBuild().run(Baker.Sources.of(site.root), out);
        return new LastGoodSite(site, out);
    }

    /** Builds the site again, which must fail and leave the last good site untouched; returns the failure. */
    public BuildFailure fails() {
        BuildFailure failure = assertThrows(BuildFailure.class, () -> new SiteBuild().run(Baker.Sources.of(site.root), out));
        assertUntouched();
        return failure;
    }

    public void assertUntouched() {
        assertEquals(before, Digest.of(out), "the previous site must be untouched");
    }

    /** The problem of {@code failure} in {@code file} whose 'what' says {@code what}; an AssertionError listing all if none. */
    public static Problem problem(BuildFailure failure, String file, String what) {
        return failure.problems().stream().filter(p -> p.file().equals(file) && p.what().contains(what)).findFirst()
                .orElseThrow(() -> new AssertionError("expected '" + what + "' in " + file + ", got:\n" + failure.getMessage()));
    }
}
