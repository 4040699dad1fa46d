package vn.cantho.kehoach.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The command line ({@code cli.Main}) run in a separate JVM, as a second terminal or {@code mvn package} would. */
public final class ChildJvm {
    public final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code Main build --root root --out out}, output (both streams) going to {@code log}. */
    public static ChildJvm build(Path root, Path out, Path log) {
        return start(List.of(), List.of("build", "--root", root.toString(), "--out", out.toString()), log);
    }

    /** Starts Main with {@code args}, prefixed by {@code wrapper} (e.g. a program that drops privileges). */
    public static ChildJvm start(List<String> wrapper, List<String> args, Path log) {
        return start(wrapper, List.of(), args, log);
    }

    /** Starts Main with {@code args} in a JVM given {@code jvmFlags} as well as the usual ones. */
    public static ChildJvm start(List<String> wrapper, List<String> jvmFlags, List<String> args, Path log) {
        List<String> cmd = new ArrayList<>(wrapper);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Dlog.console.level=severe",
                "-cp", System.getProperty("java.class.path"), "vn.cantho.kehoach.cli.Main"));
        cmd.addAll(args);
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new ChildJvm(p, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the end (at most {@code seconds}); the exit code. */
    public int waitFor(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("child JVM still running after " + seconds + " s:\n" + output());
        }
        return process.exitValue();
    }

    /** Kills it as {@code kill -9} does and waits until it is gone. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Unix
        process.waitFor();
    }

    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when a program with this name is on the PATH. */
    public static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
