package vn.cantho.kehoach.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class-data sharing archive (JDK 17 AppCDS) of the libraries a build loads, so that a cold command-line build
 * does not read, parse and verify some 4,000 library classes again on every run. Maven runs this after compiling
 * ({@code process-classes}); it writes {@code target/cds/java.args}, the argument file with which the pom's
 * {@code bake} and {@code permalinks} executions start Java: the archive and a class path of the libraries first,
 * then {@code target/classes} (the archive may only cover a prefix of jar files; the project's own classes change
 * with every compile and are loaded as usual).
 * <p>The archive is made once per set of libraries and Java runtime: a training build of the site records the
 * classes it loads, then {@code java -Xshare:dump} archives them. Lambda-proxy entries are left out of the list,
 * since dumping them crashes Debian's OpenJDK 17.0.15. Anything that goes wrong costs only the speed-up: the
 * argument file is then written without the archive, and a JVM given a missing or stale archive runs without it.
 */
public final class ClassDataArchive {
    private static final String ARCHIVE = "deps.jsa";
    private static final String STAMP = "deps.stamp";
    static final String ARGS = "java.args";

    private ClassDataArchive() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(option(args, "--root")).toAbsolutePath();
        Path classes = Path.of(option(args, "--classes")).toAbsolutePath();
        Path out = Path.of(option(args, "--out")).toAbsolutePath();
        Files.createDirectories(out);
        List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.endsWith(".jar") && Files.isRegularFile(Path.of(e))).toList();
        String stamp = stamp(jars);
        Path archive = out.resolve(ARCHIVE);
        boolean ready = Files.isRegularFile(archive) && Files.isRegularFile(out.resolve(STAMP))
                && Files.readString(out.resolve(STAMP), StandardCharsets.UTF_8).equals(stamp);
        if (!ready) {
            try {
                make(root, classes, out, jars);
                Files.writeString(out.resolve(STAMP), stamp, StandardCharsets.UTF_8);
                ready = true;
            } catch (IOException | RuntimeException | InterruptedException e) {
                Files.deleteIfExists(archive);
                System.out.println("LƯU Ý / NOTE: chưa tạo được bản lưu lớp (class-data sharing) để dựng nhanh hơn: " + e.getMessage()
                        + "; trang vẫn được dựng như thường.");
            }
        }
        List<String> lines = new ArrayList<>();
        if (ready) {
            lines.add(quote("-XX:SharedArchiveFile=" + archive));
        }
        List<String> path = new ArrayList<>(jars);
        path.add(classes.toString());
        lines.add("-classpath");
        lines.add(quote(String.join(File.pathSeparator, path)));
        Files.write(out.resolve(ARGS), lines, StandardCharsets.UTF_8);
    }

    /** Trains on a build of the site, then dumps the archive of the library classes it loaded. */
    private static void make(Path root, Path classes, Path out, List<String> jars) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String libraries = String.join(File.pathSeparator, jars);
        Path list = out.resolve("classes.lst");
        Path training = out.resolve("training");
        run(out.resolve("training.log"), java, "-XX:DumpLoadedClassList=" + list, "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "-cp", libraries + File.pathSeparator + classes, Main.class.getName(),
                "build", "--root", root.toString(), "--out", training.toString());
        vn.cantho.kehoach.io.FileTrees.delete(training);
        Files.deleteIfExists(out.resolve("training.lock"));
        if (!Files.isRegularFile(list)) {
            throw new IOException("bản dựng thử không ghi danh sách lớp (xem " + out.resolve("training.log") + ")");
        }
        Path kept = out.resolve("classes-kept.lst");
        Files.write(kept, Files.readAllLines(list, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("@")).toList(),
                StandardCharsets.UTF_8);
        int dumped = run(out.resolve("dump.log"), java, "-Xshare:dump", "-XX:SharedClassListFile=" + kept,
                "-XX:SharedArchiveFile=" + out.resolve(ARCHIVE), "-cp", libraries);
        if (dumped != 0 || !Files.isRegularFile(out.resolve(ARCHIVE))) {
            throw new IOException("java -Xshare:dump thất bại (mã " + dumped + ", xem " + out.resolve("dump.log") + ")");
        }
    }

    private static int run(Path log, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IOException("quá 180 giây: " + String.join(" ", command[1]));
        }
        return p.exitValue();
    }

    /** What the archive depends on: the Java runtime and every library jar (path, size, time). */
    private static String stamp(List<String> jars) throws IOException {
        StringBuilder s = new StringBuilder(System.getProperty("java.home")).append('\n')
                .append(System.getProperty("java.vm.version")).append('\n');
        for (String jar : jars) {
            Path p = Path.of(jar);
            s.append(jar).append(' ').append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p).toMillis()).append('\n');
        }
        return s.toString();
    }

    /** An argument for a Java argument file: quoted, backslashes and quotes escaped. */
    static String quote(String arg) {
        return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String option(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        throw new IllegalArgumentException("usage: ClassDataArchive --root DIR --classes DIR --out DIR (missing " + name + ")");
    }
}
