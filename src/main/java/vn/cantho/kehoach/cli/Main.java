package vn.cantho.kehoach.cli;

import vn.cantho.kehoach.SiteBuild;
import vn.cantho.kehoach.bake.Baker;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.importer.ImportFailure;
import vn.cantho.kehoach.importer.Importer;
import vn.cantho.kehoach.preview.Preview;

import java.nio.file.Path;
import java.util.List;

/**
 * Command line: {@code build} bakes the site into target/www; {@code serve} builds a preview (drafts
 * shown, marked) into target/preview, serves it on 127.0.0.1 and rebuilds when content, templates or
 * assets change; {@code permalinks} builds and rewrites the manifest of permanent addresses (permalinks.txt)
 * with what the site now publishes. Builds of the same output, from this process or another, take turns;
 * a failed build of any kind leaves the last good site in place.
 * <pre>
 *   Main build [--root DIR] [--out DIR]
 *   Main serve [--root DIR] [--out DIR] [--port N] [--phases]
 *   Main permalinks [--root DIR] [--out DIR]
 *   Main import FILE [--root DIR]
 * </pre>
 * {@code import} turns a plan received as .docx or UTF-8 text into a document tree under content/ and prints
 * its report (see the importer package); it never overwrites an existing document.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !List.of("build", "serve", "permalinks", "import").contains(args[0])) {
            System.err.println("usage: Main build|serve|permalinks [--root DIR] [--out DIR] [--port N] [--phases]"
                    + "\n       Main import FILE [--root DIR]");
            System.exit(2);
        }
        if (args[0].equals("import")) {
            System.exit(importFile(args));
        }
        Path root = Path.of(option(args, "--root", "."));
        showPhases = List.of(args).contains("--phases");
        boolean serve = args[0].equals("serve");
        // The preview shows drafts, so it never writes where the published site is built.
        Path out = Path.of(option(args, "--out", root.resolve(serve ? "target/preview" : "target/www").toString()));
        Baker.Sources sources = Baker.Sources.of(root);
        if (args[0].equals("permalinks")) {
            System.exit(build(new SiteBuild().recordingPermalinks(), sources, out) ? 0 : 1);
        }
        if (args[0].equals("build")) {
            System.exit(build(sources, out) ? 0 : 1);
        }
        int port = Integer.parseInt(option(args, "--port", "8000"));
        // Each rebuild re-renders only the pages whose template data changed; open pages reload themselves.
        try (Preview preview = new Preview(sources, out, port, b -> failure(b, sources, out), System.out::println)) {
            preview.start();
            preview.run();
        }
    }

    /** {@code import FILE}: writes the tree and prints the report; 1 with the reason when nothing was written. */
    private static int importFile(String[] args) {
        if (args.length < 2 || args[1].isBlank() || args[1].startsWith("${") || args[1].startsWith("--")) {
            System.err.println("NHẬP VĂN BẢN THẤT BẠI: chưa nói tệp nào cần nhập\n    cách sửa: ./mvnw -q compile "
                    + "exec:exec@import -Dimport.file=DUONG/DAN/TOI/TEP.docx (hoặc tệp .txt mã UTF-8)");
            return 2;
        }
        Path root = Path.of(option(args, "--root", "."));
        Path file = Path.of(args[1]);
        try {
            Importer.Result r = Importer.run(file.isAbsolute() ? file : Path.of("").toAbsolutePath().resolve(file), root);
            System.out.print(r.report());
            System.out.println("\nBước tiếp: xem trước bằng ./mvnw -q compile exec:exec@serve rồi mở http://127.0.0.1:8000/"
                    + r.folder() + "/ ; đối chiếu với bản gốc; sửa các mục trên; rồi commit thư mục content/" + r.folder() + "/");
            return 0;
        } catch (ImportFailure f) {
            System.err.println("NHẬP VĂN BẢN THẤT BẠI, chưa ghi gì: " + String.join("\n    ", f.lines()));
            return 1;
        }
    }

    /** {@code --phases}: also print the time of each build phase. */
    private static boolean showPhases;

    /** Builds and reports; false (with the reason printed) if the build failed in any way. */
    private static boolean build(Baker.Sources sources, Path out) {
        return build(new SiteBuild(), sources, out);
    }

    private static boolean build(SiteBuild siteBuild, Baker.Sources sources, Path out) {
        return failure(siteBuild, sources, out) == null;
    }

    /** Builds and reports; the failure message (as printed) if the build failed in any way, else null. */
    private static String failure(SiteBuild siteBuild, Baker.Sources sources, Path out) {
        String failure;
        try {
            SiteBuild.Report r = siteBuild.run(sources, out);
            System.out.println("Đã dựng " + r.pages() + " trang vào " + r.output() + " trong " + r.millis() + " ms");
            if (showPhases) {
                System.out.println("Các bước / phases (ms): " + r.phaseMillis());
                System.out.println("CPU theo bước / CPU per phase (ms, all threads): " + r.phaseCpuMillis());
            }
            return null;
        } catch (BuildFailure f) {
            failure = "DỰNG TRANG THẤT BẠI / BUILD FAILED: " + f.getMessage();
        } catch (OutOfMemoryError e) {
            failure = "DỰNG TRANG THẤT BẠI / BUILD FAILED: hết bộ nhớ khi dựng trang (" + e.getMessage() + ")"
                    + "\n    cách sửa: cho Java thêm bộ nhớ, ví dụ MAVEN_OPTS=-Xmx1g, rồi dựng lại";
        } catch (RuntimeException | Error e) {
            failure = "DỰNG TRANG THẤT BẠI / BUILD FAILED: lỗi không mong đợi: " + e
                    + "\n    cách sửa: xem tệp vừa sửa gần nhất; gửi cho người phát triển tệp " + stackTrace(out, e);
        }
        failure += "\nTrang đã dựng lần trước trong " + out + " được giữ nguyên.";
        System.err.println(failure);
        return failure;
    }

    /** Writes the stack trace beside the output folder (for developers, not shown to staff); the file's path. */
    private static Path stackTrace(Path out, Throwable e) {
        Path file = out.toAbsolutePath().resolveSibling("build-error.txt");
        try (java.io.PrintWriter w = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(file))) {
            e.printStackTrace(w);
        } catch (java.io.IOException | RuntimeException notWritten) {
            e.printStackTrace();
        }
        return file;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
