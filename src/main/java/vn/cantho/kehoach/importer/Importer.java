package vn.cantho.kehoach.importer;

import vn.cantho.kehoach.content.FieldRules;
import vn.cantho.kehoach.content.InputLimits;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.TextHygiene;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The import command: a plan received as a Word .docx or as plain UTF-8 text becomes a document tree under
 * {@code content/}, named by its number and year ("32-kh-ubnd-2026"). Reading (per format), classifying
 * ({@link PlanParser}) and writing ({@link TreeWriter}) are separate steps; the report says what was read,
 * what is missing (written {@value #UNKNOWN} on the cover, never guessed) and which lines did not fit.
 */
public final class Importer {
    /** The cover's value for a field the text does not give; the site shows it as it is. */
    public static final String UNKNOWN = FieldRules.UNKNOWN;
    /** No-break spaces of a web page's copy (&amp;nbsp;, narrow and figure spaces): layout, not text. */
    private static final Pattern NO_BREAK_SPACE = Pattern.compile("[\\u00A0\\u2007\\u202F]");

    /** A finished import: the document folder (under content/), the files written and the printed report. */
    public record Result(String folder, List<String> files, String report) {
    }

    private Importer() {
    }

    /**
     * @param root the project root (its content/ receives the tree)
     * @throws ImportFailure when nothing could be written (unreadable file, no number or date, existing document)
     */
    public static Result run(Path file, Path root) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new ImportFailure(List.of("không tìm thấy tệp " + file,
                    "cách sửa: ghi đúng đường dẫn tệp, ví dụ -Dimport.file=/home/canbo/Tai-xuong/kh-32.docx"));
        }
        if (lower.endsWith(".doc") || lower.endsWith(".pdf") || lower.endsWith(".odt") || lower.endsWith(".rtf")) {
            throw new ImportFailure(List.of("tệp " + name + " không phải .docx hay văn bản thuần (.txt)",
                    "cách sửa: mở bằng Word và chọn Lưu thành (Save As) \"Word Document (.docx)\"; với PDF, chép phần chữ "
                            + "vào một tệp .txt mã UTF-8 rồi nhập tệp đó"));
        }
        byte[] bytes = readLimited(file, lower.endsWith(".docx"));
        ImportReport report = new ImportReport(name);
        List<Block> blocks = clean(lower.endsWith(".docx") ? readDocx(file, bytes) : TextReader.read(readUtf8(file, bytes)), report);
        if (blocks.isEmpty()) {
            throw new ImportFailure(List.of("tệp " + name + " không có chữ nào (tệp trống)",
                    "cách sửa: mở tệp kiểm tra; nếu chép từ trang web hay PDF, dán lại phần chữ rồi lưu (mã UTF-8)"));
        }
        ImportedPlan plan = new PlanParser(report, UNKNOWN).parse(blocks);
        NothingDropped.check(name, blocks, plan);
        List<String> files = TreeWriter.write(plan, root.resolve("content"));
        long paragraphs = plan.sections().stream().mapToLong(s -> s.body().size()).sum();
        report.written("Đã tạo content/" + plan.folder() + "/: " + files.size() + " tệp (bìa, toàn văn và "
                + plan.sections().size() + " phần, " + paragraphs + " khối văn bản).");
        return new Result(plan.folder(), files, report.text("content/" + plan.folder() + "/index.md"));
    }

    /** The file's bytes, refused first when past {@link InputLimits}: its size, and each part of a .docx once inflated. */
    private static byte[] readLimited(Path file, boolean docx) {
        try {
            Problem tooLarge = InputLimits.fileSize(file.getFileName().toString(), Files.size(file), InputLimits.TABLE_FILE_BYTES,
                    "một kế hoạch dài chỉ vài trăm KB", "kiểm tra xem có chọn nhầm tệp không; bỏ ảnh và phụ lục ra khỏi tệp rồi nhập lại");
            byte[] bytes = tooLarge == null ? Files.readAllBytes(file) : null;
            Problem inflated = tooLarge == null && docx ? InputLimits.officeFile(file.getFileName().toString(), bytes) : null;
            Problem problem = tooLarge != null ? tooLarge : inflated;
            if (problem != null) {
                throw new ImportFailure(List.of(problem.file() + ": " + problem.what(), "cách sửa: " + problem.fix()));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Block> readDocx(Path file, byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return DocxReader.read(in);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (e instanceof ImportFailure f) {
                throw f;
            }
            throw new ImportFailure(List.of("không đọc được tệp Word " + file.getFileName() + " (" + e + ")",
                    "cách sửa: mở tệp bằng Word, kiểm tra tệp không bị hỏng hay đặt mật khẩu, Lưu thành .docx rồi nhập lại"));
        }
    }

    private static String readUtf8(Path file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportFailure(List.of("tệp " + file.getFileName() + " không phải văn bản mã UTF-8 (có thể là TCVN3, VNI "
                            + "hoặc Windows-1258)",
                    "cách sửa: mở tệp, chọn Lưu thành với mã hóa UTF-8 (Notepad: Encoding → UTF-8), hoặc chuyển mã bằng Unikey"));
        }
    }

    /** Accents precomposed (NFC) and invisible characters removed, as the build requires; counted in the report. */
    private static List<Block> clean(List<Block> blocks, ImportReport report) {
        int[] fixed = new int[3];
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Line l) {
                out.add(new Block.Line(clean(l.text(), fixed), l.at(), l.emphasized()));
            } else if (b instanceof Block.Grid g) {
                out.add(new Block.Grid(g.rows().stream().map(r -> r.stream().map(c -> c.stream()
                        .map(t -> clean(t, fixed)).toList()).toList()).toList(), g.at(), g.flattened()));
            }
        }
        if (fixed[0] > 0) {
            report.note(fixed[0] + " dòng có dấu tiếng Việt dạng tổ hợp rời (NFD) đã được chuyển về dạng dựng sẵn (NFC); "
                    + "chữ hiển thị không đổi");
        }
        if (fixed[1] > 0) {
            report.note(fixed[1] + " dòng có ký tự vô hình (dán từ Word/PDF) đã được xóa các ký tự đó");
        }
        if (fixed[2] > 0) {
            report.note(fixed[2] + " dòng có dấu cách không ngắt (NBSP, dán từ trang web) đã được đổi thành dấu cách thường");
        }
        return out;
    }

    private static String clean(String text, int[] fixed) {
        String s = text;
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
            fixed[0]++;
        }
        String spaced = NO_BREAK_SPACE.matcher(s).replaceAll(" ");
        if (!spaced.equals(s)) {
            s = spaced;
            fixed[2]++;
        }
        StringBuilder out = new StringBuilder(s.length());
        s.replace('\t', ' ').codePoints().filter(c -> !TextHygiene.invisible(c)).forEach(out::appendCodePoint);
        if (out.length() != s.length()) {
            fixed[1]++;
        }
        return out.toString().strip();
    }
}
