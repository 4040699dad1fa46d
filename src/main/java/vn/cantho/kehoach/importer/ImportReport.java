package vn.cantho.kehoach.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import found, for the staff member who runs it (Vietnamese): the fields read, the fields that could
 * not be read (written as {@value Importer#UNKNOWN} on the cover, with the field to fill), every line that could
 * not be classified (kept as a paragraph, named with its place in the input and the file it went to) and notes.
 */
final class ImportReport {
    /** A line kept as a paragraph because nothing else fitted it. */
    record Unclassified(int at, String text, String keptIn) {
    }

    /** A cover field that could not be read from the text. */
    record Missing(String field, String label, String why) {
    }

    private final String source;
    private final Map<String, String> read = new LinkedHashMap<>();
    private final List<Missing> missing = new ArrayList<>();
    private final List<Unclassified> unclassified = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String written = "";

    ImportReport(String source) {
        this.source = source;
    }

    void read(String label, String value) {
        read.put(label, value);
    }

    void missing(String field, String label, String why) {
        missing.add(new Missing(field, label, why));
    }

    void unclassified(int at, String text, String keptIn) {
        unclassified.add(new Unclassified(at, text, keptIn));
    }

    void note(String note) {
        notes.add(note);
    }

    void written(String summary) {
        this.written = summary;
    }

    List<Missing> missing() {
        return List.copyOf(missing);
    }

    List<Unclassified> unclassified() {
        return List.copyOf(unclassified);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /** The report as printed. */
    String text(String coverFile) {
        StringBuilder out = new StringBuilder();
        out.append("NHẬP VĂN BẢN từ ").append(source).append('\n');
        out.append(written).append('\n');
        out.append("\nĐÃ ĐỌC ĐƯỢC:\n");
        read.forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
        out.append("\nCẦN BỔ SUNG (").append(missing.size()).append("):");
        if (missing.isEmpty()) {
            out.append(" không có\n");
        } else {
            out.append(" trang bìa đang ghi \"").append(Importer.UNKNOWN).append("\" ở các trường này\n");
            for (Missing m : missing) {
                out.append("  - ").append(m.field()).append(" (").append(m.label()).append("): ").append(m.why())
                        .append("\n    cách sửa: ghi giá trị đúng vào dòng '").append(m.field()).append(":' trong ")
                        .append(coverFile).append('\n');
            }
        }
        out.append("\nKHÔNG XẾP ĐƯỢC (").append(unclassified.size()).append("):");
        if (unclassified.isEmpty()) {
            out.append(" không có\n");
        } else {
            out.append(" giữ nguyên thành đoạn văn, cần xem lại\n");
            for (Unclassified u : unclassified) {
                out.append("  - ").append(source).append(':').append(u.at()).append(": \"").append(u.text())
                        .append("\"\n    đã ghi vào ").append(u.keptIn())
                        .append("; cách sửa: nếu dòng này không thuộc văn bản, xóa đoạn đó; nếu thuộc, chuyển về đúng chỗ\n");
            }
        }
        if (!notes.isEmpty()) {
            out.append("\nLƯU Ý (").append(notes.size()).append("):\n");
            for (String n : notes) {
                out.append("  - ").append(n).append('\n');
            }
        }
        return out.toString();
    }
}
