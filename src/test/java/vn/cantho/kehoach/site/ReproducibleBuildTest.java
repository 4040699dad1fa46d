package vn.cantho.kehoach.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.support.Digest;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same content gives the same site, byte for byte, whatever the files' times. */
class ReproducibleBuildTest {
    @Test
    void sameInputSameOutput(@TempDir Path tmp) throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        new SiteBuild().run(Baker.Sources.of(site.root), tmp.resolve("a"));
        Path page = site.root.resolve("content/kh-1/i/index.md");
        Files.setLastModifiedTime(page, FileTime.fromMillis(Files.getLastModifiedTime(page).toMillis() + 86_400_000L));
        new SiteBuild().run(Baker.Sources.of(site.root), tmp.resolve("b"));
        assertEquals(Digest.of(tmp.resolve("a")), Digest.of(tmp.resolve("b")));
    }
}
