package vn.cantho.kehoach.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The last check before writing: every line read from the input is somewhere in the plan about to be written
 * (a cover field, a recipient, a signature line, a heading, a paragraph, a table cell), except the decorative
 * rules under the heading block (which the report names) and the "Nơi nhận:" label. A line missing is a fault of the importer: nothing
 * is written, and the message names the line.
 */
final class NothingDropped {
    /** A Markdown escape the writer adds ({@link MarkdownText}): a backslash before ASCII punctuation. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");
    /** Spaces that separate two cells of a row copied as one line ("Số: 15/KH-UBND      Cần Thơ, ngày ..."). */
    private static final Pattern LAYOUT_SPACE = Pattern.compile("\\s{2,}");
    private static final int SHOWN = 5;

    private NothingDropped() {
    }

    static void check(String source, List<Block> input, ImportedPlan plan) {
        String kept = keptText(plan);
        List<String> lost = new ArrayList<>();
        for (Block b : input) {
            List<String> lines = b instanceof Block.Line l ? List.of(l.text())
                    : ((Block.Grid) b).cells().stream().flatMap(List::stream).toList();
            for (String line : lines) {
                boolean keptWhole = LAYOUT_SPACE.splitAsStream(line).allMatch(kept::contains);
                if (!keptWhole && !PlanParser.notText(line)) {
                    lost.add(source + ":" + b.at() + ": \"" + line + "\"");
                }
            }
        }
        if (!lost.isEmpty()) {
            List<String> message = new ArrayList<>();
            message.add("lỗi của lệnh nhập: " + lost.size() + " dòng của tệp không có chỗ trong văn bản sẽ tạo, nên chưa ghi gì:");
            lost.stream().limit(SHOWN).forEach(message::add);
            if (lost.size() > SHOWN) {
                message.add("... và " + (lost.size() - SHOWN) + " dòng khác");
            }
            message.add("cách sửa: báo người phụ trách kỹ thuật, gửi kèm tệp này; không tự chép tay phần còn lại");
            throw new ImportFailure(message);
        }
    }

    /** Everything the plan will show, unescaped, one piece a line. */
    private static String keptText(ImportedPlan plan) {
        List<String> pieces = new ArrayList<>(plan.cover().values());
        pieces.addAll(plan.recipients());
        pieces.addAll(plan.titles());
        for (ImportedPlan.ImportedSection s : plan.sections()) {
            if (s.heading() != null) {
                pieces.add(s.heading());
            }
            for (String block : s.body()) {
                pieces.add(ESCAPE.matcher(block).replaceAll("$1"));
            }
        }
        return String.join("\n", pieces);
    }
}
