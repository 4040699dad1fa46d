package vn.cantho.kehoach.updates;

import vn.cantho.kehoach.content.ContentReader;
import vn.cantho.kehoach.content.FieldRules;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SourcePage;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the updates of {@code content/} ({@code type: update}) and checks what only they have: where the file
 * lives, the sections it names, {@code draft} and the Markdown of its body. The fields every page has
 * (required, unknown, the date's form) were checked by {@link FieldRules} when the site was loaded.
 */
public final class UpdateReader {
    /** Folder of content/ that holds the updates, and the URL of their list. */
    public static final String FOLDER = "cap-nhat/";
    /** "cap-nhat/trang-2/": folders the list's pages take. */
    static final Pattern LIST_PAGE = Pattern.compile("cap-nhat/(index\\.md|trang-[0-9]+/.*)");

    private final NewsMarkdown markdown = new NewsMarkdown();

    /** Every update (drafts included) and the problems found. */
    public record Result(List<Update> updates, List<Problem> problems) {
    }

    public Result read(Path contentDir, Site site) {
        SectionRefs refs = new SectionRefs(site);
        List<Update> updates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (SourcePage page : new ContentReader().read(contentDir).pages()) {
            if (FieldRules.UPDATE.equals(page.type()) && FieldRules.check(page).isEmpty()) {
                int before = problems.size();
                Update u = read(page, refs, problems);
                if (problems.size() == before) {
                    updates.add(u);
                }
            }
        }
        return new Result(updates, problems);
    }

    private Update read(SourcePage page, SectionRefs refs, List<Problem> problems) {
        String file = "content/" + page.path();
        if (!page.path().startsWith(FOLDER)) {
            problems.add(new Problem(file, page.lineOf("type"), "bài cập nhật phải nằm trong thư mục content/cap-nhat/",
                    "chuyển tệp vào content/cap-nhat/<năm>/<tháng>/, ví dụ content/cap-nhat/2026/03/khoi-cong-cao-toc.md"));
        } else if (LIST_PAGE.matcher(page.path()).matches()) {
            problems.add(Problem.ofFile(file, "địa chỉ của tệp này dành cho danh sách bài cập nhật (/cap-nhat/, /cap-nhat/trang-2/, ...)",
                    "đặt bài vào thư mục năm và tháng, ví dụ content/cap-nhat/2026/03/khoi-cong-cao-toc.md"));
        }
        List<Section> sections = sections(page, refs, problems, file);
        String draft = page.string("draft");
        if (draft != null && !draft.equals("true") && !draft.equals("false")) {
            problems.add(new Problem(file, page.lineOf("draft"), "draft '" + draft + "' không hợp lệ",
                    "ghi 'draft: true' để lưu bản nháp (không đăng), hoặc xóa dòng này để đăng bài"));
        }
        NewsMarkdown.Rendered body = markdown.render(file, page.bodyLine(), page.body());
        problems.addAll(body.problems());
        if (page.body().isBlank()) {
            problems.add(new Problem(file, page.bodyLine(), "bài cập nhật chưa có nội dung",
                    "viết nội dung bài sau dòng '---' thứ hai"));
        }
        return new Update(page.path(), page.url(), page.title(), LocalDate.parse(page.string("date"), FieldRules.DATE),
                sections, "true".equals(draft), body.html());
    }

    /** The sections named, each found once; a problem for each one not found. */
    private static List<Section> sections(SourcePage page, SectionRefs refs, List<Problem> problems, String file) {
        Object value = page.fields().get("sections");
        List<?> refsWritten = value instanceof List<?> list ? list : List.of(value);
        if (refsWritten.isEmpty() || refsWritten.stream().allMatch(r -> r == null || String.valueOf(r).isBlank())) {
            problems.add(new Problem(file, page.lineOf("sections"), "trường 'sections' chưa ghi phần nào",
                    "ghi id các phần mà bài nói tới, mỗi dòng một id: 'sections:' rồi '  - ii-4-2'"));
            return List.of();
        }
        Set<Section> found = new LinkedHashSet<>();
        for (int i = 0; i < refsWritten.size(); i++) {
            Object r = refsWritten.get(i);
            int line = page.fieldLines().getOrDefault("sections." + i, page.lineOf("sections"));
            if (r instanceof java.util.Map || r instanceof List) {
                problems.add(new Problem(file, line, "mỗi mục của 'sections' phải là một id phần",
                        "ghi mỗi dòng '  - ii-4-2'"));
                continue;
            }
            SectionRefs.Found f = refs.find(String.valueOf(r));
            if (f.section() == null) {
                problems.add(new Problem(file, line, "sections: " + f.what(), f.fix()));
            } else {
                found.add(f.section());
            }
        }
        return List.copyOf(found);
    }
}
