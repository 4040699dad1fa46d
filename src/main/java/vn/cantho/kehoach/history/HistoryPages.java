package vn.cantho.kehoach.history;

import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.LegalMarkdown;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SourcePage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history concern, run between loading and baking: checks every section's {@code changes} list and, against
 * git, that every change of official text is recorded; then adds each section's history page
 * ({@code <section>/lich-su/}) and earlier versions ({@code <section>/phien-ban/<yyyy-mm-dd>/}), and attaches the
 * extra {@value #KEY} to section pages, covers, full-text pages and its own pages.
 */
public final class HistoryPages {
    /** The extras key this concern owns. */
    public static final String KEY = "history";
    /** Cover field: the commit up to which the text was transcribed, not amended (see the staff guide). */
    public static final String BASELINE = "history_baseline";
    public static final String HISTORY_TYPE = "history";
    public static final String VERSION_TYPE = "version";
    /** Section field naming where a moved section was before (declared by the permanent-URL concern). */
    static final String MOVED_FROM = "moved_from";
    static final String GUIDE = "src/site/markdown/huong-dan-thay-doi.md";

    private HistoryPages() {
    }

    /**
     * Starts reading the git history of {@code contentDir} on a thread of its own: it needs no site, so it runs
     * while the site loads. Close the reading when the build ends, whether or not {@link #add} ran.
     */
    public static GitReading startReading(Path contentDir) {
        return new GitReading(contentDir);
    }

    /** @throws BuildFailure naming every invalid entry and every unrecorded text change */
    public static void add(Site site, Path contentDir) {
        try (GitReading reading = startReading(contentDir)) {
            add(site, reading);
        }
    }

    /** @throws BuildFailure naming every invalid entry and every unrecorded text change */
    public static void add(Site site, GitReading reading) {
        List<Problem> problems = new ArrayList<>();
        Map<PlanDocument, List<SectionHistory>> histories = new LinkedHashMap<>();
        GitHistory git = reading.history();
        for (PlanDocument doc : site.documents()) {
            histories.put(doc, read(doc, reading.contentDir(), git, problems));
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        histories.forEach((doc, list) -> HistoryExtras.publish(site, doc, list));
    }

    private static List<SectionHistory> read(PlanDocument doc, Path contentDir, GitHistory git, List<Problem> problems) {
        LocalDate issue = ChangeEntries.parseDate(String.valueOf(doc.meta("ngay_ban_hanh")));
        String baseline = doc.meta(BASELINE) == null || doc.meta(BASELINE).isBlank() ? null : doc.meta(BASELINE).strip();
        List<SectionHistory> out = new ArrayList<>();
        for (Section s : doc.sections()) {
            SourcePage page = s.page();
            String file = "content/" + page.path();
            ChangeEntries.Result entries = ChangeEntries.read(page, readFile(contentDir.resolve(page.path())), issue);
            problems.addAll(entries.problems());
            if (!entries.problems().isEmpty()) {
                continue;
            }
            List<Step> steps;
            try {
                steps = git.steps(page, formerPaths(page), baseline);
            } catch (GitHistory.UnknownBaseline e) {
                problems.add(new Problem("content/" + doc.cover().path(), doc.cover().lineOf(BASELINE), BASELINE + " '"
                        + baseline + "' không phải một commit có trong kho git này",
                        "ghi mã của commit cuối cùng chỉ chép văn bản gốc (xem 'git log'), hoặc xóa dòng này"));
                return out;
            }
            Pairing.Result pairing = Pairing.pair(steps, entries.entries().size());
            // The 'changes' line, or the closing '---' of the front matter, before which the list is added.
            int line = page.fieldLines().containsKey(ChangeEntries.FIELD) ? page.lineOf(ChangeEntries.FIELD)
                    : Math.max(1, page.bodyLine() - 1);
            if (!pairing.unrecorded().isEmpty()) {
                problems.add(unrecorded(file, line, pairing.unrecorded()));
            }
            if (entries.entries().size() < pairing.maxEntries()) {
                problems.add(new Problem(file, line, "danh sách 'changes' còn " + entries.entries().size()
                        + " mục nhưng lịch sử git đã ghi " + pairing.maxEntries() + " mục: mục đã ghi không được xóa",
                        "khôi phục mục đã xóa (xem 'git log -p " + file + "'); muốn sửa một mục thì sửa ngay tại mục đó"));
            }
            out.add(new SectionHistory(s, issue, entries.entries(), pairing, OfficialText.of(page.body()),
                    git.unavailableReason()));
        }
        return out;
    }

    /**
     * Content paths a moved section had, from its {@code moved_from} field (owned by the permanent-URL concern):
     * each value an old URL ("/32-kh-ubnd-2026/ii/4-2/") or content path; one value or a list.
     */
    static List<String> formerPaths(SourcePage page) {
        Object v = page.fields().get(MOVED_FROM);
        List<?> values = v instanceof List<?> l ? l : v == null ? List.of() : List.of(v);
        List<String> out = new ArrayList<>();
        for (Object o : values) {
            String s = String.valueOf(o instanceof Map<?, ?> m && m.containsKey("url") ? m.get("url") : o).strip();
            s = s.replaceFirst("^/", "").replaceFirst("#.*$", "");
            if (!s.isEmpty()) {
                out.add(s.endsWith(".md") ? s : (s.endsWith("/") ? s : s + "/") + "index.md");
            }
        }
        return out;
    }

    /** The build message for text changes no entry records. */
    static Problem unrecorded(String file, int line, List<Step> steps) {
        String commits = String.join("; ", steps.stream().map(st -> st.commit().describe()).toList());
        return new Problem(file, line, "chữ của văn bản chính thức đã bị thay đổi mà không được ghi vào 'changes': "
                + commits, "nếu thay đổi là đúng, thêm vào cuối danh sách 'changes' của tệp này một mục mới (date: ngày áp"
                + " dụng; kind: correction nếu sửa cho khớp bản gốc, amendment kèm basis nếu theo văn bản sửa đổi, bổ sung)"
                + " rồi commit; không cần sửa lịch sử git. Nếu thay đổi là nhầm, trả lại chữ như cũ. Xem " + GUIDE);
    }

    private static String readFile(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders an earlier text the way section pages render the current one. */
    static String html(OfficialText text) {
        return new LegalMarkdown().render("", 1, text.markdown()).html();
    }

    /** Orders changes of several sections: by date, then reading order. */
    static Comparator<Map<String, Object>> byDate() {
        return Comparator.comparing(m -> String.valueOf(m.get("isoDate")));
    }
}
