package vn.cantho.kehoach.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.support.TempPreview;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the preview watches: every source a build reads, data/ included. */
class PreviewTest {
    @TempDir
    Path tmp;

    @Test
    void rebuildsOnEditsOfContentTemplatesAssetsAndData() throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        try (Preview preview = TempPreview.start(site, tmp.resolve("preview"))) {
            assertFalse(preview.rebuildIfChanged());
            for (Path edited : new Path[] {site.root.resolve("content/kh-1/ghi-chu.md"),
                    site.root.resolve("templates/ghi-chu.ftl"), site.root.resolve("assets/ghi-chu.txt"),
                    site.root.resolve("data/van-ban-dan-chieu.yml")}) {
                Files.createDirectories(edited.getParent());
                Files.writeString(edited, "# ghi chú\n");
                assertTrue(preview.rebuildIfChanged(), edited.toString());
                assertFalse(preview.rebuildIfChanged());
                Files.delete(edited);
                assertTrue(preview.rebuildIfChanged(), edited + " deleted");
            }
        }
    }
}
