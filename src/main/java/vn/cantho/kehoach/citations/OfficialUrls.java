package vn.cantho.kehoach.citations;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.cantho.kehoach.content.InputLimits;
import vn.cantho.kehoach.content.LibraryGuard;
import vn.cantho.kehoach.content.Problem;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The optional data file where staff give the official address of a cited document ({@value #PATH}): a YAML list
 * of entries {@code so} (number as the plan writes it), {@code ngay} (dd/mm/yyyy; needed for a number that recurs,
 * such as a Party document) and {@code url} (https). The site invents no address: a cited document without an
 * entry has none. Every mistake is reported with file:line.
 */
public final class OfficialUrls {
    /** The data file, relative to the project root. */
    public static final String PATH = "data/van-ban-dan-chieu.yml";
    private static final Set<String> FIELDS = Set.of("so", "ngay", "url");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/yyyy");

    /** One entry of the file. */
    public record Entry(String number, LocalDate date, String url, int line) {
    }

    private OfficialUrls() {
    }

    /** The entries of the file under {@code root}; none when it does not exist. Problems are added to {@code problems}. */
    public static List<Entry> read(Path root, List<Problem> problems) {
        Path file = root.resolve(PATH);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            Problem tooLarge = InputLimits.fileSize(PATH, Files.size(file));
            if (tooLarge != null) {
                problems.add(tooLarge);
                return List.of();
            }
            String yaml = Files.readString(file);
            return LibraryGuard.run(PATH, 1, () -> parse(yaml, problems), p -> {
                problems.add(p);
                return List.of();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> parse(String yaml, List<Problem> problems) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            problems.add(new Problem(PATH, e.getProblemMark().getLine() + 1, "tệp bị lỗi cú pháp YAML: " + e.getProblem(),
                    "mỗi mục bắt đầu bằng '- so: \"...\"', các dòng sau thụt vào hai dấu cách"));
            return List.of();
        }
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof SequenceNode list)) {
            problems.add(new Problem(PATH, line(root), "tệp phải là một danh sách các mục",
                    "viết mỗi văn bản thành một mục '- so: \"59-NQ/TW\"' với 'ngay' và 'url'"));
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode map)) {
                problems.add(new Problem(PATH, line(item), "mục này không có dạng 'so:', 'ngay:', 'url:'",
                        "viết '- so: \"59-NQ/TW\"', rồi 'ngay: \"05/08/2020\"' và 'url: \"https://...\"' trên các dòng sau"));
                continue;
            }
            Map<String, ScalarNode> fields = new LinkedHashMap<>();
            boolean ok = true;
            for (NodeTuple t : map.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
                if (!FIELDS.contains(key)) {
                    problems.add(new Problem(PATH, line(t.getKeyNode()), "trường '" + key + "' không dùng ở đây",
                            "mỗi mục chỉ có 'so', 'ngay' và 'url'"));
                    ok = false;
                } else if (t.getValueNode() instanceof ScalarNode v) {
                    fields.put(key, v);
                } else {
                    problems.add(new Problem(PATH, line(t.getValueNode()), "'" + key + "' phải là một giá trị đơn",
                            "viết giá trị trong dấu \"...\" trên cùng dòng"));
                    ok = false;
                }
            }
            int at = line(item);
            String number = null;
            if (!fields.containsKey("so")) {
                problems.add(new Problem(PATH, at, "mục thiếu trường 'so' (số, ký hiệu văn bản)",
                        "thêm 'so: \"59-NQ/TW\"' như kế hoạch ghi"));
                ok = false;
            } else {
                number = MentionFinder.normalise(fields.get("so").getValue());
                if (number == null) {
                    problems.add(new Problem(PATH, line(fields.get("so")), "'" + fields.get("so").getValue()
                            + "' không phải số, ký hiệu văn bản", "viết như văn bản ghi, ví dụ '59-NQ/TW' hoặc '45/2022/QH15'"));
                    ok = false;
                }
            }
            LocalDate date = null;
            if (fields.containsKey("ngay")) {
                try {
                    date = LocalDate.parse(fields.get("ngay").getValue().strip(), DMY);
                } catch (DateTimeParseException e) {
                    problems.add(new Problem(PATH, line(fields.get("ngay")), "ngày '" + fields.get("ngay").getValue()
                            + "' không đúng dạng ngày/tháng/năm", "viết ví dụ 'ngay: \"05/08/2020\"'"));
                    ok = false;
                }
            }
            String url = null;
            if (!fields.containsKey("url")) {
                problems.add(new Problem(PATH, at, "mục thiếu trường 'url'", "thêm 'url: \"https://...\"', địa chỉ chính thức của văn bản"));
                ok = false;
            } else {
                url = fields.get("url").getValue().strip();
                if (!isHttps(url)) {
                    problems.add(new Problem(PATH, line(fields.get("url")), "địa chỉ '" + url + "' không phải địa chỉ https hợp lệ",
                            "chép nguyên địa chỉ trang chính thức, bắt đầu bằng https://"));
                    ok = false;
                }
            }
            if (ok && !seen.add(number + "|" + date)) {
                problems.add(new Problem(PATH, at, "văn bản " + number + " được khai hai lần", "giữ một mục cho mỗi văn bản"));
                ok = false;
            }
            if (ok) {
                out.add(new Entry(number, date, url, at));
            }
        }
        return out;
    }

    /**
     * The cited documents with their official address; an entry that matches no cited document, or that leaves
     * open which of several it means, is a problem.
     */
    public static Map<CitedDocument, String> match(List<Entry> entries, Collection<CitedDocument> cited,
                                                   List<Problem> problems) {
        Map<CitedDocument, String> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            List<CitedDocument> hits = cited.stream().filter(d -> d.number().equals(e.number())
                    && (e.date() == null || e.date().equals(d.date()))).toList();
            Set<String> distinct = new HashSet<>();
            hits.forEach(d -> distinct.add(d.number() + "|" + d.date()));
            if (hits.isEmpty()) {
                problems.add(new Problem(PATH, e.line(), "không văn bản nào trên trang dẫn chiếu văn bản số " + e.number()
                        + (e.date() == null ? "" : " ngày " + e.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                        "đối chiếu số và ngày với trang 'Văn bản được dẫn chiếu'; xóa mục nếu văn bản không còn được dẫn chiếu"));
            } else if (distinct.size() > 1) {
                problems.add(new Problem(PATH, e.line(), "có nhiều văn bản số " + e.number() + " với ngày khác nhau",
                        "thêm 'ngay: \"dd/mm/yyyy\"' để chỉ rõ văn bản nào"));
            } else {
                hits.forEach(d -> out.put(d, e.url()));
            }
        }
        return out;
    }

    private static boolean isHttps(String url) {
        try {
            URI u = new URI(url);
            return "https".equals(u.getScheme()) && u.getHost() != null && !url.contains(" ");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int line(Node n) {
        return n.getStartMark().getLine() + 1;
    }
}
