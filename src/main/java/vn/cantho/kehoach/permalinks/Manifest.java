package vn.cantho.kehoach.permalinks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The committed list of every address the site has published ({@value #FILE} at the project root): one
 * line per page URL ({@code /32-kh-ubnd-2026/ii/4-2/}) and one per promised anchor
 * ({@code /32-kh-ubnd-2026/ii/4-2/#doan-3}), sorted, so a diff shows exactly what was added or removed.
 * Lines starting with {@code #} are comments. Only the {@code permalinks} command writes it
 * ({@link Permalinks#verify} when recording); builds only read it.
 */
public final class Manifest {
    /** File name at the project root. */
    public static final String FILE = "permalinks.txt";
    /** The documented command that rewrites the manifest. */
    public static final String UPDATE_COMMAND = "./mvnw -q compile exec:exec@permalinks";

    private static final String HEADER = """
            # Permanent addresses of the site: every published page and every promised anchor.
            # Địa chỉ cố định đã công bố: mỗi dòng là một trang (/32-kh-ubnd-2026/ii/4-2/) hoặc một neo
            # trong trang (/32-kh-ubnd-2026/ii/4-2/#doan-3), sắp theo thứ tự. Bản dựng thất bại nếu một
            # địa chỉ ở đây không còn. Không sửa tay; cập nhật bằng lệnh:
            #   %s
            # Hướng dẫn: src/site/markdown/huong-dan-dia-chi.md
            """.formatted(UPDATE_COMMAND);

    /** Address → 1-based line in the file, in file order. */
    private final Map<String, Integer> lines;

    private Manifest(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** The manifest of the project at {@code root}, or null when it has none (a new site). */
    public static Manifest read(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static Manifest parse(List<String> fileLines) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < fileLines.size(); i++) {
            String line = fileLines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                lines.putIfAbsent(line, i + 1);
            }
        }
        return new Manifest(lines);
    }

    /** Writes the manifest for these addresses, sorted, with the explaining header. */
    public static void write(Path root, Iterable<String> addresses) {
        SortedSet<String> sorted = new TreeSet<>();
        addresses.forEach(sorted::add);
        StringBuilder out = new StringBuilder(HEADER);
        for (String a : sorted) {
            out.append(a).append('\n');
        }
        try {
            Files.writeString(root.resolve(FILE), out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + root.resolve(FILE), e);
        }
    }

    public boolean contains(String address) {
        return lines.containsKey(address);
    }

    /** Every address, in file order. */
    public Set<String> addresses() {
        return Collections.unmodifiableSet(lines.keySet());
    }

    /** 1-based line of an address in the file. */
    public int lineOf(String address) {
        return lines.getOrDefault(address, 0);
    }

    /** "/a/b/#x" is an anchor of page "/a/b/"; a page is its own page. */
    static String pageOf(String address) {
        int hash = address.indexOf('#');
        return hash < 0 ? address : address.substring(0, hash);
    }
}
