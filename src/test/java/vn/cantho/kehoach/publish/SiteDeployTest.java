package vn.cantho.kehoach.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.support.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * README's publish command, run for real through the Maven Wrapper: {@code ./mvnw deploy} bakes,
 * checks and copies target/www through maven-site-plugin's deploy (wagon) to a file:// folder,
 * and the copy is byte-identical. Tests and compilation are skipped in that inner build: this
 * outer one has just done them.
 */
class SiteDeployTest {
    @TempDir
    Path tmp;

    @Test
    void deployCopiesTheBakedSiteByteForByte() throws Exception {
        Path root = Project.root();
        Path published = tmp.resolve("published site");
        Path log = tmp.resolve("mvn.log");
        List<String> command = List.of("./mvnw", "-B", "-ntp", "deploy",
                "-Dmaven.test.skip=true", "-Dmaven.main.skip=true",
                "-Dpublish.url=" + published.toUri());
        Process p = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(8, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("./mvnw deploy did not finish in 8 minutes; log: " + Files.readString(log));
        }
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("site:3.22.0:deploy (publish)"), "deploy went through maven-site-plugin:\n" + out);

        Path www = root.resolve("target/www");
        TreeSet<String> baked = files(www);
        assertTrue(baked.contains("index.html") && baked.size() > 20, "baked site: " + baked);
        assertEquals(baked, files(published), "same files");
        for (String f : baked) {
            assertEquals(-1L, Files.mismatch(www.resolve(f), published.resolve(f)), f + " differs");
        }
    }

    private static TreeSet<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            TreeSet<String> names = new TreeSet<>();
            walk.filter(Files::isRegularFile).forEach(f -> names.add(dir.relativize(f).toString().replace('\\', '/')));
            return names;
        }
    }
}
