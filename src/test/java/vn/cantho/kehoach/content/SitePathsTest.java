package vn.cantho.kehoach.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SitePathsTest {
    @Test
    void fileServingAUrl() {
        assertEquals("index.html", SitePaths.fileOf("/"));
        assertEquals("32-kh-ubnd-2026/ii/4-2/index.html", SitePaths.fileOf("/32-kh-ubnd-2026/ii/4-2/"));
        assertEquals("404.html", SitePaths.fileOf("/404.html"));
        assertEquals("tim-kiem/chi-muc.json", SitePaths.fileOf("/tim-kiem/chi-muc.json"));
        assertEquals("32-kh-ubnd-2026/ii", SitePaths.fileOf("/32-kh-ubnd-2026/ii"), "a folder without its slash");
        assertThrows(IllegalArgumentException.class, () -> SitePaths.fileOf("ii/"));
    }

    @Test
    void everyContentUrlMapsBackToItsOwnFile() {
        // ContentReader.urlOf and fileOf are inverse: "a/b/index.md" → "/a/b/" → "a/b/index.html".
        for (String md : new String[]{"index.md", "404.md", "tim-kiem/index.md", "32-kh-ubnd-2026/ii/4-2/index.md"}) {
            assertEquals(md.replaceFirst("\\.md$", ".html"), SitePaths.fileOf(ContentReader.urlOf(md)), md);
        }
    }

    @Test
    void topFolderNamesThePlan() {
        assertEquals("32-kh-ubnd-2026", SitePaths.topFolder("32-kh-ubnd-2026/ii/4-2/index.md"));
        assertEquals("32-kh-ubnd-2026", SitePaths.topFolder("32-kh-ubnd-2026/index.md"));
        assertEquals("", SitePaths.topFolder("index.md"));
    }
}
