package vn.cantho.kehoach.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.support.ChildJvm;
import vn.cantho.kehoach.support.Digest;
import vn.cantho.kehoach.support.PreviewLoad;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} of a build in another JVM at several points (starting, baking, publishing): the output is
 * always one whole build, and the next build neither waits for a lock nor fails, and tidies up.
 */
class KilledBuildTest {
    @TempDir
    Path tmp;

    @Test
    void aBuildKilledAnywhereLeavesAWholeSiteAndTheNextBuildSucceeds() throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        Path md = site.root.resolve("content/kh-1/i/index.md");
        List<String> texts = ConcurrentBuildsTest.twoVersions(site);
        Baker.Sources sources = Baker.Sources.of(site.root);
        List<String> whole = new ArrayList<>();
        for (int v = 0; v < 2; v++) {
            PreviewLoad.replace(md, texts.get(v));
            whole.add(Digest.of(new SiteBuild().run(sources, tmp.resolve("ref-" + v)).output()));
        }
        Path out = tmp.resolve("target/www");
        PreviewLoad.replace(md, texts.get(0));
        new SiteBuild().run(sources, out);

        // -1: kill while the JVM starts; otherwise that many ms after the child's staging folder appeared
        int[] killAt = {-1, 0, 150, 600};
        int heldTheLock = 0;
        int leftBehind = 0;
        for (int round = 0; round < killAt.length; round++) {
            int version = (round + 1) % 2;
            PreviewLoad.replace(md, texts.get(version));
            ChildJvm child = ChildJvm.build(site.root, out, tmp.resolve("child-" + round + ".log"));
            if (killAt[round] < 0) {
                Thread.sleep(200);
            } else {
                long until = System.nanoTime() + 120_000_000_000L;
                while (!staging(out) && child.process.isAlive() && System.nanoTime() < until) {
                    Thread.sleep(2);
                }
                heldTheLock += staging(out) ? 1 : 0;
                Thread.sleep(killAt[round]);
            }
            child.kill9();
            leftBehind += ConcurrentBuildsTest.leftovers(out).isEmpty() ? 0 : 1;
            String left = Digest.of(out);
            assertTrue(whole.contains(left), "round " + round + ": the output must be one whole build");

            List<String> notices = new ArrayList<>();
            new SiteBuild(new Baker(), notices::add).run(sources, out);
            assertEquals(whole.get(version), Digest.of(out), "round " + round + ": the next build publishes");
            assertTrue(notices.stream().noneMatch(n -> n.startsWith("Đang có")), "the killed build's lock is gone: " + notices);
            assertEquals(List.of(), ConcurrentBuildsTest.leftovers(out), "round " + round);
        }
        System.out.println("KilledBuildTest: " + heldTheLock + " of " + killAt.length + " kills while building, "
                + leftBehind + " left a staging folder that the next build removed");
        assertTrue(heldTheLock >= 2, "the child was killed while building in most rounds");
    }

    private static boolean staging(Path out) throws Exception {
        try (Stream<Path> s = Files.list(out.getParent())) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith(out.getFileName() + ".staging-"));
        }
    }
}
