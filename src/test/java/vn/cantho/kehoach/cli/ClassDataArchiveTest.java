package vn.cantho.kehoach.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.support.Project;
import vn.cantho.kehoach.support.TempSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The argument file Maven's compile phase leaves in target/cds starts a JVM whose library classes come from the
 * class-data archive: {@code -Xshare:on} refuses to start when the archive does not fit the class path, and the
 * class-load log names where each class came from.
 */
class ClassDataArchiveTest {
    @Test
    void theBakeArgumentsLoadTheLibrariesFromTheArchive(@TempDir Path tmp) throws Exception {
        Path args = Project.root().resolve("target/cds/" + ClassDataArchive.ARGS);
        assertTrue(Files.isRegularFile(args), "made by './mvnw compile' (execution class-data-archive): " + args);
        assertTrue(Files.readString(args).contains("-XX:SharedArchiveFile="), "no archive was made: " + Files.readString(args));
        TempSite site = new TempSite(tmp.resolve("src"));
        site.section("iii/1", 11, null, "Đoạn một.\n");
        Path log = tmp.resolve("out.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:on",
                "-Xlog:class+load=info", "@" + args, Main.class.getName(), "build", "--root", site.root.toString(),
                "--out", tmp.resolve("www").toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "build still running");
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out.lines().filter(l -> !l.contains("[class,load]")).toList().toString());
        List<String> jbake = out.lines().filter(l -> l.contains(" org.jbake.app.") && l.contains("[class,load]")).toList();
        assertTrue(!jbake.isEmpty(), "JBake was loaded");
        assertTrue(jbake.stream().allMatch(l -> l.contains("source: shared objects file")), jbake.toString());
        assertTrue(out.lines().anyMatch(l -> l.contains(" vn.cantho.kehoach.cli.Main source: file:")),
                "the project's own classes come from target/classes");
    }

    @Test
    void argumentsAreQuotedForAJavaArgumentFile() {
        assertEquals("\"/a b/c.jar:/d\"", ClassDataArchive.quote("/a b/c.jar:/d"));
        assertEquals("\"C:\\\\x\\\\\\\"y\"", ClassDataArchive.quote("C:\\x\\\"y"));
    }
}
