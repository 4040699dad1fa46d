package vn.cantho.kehoach;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.support.ChildJvm;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cold build from the command line loads nothing it does not use: not JBake's embedded OrientDB (our store is in
 * memory), not logback (slf4j-simple logs), not Jackson's object mapper (JSON is written by the streaming core).
 * Each was over 450 classes to load on every build. Nor, for a site whose covers list no originals and no appendices
 * (the real one today), PDFBox, POI (with XMLBeans) or BouncyCastle. (The time itself is measured by
 * bench/ScaleBenchmark.)
 */
class ColdStartTest {
    @Test
    void aCommandLineBuildLoadsNoDatabaseNoLogbackNoObjectMapperNoOfficeOrPdfLibraries(@TempDir Path tmp) throws Exception {
        TempSite site = new TempSite(tmp.resolve("src"));
        site.section("iii/1", 11, null, "Đoạn một.\n");
        Path classes = tmp.resolve("classes.log");
        ChildJvm child = ChildJvm.start(List.of(), List.of("-Xlog:class+load=info:file=" + classes),
                List.of("build", "--root", site.root.toString(), "--out", tmp.resolve("www").toString()), tmp.resolve("out.log"));
        assertEquals(0, child.waitFor(120), child.output());
        assertTrue(Files.exists(tmp.resolve("www/kh-1/iii/1/index.html")), child.output());

        List<String> loaded = Files.readAllLines(classes).stream().filter(l -> l.contains(" source: "))
                .map(l -> l.replaceFirst("^(\\[[^\\]]*\\])+\\s*", "").replaceFirst(" source: .*$", "")).toList();
        assertTrue(loaded.stream().anyMatch(c -> c.startsWith("org.jbake.")), "the log lists loaded classes: " + loaded.size());
        for (String unused : List.of("com.orientechnologies.", "ch.qos.logback.", "tools.jackson.databind.",
                "org.apache.pdfbox.", "org.apache.poi.", "org.apache.xmlbeans.", "org.bouncycastle.")) {
            List<String> found = loaded.stream().filter(c -> c.startsWith(unused)).limit(5).toList();
            assertTrue(found.isEmpty(), unused + "* loaded by a build: " + found);
        }
    }
}
