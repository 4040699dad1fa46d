package vn.cantho.kehoach.output;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.support.ChildJvm;
import vn.cantho.kehoach.support.Digest;
import vn.cantho.kehoach.support.TempSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A build into a folder it may not write, by the real command line in another JVM: one clear message,
 * exit status 1, the last good site untouched. Root ignores file permissions, so as root the build runs
 * under {@code setpriv} without the capabilities that override them.
 */
class ReadOnlyOutputTest {
    private static final List<String> DROP_OVERRIDES =
            List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--");

    @TempDir
    Path tmp;
    Path parent;

    @AfterEach
    void writableAgain() throws Exception {
        if (parent != null) {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void readOnlyOutputFolderGivesOneClearMessageAndKeepsTheSite() throws Exception {
        List<String> wrapper = asOrdinaryUser();
        TempSite site = new TempSite(tmp.resolve("src"));
        parent = tmp.resolve("target");
        Path out = parent.resolve("www");
        new SiteBuild().run(Baker.Sources.of(site.root), out);
        String good = Digest.of(out);
        site.section("i", 1, null, "Đoạn đã sửa.\n");
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));

        ChildJvm child = ChildJvm.start(wrapper, List.of("build", "--root", site.root.toString(), "--out", out.toString()),
                tmp.resolve("child.log"));
        assertEquals(1, child.waitFor(120), child.output());
        String said = child.output();
        assertTrue(said.contains("DỰNG TRANG THẤT BẠI / BUILD FAILED: 1 lỗi"), said);
        assertTrue(said.contains(parent + ": không ghi được vào thư mục này: thư mục hoặc ổ đĩa chỉ cho đọc"), said);
        assertTrue(said.contains("cách sửa: cấp quyền ghi cho thư mục"), said);
        assertTrue(said.contains("Trang đã dựng lần trước trong " + out + " được giữ nguyên."), said);
        assertFalse(said.contains("\tat "), "no stack trace: " + said);
        assertEquals(good, Digest.of(out));
    }

    /** The prefix that makes permissions apply to the child JVM; skips the test where that is impossible. */
    private static List<String> asOrdinaryUser() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root) {
            return List.of();
        }
        assumeTrue(ChildJvm.onPath("setpriv"), "running as root without setpriv: permissions cannot be tested");
        Process p = new ProcessBuilder(DROP_OVERRIDES.get(0), DROP_OVERRIDES.get(1), DROP_OVERRIDES.get(2), "true")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "setpriv may not drop capabilities here");
        return DROP_OVERRIDES;
    }
}
