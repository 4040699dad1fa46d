package vn.cantho.kehoach.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SiteLoader;
import vn.cantho.kehoach.permalinks.Manifest;
import vn.cantho.kehoach.permalinks.Permalinks;
import vn.cantho.kehoach.support.BuiltSite;
import vn.cantho.kehoach.support.Project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed permalinks.txt is exactly what the real build publishes, so CI catches any URL or anchor
 * added without recording it (the build itself already fails on one that vanished).
 */
class PermalinksManifestTest {
    @Test
    void committedManifestMatchesTheRealBuild(@TempDir Path tmp) throws Exception {
        Path root = Project.root();
        Site site = new SiteLoader().load(root.resolve("content"));
        SortedSet<String> reachable = Permalinks.prepare(site, root).reachable(BuiltSite.dir());
        Manifest committed = Manifest.read(root);
        SortedSet<String> recorded = new TreeSet<>(committed.addresses());
        List<String> unrecorded = reachable.stream().filter(a -> !recorded.contains(a)).toList();
        List<String> gone = recorded.stream().filter(a -> !reachable.contains(a)).toList();
        assertTrue(unrecorded.isEmpty() && gone.isEmpty(), "permalinks.txt is out of date; run '"
                + Manifest.UPDATE_COMMAND + "' and commit it.\nnot recorded: " + unrecorded + "\nno longer reachable: " + gone);
        Manifest.write(tmp, reachable);
        assertEquals(Files.readString(tmp.resolve(Manifest.FILE)), Files.readString(root.resolve(Manifest.FILE)),
                "permalinks.txt is written by the command only (sorted, with its header)");
    }

    @Test
    void manifestHoldsTheDocumentedPermanentAddresses() {
        Manifest committed = Manifest.read(Project.root());
        for (String s : UrlSchemeTest.PERMANENT) {
            String url = "/32-kh-ubnd-2026/" + s + "/";
            assertTrue(committed.contains(url) && committed.contains(url + "#tieu-de"), url);
            assertTrue(committed.contains("/32-kh-ubnd-2026/toan-van/#" + s.replace('/', '-')), s);
        }
        for (String a : List.of("/32-kh-ubnd-2026/ii/4-2/#doan-3", "/32-kh-ubnd-2026/toan-van/#ii-4-2-doan-3",
                "/32-kh-ubnd-2026/iii/#khoan-1-diem-a", "/32-kh-ubnd-2026/ii/4-5/#gach-1", "/32-kh-ubnd-2026/van-ban.akn.xml")) {
            assertTrue(committed.contains(a), a);
        }
        assertTrue(!committed.contains("/404.html") && committed.addresses().stream().noneMatch(a -> a.endsWith("#q-top")));
    }
}
