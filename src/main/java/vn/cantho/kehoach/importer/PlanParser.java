package vn.cantho.kehoach.importer;

import vn.cantho.kehoach.content.Slugs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structure of a Vietnamese administrative document (Decree 30/2020/ND-CP layout) from blocks:
 * <ol>
 *   <li>the heading block, before the document's kind line: issuing body, national motto, "Số: ...", place and
 *       date, whether laid out as a table or as lines;</li>
 *   <li>the kind ("KẾ HOẠCH") and the subject (upper-case or emphasized lines after it);</li>
 *   <li>the body: a preamble (mo-dau), Roman parts ("I. ..."), in a part numbered khoản ("1. ...") that are
 *       headings become pages of their own, and so do their "4.1." sub-khoản; numbered khoản that are sentences
 *       stay paragraphs; "- ..." headings become "##" dash headings; the closing (ket-thuc) starts at
 *       "Trên đây là";</li>
 *   <li>the end: "Nơi nhận:" and the signature (TM./KT. ..., titles, the signer's name).</li>
 * </ol>
 * A line that fits none of these places is kept as a paragraph and reported.
 */
final class PlanParser {
    private static final Pattern KIND = Pattern.compile("KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|THÔNG BÁO|BÁO CÁO|NGHỊ QUYẾT"
            + "|CHƯƠNG TRÌNH|HƯỚNG DẪN|TỜ TRÌNH|ĐỀ ÁN|CÔNG VĂN|QUY CHẾ|QUY ĐỊNH|PHƯƠNG ÁN|CÔNG ĐIỆN|THÔNG TƯ|NGHỊ ĐỊNH");
    private static final Pattern NUMBER = Pattern.compile("Số\\s*:\\s*(\\S.*)");
    private static final Pattern PLACE_DATE = Pattern.compile(
            ".+,\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})\\.?");
    private static final Pattern MOTTO = Pattern.compile(".*CỘNG H[ÒO]A XÃ HỘI CHỦ NGHĨA VIỆT NAM.*");
    private static final Pattern ROMAN = Pattern.compile("([IVXLC]+)\\.\\s+(\\S.*)");
    private static final Pattern KHOAN = Pattern.compile("(\\d+)\\.\\s+(\\S.*)");
    private static final Pattern SUB_KHOAN = Pattern.compile("(\\d+)\\.(\\d+)\\.?\\s+(\\S.*)");
    private static final Pattern DASH = Pattern.compile("-\\s+\\S.*");
    private static final Pattern AUTHORITY = Pattern.compile("(TM|KT|Q|TL|TUQ)\\.\\s*\\S.*");
    /** Upper-case lines of a signature that start a new line rather than continue a broken one. */
    private static final Pattern TITLE = Pattern.compile("(PHÓ |CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|CHÁNH |BỘ TRƯỞNG|THỨ TRƯỞNG"
            + "|TỔNG |VIỆN TRƯỞNG|HIỆU TRƯỞNG|THỦ TRƯỞNG|BÍ THƯ|KÝ THAY).*");
    private static final Pattern PERSON = Pattern.compile("(\\p{Lu}\\p{Ll}*\\s+){1,6}\\p{Lu}\\p{Ll}*");
    private static final Pattern RECIPIENTS = Pattern.compile("Nơi nhận\\s*:?\\s*(.*)");
    private static final Pattern RULE = Pattern.compile("[-_=.*\\s]{3,}");
    private static final Pattern CLOSING = Pattern.compile("Trên đây là\\b.*");
    private static final Pattern CAPTION = Pattern.compile("(Bảng|BẢNG)\\s.{0,150}");
    /** A khoản line longer than this is a sentence, not a heading. */
    private static final int HEADING_MAX = 300;

    private final ImportReport report;
    private final String unknown;

    PlanParser(ImportReport report, String unknown) {
        this.report = report;
        this.unknown = unknown;
    }

    /** @throws ImportFailure when the number, the date or the kind of the document cannot be found */
    ImportedPlan parse(List<Block> blocks) {
        int kindAt = -1;
        for (int i = 0; i < blocks.size() && kindAt < 0; i++) {
            if (blocks.get(i) instanceof Block.Line l && KIND.matcher(l.text()).matches()) {
                kindAt = i;
            }
        }
        if (kindAt < 0) {
            throw new ImportFailure(List.of("không tìm thấy dòng tên loại văn bản (một dòng riêng chỉ ghi, ví dụ, "
                    + "\"KẾ HOẠCH\" hoặc \"QUYẾT ĐỊNH\") sau phần đầu văn bản",
                    "cách sửa: kiểm tra tệp có đủ phần đầu văn bản (cơ quan, quốc hiệu, số, ngày, tên loại, trích yếu); "
                            + "nếu tên loại bị dính với dòng khác, tách thành một dòng riêng rồi nhập lại"));
        }
        Header header = new Header();
        List<Block> early = new ArrayList<>();
        for (Block b : blocks.subList(0, kindAt)) {
            if (b instanceof Block.Grid g) {
                for (List<String> cell : g.cells()) {
                    header.cell(cell, g.at(), early);
                }
            } else if (b instanceof Block.Line l) {
                header.cell(List.of(l.text()), l.at(), early);
            }
        }
        Block.Line kindLine = (Block.Line) blocks.get(kindAt);
        int i = kindAt + 1;
        List<String> subject = new ArrayList<>();
        while (i < blocks.size() && blocks.get(i) instanceof Block.Line l && !structural(l.text())
                && (upperCase(l.text()) || l.emphasized())) {
            subject.add(l.text());
            i++;
        }
        int end = i;
        while (end < blocks.size() && !signatureStart(blocks.get(end))) {
            end++;
        }
        List<Block> body = blocks.subList(i, end);
        Signature signature = new Signature();
        List<Block> tail = new ArrayList<>();
        signature.read(blocks.subList(end, blocks.size()), tail);

        if (header.number == null || header.date == null) {
            List<String> what = new ArrayList<>();
            if (header.number == null) {
                what.add("không tìm thấy dòng số hiệu (\"Số: 32/KH-UBND\") trong phần đầu văn bản, trước dòng \""
                        + kindLine.text() + "\"");
            }
            if (header.date == null) {
                what.add("không tìm thấy dòng địa danh và ngày (\"Cần Thơ, ngày 22 tháng 01 năm 2026\") trong phần đầu "
                        + "văn bản, trước dòng \"" + kindLine.text() + "\"");
            }
            what.add("cách sửa: số hiệu và ngày ban hành đặt tên thư mục của văn bản nên phải có; thêm các dòng đó "
                    + "như trên bản giấy rồi nhập lại");
            throw new ImportFailure(what);
        }
        String soHieu = header.number;
        String year = header.date.substring(6);
        String folder = Slugs.suggest(soHieu);
        if (!folder.matches(".*(^|-)" + year + "(-|$).*")) {
            folder = folder + "-" + year;
        }

        List<ImportedPlan.ImportedSection> sections = new ArrayList<>();
        new BodyBuilder(sections).build(early, body, tail);

        String kind = kindLine.text();
        String kindName = kind.substring(0, 1) + kind.substring(1).toLowerCase(new Locale("vi"));
        Map<String, String> cover = new LinkedHashMap<>();
        String subjectText = String.join(" ", subject);
        cover.put("title", subject.isEmpty() ? kindName + " số " + soHieu : subjectText);
        cover.put("so_hieu", soHieu);
        cover.put("ngay_ban_hanh", header.date);
        cover.put("ngay_hieu_luc", unknown);
        cover.put("loai_van_ban", kindName);
        cover.put("co_quan_ban_hanh", header.agency == null ? unknown : header.agency);
        cover.put("nguoi_ky", signature.name == null ? unknown : signature.name);
        cover.put("linh_vuc", unknown);
        cover.put("citation", kindName + " số " + soHieu + " ngày " + header.date);
        cover.put("header_agency", header.agency == null ? unknown : header.agency);
        cover.put("header_motto", header.motto == null ? unknown : header.motto);
        cover.put("header_number", header.numberLine);
        cover.put("header_place_date", header.placeDate);
        cover.put("header_kind", kind);
        cover.put("header_subject", subject.isEmpty() ? unknown : subjectText);
        cover.put("signature_authority", signature.authority == null ? unknown : signature.authority);

        report.read("số hiệu", soHieu);
        report.read("ngày ban hành", header.date);
        report.read("loại văn bản", kindName);
        report.read("cơ quan (đầu văn bản)", cover.get("header_agency"));
        report.read("trích yếu", cover.get("header_subject"));
        report.read("thẩm quyền ký", cover.get("signature_authority")
                + (signature.titles.isEmpty() ? "" : " / " + String.join(" / ", signature.titles)));
        report.read("người ký", cover.get("nguoi_ky"));
        report.read("nơi nhận", signature.recipients.isEmpty() ? "không có" : signature.recipients.size() + " dòng");
        missing(cover, "ngay_hieu_luc", "Ngày có hiệu lực", "văn bản không ghi ngày có hiệu lực");
        missing(cover, "linh_vuc", "Lĩnh vực", "lĩnh vực không ghi trong văn bản (xem trên cổng văn bản pháp luật)");
        missing(cover, "nguoi_ky", "Người ký", "không có tên người ký ở cuối văn bản");
        missing(cover, "co_quan_ban_hanh", "Cơ quan ban hành", "không đọc được tên cơ quan ở đầu văn bản");
        missing(cover, "header_agency", "Cơ quan (đầu văn bản)", "không đọc được tên cơ quan ở đầu văn bản");
        missing(cover, "header_motto", "Quốc hiệu", "không có dòng quốc hiệu ở đầu văn bản");
        missing(cover, "header_subject", "Trích yếu", "không có dòng trích yếu sau tên loại văn bản");
        missing(cover, "signature_authority", "Thẩm quyền ký", "không có dòng TM./KT. ... ở cuối văn bản");
        if (!subject.isEmpty()) {
            report.note("title (tên trang bìa) lấy nguyên trích yếu; có thể viết lại cho dễ đọc, không sửa header_subject");
        }
        report.note("citation (cách trích dẫn) ghi \"" + cover.get("citation") + "\"; có thể thêm \" của <cơ quan ban hành>\"");
        if (header.agency != null) {
            report.note("co_quan_ban_hanh lấy nguyên dòng cơ quan ở đầu văn bản (\"" + header.agency
                    + "\"); nếu thiếu địa danh, ghi đủ tên cơ quan");
        }
        return new ImportedPlan(folder, cover, signature.recipients, signature.titles, sections);
    }

    private void missing(Map<String, String> cover, String field, String label, String why) {
        if (unknown.equals(cover.get(field))) {
            report.missing(field, label, why);
        }
    }

    /** The heading block's fields, recognised by their content whatever the layout. */
    private final class Header {
        String agency;
        String motto;
        String numberLine;
        String number;
        String placeDate;
        String date;

        void cell(List<String> lines, int at, List<Block> early) {
            if (lines.isEmpty()) {
                return;
            }
            String text = String.join(" ", lines);
            Matcher n = NUMBER.matcher(text);
            Matcher d = PLACE_DATE.matcher(text);
            if (numberLine == null && n.matches()) {
                numberLine = text;
                number = n.group(1).strip();
            } else if (placeDate == null && d.matches()) {
                placeDate = text;
                date = two(d.group(1)) + "/" + two(d.group(2)) + "/" + d.group(3);
            } else if (motto == null && MOTTO.matcher(text).matches()) {
                motto = text;
            } else if (agency == null && upperCase(text) && !RULE.matcher(text).matches()) {
                agency = text;
            } else if (RULE.matcher(text).matches()) {
                report.note("dòng kẻ \"" + text + "\" ở phần đầu văn bản (vị trí " + at + ") là nét trang trí, không ghi");
            } else {
                for (String line : lines) {
                    early.add(new Block.Line(line, at, false));
                }
            }
        }

        private String two(String s) {
            return s.length() == 1 ? "0" + s : s;
        }
    }

    /** The recipients and the signature, from a table or from lines. */
    private static final class Signature {
        final List<String> recipients = new ArrayList<>();
        final List<String> titles = new ArrayList<>();
        String authority;
        String name;

        void read(List<Block> blocks, List<Block> unclassified) {
            List<List<String>> cells = new ArrayList<>();
            List<Integer> ats = new ArrayList<>();
            List<String> loose = null;
            for (Block b : blocks) {
                if (b instanceof Block.Grid g) {
                    for (List<String> cell : g.cells()) {
                        cells.add(cell);
                        ats.add(g.at());
                    }
                    loose = null;
                } else if (b instanceof Block.Line l) {
                    boolean starts = RECIPIENTS.matcher(l.text()).matches() || AUTHORITY.matcher(l.text()).matches()
                            && (loose == null || RECIPIENTS.matcher(loose.get(0)).matches());
                    if (loose == null || starts) {
                        loose = new ArrayList<>();
                        cells.add(loose);
                        ats.add(l.at());
                    }
                    loose.add(l.text());
                }
            }
            for (int k = 0; k < cells.size(); k++) {
                List<String> cell = cells.get(k);
                if (cell.isEmpty()) {
                    continue;
                }
                Matcher r = RECIPIENTS.matcher(cell.get(0));
                if (r.matches()) {
                    if (!r.group(1).isBlank()) {
                        recipients.add(r.group(1).strip());
                    }
                    recipients.addAll(cell.subList(1, cell.size()));
                } else if (authority == null && cell.stream().anyMatch(l -> AUTHORITY.matcher(l).matches())) {
                    signature(cell, ats.get(k), unclassified);
                } else {
                    for (String line : cell) {
                        unclassified.add(new Block.Line(line, ats.get(k), false));
                    }
                }
            }
        }

        /** Authority and title lines (upper case, a broken one joined back), then the signer's name. */
        private void signature(List<String> cell, int at, List<Block> unclassified) {
            List<String> upper = new ArrayList<>();
            for (String line : cell) {
                if (upperCase(line)) {
                    boolean starts = upper.isEmpty() || AUTHORITY.matcher(line).matches() || TITLE.matcher(line).matches();
                    if (starts) {
                        upper.add(line);
                    } else {
                        upper.set(upper.size() - 1, upper.get(upper.size() - 1) + " " + line);
                    }
                } else if (name == null && PERSON.matcher(line).matches()) {
                    name = line;
                } else {
                    unclassified.add(new Block.Line(line, at, false));
                }
            }
            authority = upper.isEmpty() ? null : upper.get(0);
            if (upper.size() > 1) {
                titles.addAll(upper.subList(1, upper.size()));
            }
        }
    }

    /** Splits the body into section pages. */
    private final class BodyBuilder {
        private final List<ImportedPlan.ImportedSection> sections;

        BodyBuilder(List<ImportedPlan.ImportedSection> sections) {
            this.sections = sections;
        }

        void build(List<Block> early, List<Block> body, List<Block> tail) {
            List<Block> preamble = new ArrayList<>();
            List<List<Block>> parts = new ArrayList<>();
            List<Block> closing = new ArrayList<>();
            List<Block> current = preamble;
            for (Block b : body) {
                if (b instanceof Block.Line l && current != closing && ROMAN.matcher(l.text()).matches()
                        && upperCase(l.text())) {
                    current = new ArrayList<>();
                    parts.add(current);
                } else if (b instanceof Block.Line l && current != closing && CLOSING.matcher(l.text()).matches()) {
                    current = closing;
                }
                current.add(b);
            }
            List<Block> pre = new ArrayList<>(early);
            pre.addAll(preamble);
            for (Block b : early) {
                if (b instanceof Block.Line l) {
                    report.unclassified(l.at(), l.text(), "mo-dau/index.md");
                }
            }
            if (parts.isEmpty()) {
                // No Roman parts: the khoản are the top level.
                List<Block> before = new ArrayList<>();
                int first = firstKhoan(pre);
                if (first < 0 || !khoanArePages(pre.subList(first, pre.size()))) {
                    section("mo-dau", null, "Phần mở đầu", "Phần mở đầu", null, null, pre);
                } else {
                    before.addAll(pre.subList(0, first));
                    if (!before.isEmpty()) {
                        section("mo-dau", null, "Phần mở đầu", "Phần mở đầu", null, null, before);
                    }
                    khoanPages(null, pre.subList(first, pre.size()));
                }
            } else {
                if (!pre.isEmpty()) {
                    section("mo-dau", null, "Phần mở đầu", "Phần mở đầu", null, null, pre);
                }
                for (List<Block> part : parts) {
                    Block.Line heading = (Block.Line) part.get(0);
                    Matcher m = ROMAN.matcher(heading.text());
                    m.matches();
                    String roman = m.group(1);
                    List<Block> rest = part.subList(1, part.size());
                    int first = firstKhoan(rest);
                    boolean pages = first >= 0 && khoanArePages(rest.subList(first, rest.size()));
                    section(roman.toLowerCase(Locale.ROOT), roman, "Mục " + roman, titleOf(m.group(2)), heading.text(),
                            null, pages ? rest.subList(0, first) : rest);
                    if (pages) {
                        khoanPages(roman, rest.subList(first, rest.size()));
                    }
                }
            }
            if (!tail.isEmpty()) {
                for (Block b : tail) {
                    Block.Line l = (Block.Line) b;
                    report.unclassified(l.at(), l.text(), "ket-thuc/index.md");
                }
                closing.addAll(tail);
            }
            if (!closing.isEmpty()) {
                section("ket-thuc", null, "Phần kết thúc", "Phần kết thúc", null, null, closing);
            }
        }

        private int firstKhoan(List<Block> blocks) {
            for (int k = 0; k < blocks.size(); k++) {
                if (blocks.get(k) instanceof Block.Line l && KHOAN.matcher(l.text()).matches()) {
                    return k;
                }
            }
            return -1;
        }

        /** The numbered khoản are pages when every one of them is a heading, not a sentence. */
        private boolean khoanArePages(List<Block> blocks) {
            return blocks.stream().filter(b -> b instanceof Block.Line l && KHOAN.matcher(l.text()).matches())
                    .allMatch(b -> headingLike(((Block.Line) b).text()));
        }

        /** Khoản pages (and their sub-khoản pages) of a part; {@code roman} null at the top level. */
        private void khoanPages(String roman, List<Block> blocks) {
            String parent = roman == null ? null : roman.toLowerCase(Locale.ROOT);
            for (List<Block> group : groups(blocks, KHOAN)) {
                Block.Line heading = (Block.Line) group.get(0);
                Matcher m = KHOAN.matcher(heading.text());
                m.matches();
                String n = m.group(1);
                String path = parent == null ? n : parent + "/" + n;
                String number = roman == null ? n : roman + "." + n;
                String label = roman == null ? "Khoản " + n : "Mục " + roman + ", khoản " + n;
                List<Block> rest = group.subList(1, group.size());
                int first = -1;
                for (int k = 0; k < rest.size() && first < 0; k++) {
                    if (rest.get(k) instanceof Block.Line l && SUB_KHOAN.matcher(l.text()).matches()) {
                        first = k;
                    }
                }
                boolean subPages = first >= 0 && rest.subList(first, rest.size()).stream()
                        .filter(b -> b instanceof Block.Line l && SUB_KHOAN.matcher(l.text()).matches())
                        .allMatch(b -> headingLike(((Block.Line) b).text()));
                section(path, number, label, titleOf(m.group(2)), heading.text(),
                        parent == null ? null : parent, subPages ? rest.subList(0, first) : rest);
                if (subPages) {
                    String khoanId = path.replace('/', '-');
                    for (List<Block> sub : groups(rest.subList(first, rest.size()), SUB_KHOAN)) {
                        Block.Line h = (Block.Line) sub.get(0);
                        Matcher s = SUB_KHOAN.matcher(h.text());
                        s.matches();
                        if (!s.group(1).equals(n)) {
                            report.note("vị trí " + h.at() + ": \"" + s.group(1) + "." + s.group(2) + ".\" nằm trong khoản "
                                    + n + "; kiểm tra lại số thứ tự");
                        }
                        String sub2 = s.group(1) + "-" + s.group(2);
                        section((parent == null ? "" : parent + "/") + sub2,
                                (roman == null ? "" : roman + ".") + s.group(1) + "." + s.group(2),
                                (roman == null ? "Khoản " : "Mục " + roman + ", khoản ") + s.group(1) + "." + s.group(2),
                                titleOf(s.group(3)), h.text(), khoanId, sub.subList(1, sub.size()));
                    }
                }
            }
        }

        /** Consecutive groups, each starting at a line the pattern matches. */
        private List<List<Block>> groups(List<Block> blocks, Pattern start) {
            List<List<Block>> groups = new ArrayList<>();
            for (Block b : blocks) {
                if (b instanceof Block.Line l && start.matcher(l.text()).matches() || groups.isEmpty()) {
                    groups.add(new ArrayList<>());
                }
                groups.get(groups.size() - 1).add(b);
            }
            return groups;
        }

        private void section(String path, String number, String label, String title, String heading, String parent,
                             List<Block> blocks) {
            List<String> body = new ArrayList<>();
            for (int k = 0; k < blocks.size(); k++) {
                Block b = blocks.get(k);
                if (b instanceof Block.Line l) {
                    Block next = k + 1 < blocks.size() ? blocks.get(k + 1) : null;
                    if (next instanceof Block.Grid g && !g.flattened() && CAPTION.matcher(l.text()).matches()) {
                        continue; // the caption of the table that follows
                    }
                    body.add(DASH.matcher(l.text()).matches() && headingLike(l.text())
                            ? MarkdownText.dashHeading(l.text()) : MarkdownText.paragraph(l.text()));
                } else if (b instanceof Block.Grid g) {
                    if (g.flattened()) {
                        report.note("vị trí " + g.at() + ": một bảng mất dòng kẻ khi sao chép (mỗi ô một dòng); các ô được giữ"
                                + " thành đoạn văn trong " + path + "/index.md, cần xem lại");
                        for (List<String> cell : g.cells()) {
                            for (String line : cell) {
                                body.add(MarkdownText.paragraph(line));
                            }
                        }
                        continue;
                    }
                    String caption = null;
                    if (k > 0 && blocks.get(k - 1) instanceof Block.Line l && CAPTION.matcher(l.text()).matches()) {
                        caption = l.text();
                    } else {
                        report.note("vị trí " + g.at() + ": bảng trong " + path + "/index.md không có dòng tên bảng (\"Bảng ...\")"
                                + " ngay trước nó; thêm dòng [Tên bảng] ngay sau bảng để người đọc màn hình biết bảng nói gì");
                    }
                    List<List<String>> rows = g.rows().stream()
                            .map(r -> r.stream().map(c -> String.join(" ", c)).toList()).toList();
                    body.add(MarkdownText.table(rows, caption));
                }
            }
            sections.add(new ImportedPlan.ImportedSection(path, number, label, title, heading, parent, body));
        }
    }

    /** Heading text without the number: "TỔ CHỨC THỰC HIỆN:" → "TỔ CHỨC THỰC HIỆN". */
    private static String titleOf(String rest) {
        String t = rest.strip();
        return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
    }

    /** A heading, not a sentence: no end punctuation, not too long. */
    static boolean headingLike(String text) {
        return text.length() <= HEADING_MAX && !text.matches(".*[.;:!?…]$");
    }

    private static boolean structural(String text) {
        return ROMAN.matcher(text).matches() || KHOAN.matcher(text).matches() || SUB_KHOAN.matcher(text).matches();
    }

    static boolean upperCase(String text) {
        return text.codePoints().anyMatch(Character::isLetter) && text.codePoints().noneMatch(Character::isLowerCase);
    }

    private boolean signatureStart(Block b) {
        if (b instanceof Block.Grid g) {
            return g.cells().stream().flatMap(List::stream)
                    .anyMatch(l -> RECIPIENTS.matcher(l).matches() || AUTHORITY.matcher(l).matches());
        }
        String t = ((Block.Line) b).text();
        return RECIPIENTS.matcher(t).matches() || AUTHORITY.matcher(t).matches();
    }
}
