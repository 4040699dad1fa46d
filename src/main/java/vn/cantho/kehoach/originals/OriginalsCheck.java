package vn.cantho.kehoach.originals;

import vn.cantho.kehoach.content.Attachments;
import vn.cantho.kehoach.content.InputLimits;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.SitePaths;
import vn.cantho.kehoach.content.SourcePage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the {@code originals:} of one cover before baking: how each item is written, that its file is there
 * and opens (a PDF with PDFBox, a Word file with POI), its size and SHA-256, and every signature of a PDF. A file
 * listed as {@code pdf-ky-so} must carry at least one signature, every signature must verify and the last one must
 * cover the whole file. Each problem names the cover's line or the file, in Vietnamese, with how to fix it.
 * The files are opened by {@link OriginalOpening}, so that a build without originals loads neither library.
 */
final class OriginalsCheck {
    private static final Set<String> KEYS = Set.of(Attachments.FILE, "kind", "note");

    private OriginalsCheck() {
    }

    static List<Original> check(PlanDocument doc, Path contentDir, List<Problem> problems) {
        SourcePage cover = doc.cover();
        String coverFile = "content/" + cover.path();
        String folder = SitePaths.topFolder(cover.path());
        List<Original> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Object> items = cover.list(Attachments.ORIGINALS);
        for (int i = 0; i < items.size(); i++) {
            String at = Attachments.ORIGINALS + "." + i;
            int line = cover.lineOf(at);
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                problems.add(new Problem(coverFile, line, "mỗi mục của 'originals' phải ghi 'file:' và 'kind:'",
                        "viết '  - file: ban-goc/ten-tep.pdf' rồi dòng '    kind: pdf-ky-so' thẳng hàng với 'file'"));
                continue;
            }
            int before = problems.size();
            for (Object key : item.keySet()) {
                if (!KEYS.contains(String.valueOf(key))) {
                    problems.add(new Problem(coverFile, cover.lineOf(at + "." + key), "bản gốc không dùng trường '" + key + "'",
                            "chỉ dùng file, kind và note (ghi chú)"));
                }
            }
            String file = text(item.get(Attachments.FILE));
            String kindCode = text(item.get("kind"));
            String note = text(item.get("note"));
            OriginalKind kind = OriginalKind.of(kindCode);
            if (file == null) {
                problems.add(new Problem(coverFile, line, "bản gốc chưa ghi 'file:'",
                        "ghi đường dẫn tệp trong thư mục content/" + folder + "/, ví dụ 'file: ban-goc/32-kh-ubnd.pdf'"));
            } else if (!Attachments.FILE_PATH.matcher(file).matches()) {
                problems.add(new Problem(coverFile, cover.lineOf(at + ".file"), "tên tệp bản gốc '" + file
                        + "' phải là chữ thường không dấu (a-z, 0-9, '-') với đuôi viết thường, trong thư mục của văn bản",
                        "đổi tên tệp trong thư mục content/" + folder + "/ thành '" + Attachments.suggest(file)
                                + "' (bỏ dấu, chữ thường, thay khoảng trắng bằng '-') và sửa dòng 'file:' cho giống"));
            } else if (!seen.add(file)) {
                problems.add(new Problem(coverFile, cover.lineOf(at + ".file"), "tệp '" + file + "' được khai báo hai lần",
                        "xóa mục lặp lại"));
            }
            if (kind == null) {
                problems.add(new Problem(coverFile, item.containsKey("kind") ? cover.lineOf(at + ".kind") : line,
                        kindCode == null ? "bản gốc chưa ghi 'kind:'" : "kind '" + kindCode + "' không tồn tại",
                        "ghi một trong " + OriginalKind.codes() + " (pdf-ky-so: PDF có chữ ký số; word: tệp Word .docx; khac: tệp khác)"));
            } else if (file != null && !kind.allows(ending(file).replace(".", ""))) {
                problems.add(new Problem(coverFile, cover.lineOf(at + ".kind"), "tệp '" + file + "' không phải loại " + kind.code()
                        + " (loại này nhận tệp " + String.join(", ", kind.endings().stream().sorted().map(e -> "." + e).toList()) + ")",
                        kind == OriginalKind.WORD ? "lưu tệp Word dạng .docx (Word: Tệp > Lưu thành > .docx)" : "sửa 'kind:' cho đúng loại tệp"));
            }
            if (problems.size() > before) {
                continue;
            }
            String source = folder + "/" + file;
            Path path = Attachments.present(contentDir, source, coverFile, cover.lineOf(at + ".file"), "bản gốc", problems);
            if (path == null) {
                continue;
            }
            Original o = read(doc, file, source, path, kind, note, problems);
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    private static Original read(PlanDocument doc, String file, String source, Path path, OriginalKind kind, String note,
                                 List<Problem> problems) {
        String where = "content/" + source;
        byte[] bytes;
        try {
            Problem tooLarge = InputLimits.originalSize(where, Files.size(path));
            if (tooLarge != null) {
                problems.add(tooLarge);
                return null;
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        if (bytes.length == 0) {
            problems.add(Problem.ofFile(where, "tệp bản gốc rỗng (0 byte)", "chép lại tệp bản gốc đầy đủ"));
            return null;
        }
        OriginalOpening.Opened opened = OriginalOpening.open(where, ending(file), bytes, problems);
        if (opened == null) {
            return null;
        }
        signatureProblems(where, kind, opened.signatures(), problems);
        return new Original(file, source, doc.url() + file, kind, note, bytes.length, sha256(bytes), opened.pages(),
                opened.version(), opened.signatures());
    }

    private static void signatureProblems(String where, OriginalKind kind, List<SignatureReport> signatures,
                                          List<Problem> problems) {
        if (kind == OriginalKind.SIGNED_PDF && signatures.stream().allMatch(SignatureReport::documentTimestamp)) {
            problems.add(Problem.ofFile(where, "tệp được khai báo 'kind: pdf-ky-so' nhưng không có chữ ký số nào",
                    "dùng bản PDF có chữ ký số do văn thư phát hành, hoặc ghi 'kind: pdf' nếu đây là bản không ký số"));
            return;
        }
        for (int i = 0; i < signatures.size(); i++) {
            SignatureReport s = signatures.get(i);
            boolean last = i == signatures.size() - 1;
            // An earlier signature of a PDF signed twice covers the file as it was then; the last one must cover it all.
            String problem = !s.digestMatches() || last ? s.problem() : null;
            if (problem != null) {
                problems.add(Problem.ofFile(where, "chữ ký số thứ " + (i + 1) + (s.signer() == null ? "" : " (của " + s.signer() + ")")
                        + " không hợp lệ: " + problem, "lấy lại đúng tệp đã ký từ văn thư (không mở và lưu lại tệp"
                        + " bằng phần mềm khác sau khi ký), chép đè lên tệp này"));
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ending(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static String text(Object v) {
        return v instanceof String s && !s.isBlank() ? s.strip() : null;
    }
}
