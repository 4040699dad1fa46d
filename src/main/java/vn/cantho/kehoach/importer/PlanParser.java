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
    private static final Pattern NUMBER = Pattern.compile("(?:Số|SỐ|số)\\s*:\\s*(\\S.*)");
    /** "Số: 15/KH-UBND      Cần Thơ, ngày 05 tháng 3 năm 2026": the two cells of a row copied as one line. */
    private static final Pattern NUMBER_THEN_DATE = Pattern.compile("((?:Số|SỐ|số)\\s*:\\s*(\\S+))\\s+(\\S.*,\\s*ngày\\s.*)");
    private static final Pattern PLACE_DATE = Pattern.compile(
            ".+,\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})\\.?");
    /** The motto's first line; "CỘNG HÒA XÃ HỘI" alone when the line is broken. */
    private static final Pattern MOTTO = Pattern.compile("CỘNG H[ÒO]A XÃ HỘI\\b.*");
    private static final Pattern MOTTO_END = Pattern.compile("Độc lập\\s*-\\s*Tự do\\s*-\\s*Hạnh phúc.*");
    private static final Pattern ROMAN = Pattern.compile("([IVXLC]+)\\.\\s+(\\S.*)");
    private static final Pattern KHOAN = Pattern.compile("(\\d+)\\.\\s+(\\S.*)");
    private static final Pattern SUB_KHOAN = Pattern.compile("(\\d+)\\.(\\d+)\\.?\\s+(\\S.*)");
    /** A decision's article: "Điều 1. Phạm vi điều chỉnh" or "Điều 1. Ban hành kèm theo ...". */
    private static final Pattern DIEU = Pattern.compile("Điều\\s+(\\d+)\\.\\s*(\\S.*)?");
    private static final Pattern DASH = Pattern.compile("-\\s+\\S.*");
    private static final Pattern AUTHORITY = Pattern.compile("(TM|KT|Q|TL|TUQ)\\.\\s*\\S.*");
    /** Upper-case lines of a signature that start a new line rather than continue a broken one. */
    private static final Pattern TITLE = Pattern.compile("(PHÓ |CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|CHÁNH |BỘ TRƯỞNG|THỨ TRƯỞNG"
            + "|TỔNG |VIỆN TRƯỞNG|HIỆU TRƯỞNG|THỦ TRƯỞNG|BÍ THƯ|KÝ THAY).*");
    private static final Pattern PERSON = Pattern.compile("(\\p{Lu}\\p{Ll}*\\s+){1,6}\\p{Lu}\\p{Ll}*");
    private static final Pattern RECIPIENTS = Pattern.compile("Nơi nhận\\s*:?\\s*(.*)");
    private static final Pattern RULE = Pattern.compile("[-_=.*\\s]{3,}");
    /** Lines that open a preamble, never a subject. */
    private static final Pattern PREAMBLE = Pattern.compile("(Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị)\\b.*[;:,.]");
    private static final Pattern CLOSING = Pattern.compile("Trên đây là\\b.*");
    private static final Pattern CAPTION = Pattern.compile("(Bảng|BẢNG)\\s.{0,150}");
    /** A signature without "Nơi nhận" or TM./KT. (the head signing: "GIÁM ĐỐC", name) is in the last blocks. */
    private static final int SIGNATURE_MAX = 6;
    private static final int TITLE_MAX = 60;
    /** How many blocks from the start the heading block may take. */
    private static final int HEADER_MAX = 20;
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
            for (Block b : blocks.subList(0, Math.min(blocks.size(), HEADER_MAX))) {
                if (b instanceof Block.Line l && l.text().startsWith("V/v")) {
                    throw new ImportFailure(List.of("văn bản này là công văn (có dòng trích yếu \"" + l.text()
                                    + "\", không có dòng tên loại như \"KẾ HOẠCH\"): lệnh nhập chưa nhận công văn",
                            "cách sửa: trang bìa cần dòng tên loại (header_kind) mà công văn không có; tạo thư mục văn bản "
                                    + "bằng tay (xem Biên tập nội dung) hoặc báo người phụ trách kỹ thuật"));
                }
            }
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
                && (upperCase(l.text()) || l.emphasized()) && !(!subject.isEmpty() && TITLE.matcher(l.text()).matches())) {
            subject.add(l.text());
            i++;
        }
        if (subject.isEmpty()) {
            // A subject in sentence case, as plain text gives it: the line right after the kind (Decree 30 layout),
            // with the lines that continue it (starting in lower case) when the copy broke it.
            while (i < blocks.size() && blocks.get(i) instanceof Block.Line l && !structural(l.text())
                    && headingLike(l.text()) && !signatureStart(l)
                    && (subject.isEmpty() ? !PREAMBLE.matcher(l.text()).matches()
                    : Character.isLowerCase(l.text().codePointAt(0)))) {
                subject.add(l.text());
                i++;
            }
        }
        int end = i;
        while (end < blocks.size() && !signatureStart(blocks.get(end))
                && !(end >= blocks.size() - SIGNATURE_MAX && blocks.get(end) instanceof Block.Line l
                && l.text().length() <= TITLE_MAX && signatureLine(l.text()))) {
            end++;
        }
        List<Block> body = blocks.subList(i, end);
        Signature signature = new Signature();
        List<Block> tail = new ArrayList<>();
        signature.read(blocks.subList(end, blocks.size()), tail);
        List<Block> attached = new ArrayList<>();
        for (int k = 0; k < tail.size(); k++) {
            if (tail.get(k) instanceof Block.Line l && KIND.matcher(l.text()).matches()) {
                // Lines after the signature with a kind line among them: an attached document (a plan a decision
                // issues), its own heading block included.
                attached.addAll(tail);
                tail.clear();
                report.note("vị trí " + l.at() + ": sau chữ ký có dòng tên loại \"" + l.text() + "\": văn bản kèm theo "
                        + "(ví dụ kế hoạch ban hành kèm quyết định), giữ nguyên trong trang kem-theo và các trang mục con "
                        + "kem-theo/i, kem-theo/ii ...; nếu cần đăng nó thành văn bản riêng, tách phần đó ra tệp riêng và nhập");
            }
        }

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
        new BodyBuilder(sections).build(early, body, tail, attached);

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

    /**
     * The heading block's fields, recognised by their content whatever the layout. Laid out as lines (a Word file
     * without the table, a copy from a web page), the agency and the motto run over several lines: an upper-case
     * line continues the agency or the motto above it, and "Độc lập - Tự do - Hạnh phúc" ends the motto. The
     * number and the place and date may share one line.
     */
    private final class Header {
        String agency;
        String motto;
        String numberLine;
        String number;
        String placeDate;
        String date;
        /** The field the previous line went to, which an upper-case line continues. */
        private String open;

        void cell(List<String> lines, int at, List<Block> early) {
            if (lines.isEmpty()) {
                return;
            }
            String text = String.join(" ", lines);
            Matcher n = NUMBER.matcher(text);
            if (numberLine == null && n.matches()) {
                Matcher both = NUMBER_THEN_DATE.matcher(text);
                if (both.matches() && placeDate == null && PLACE_DATE.matcher(both.group(3)).matches()) {
                    numberLine = both.group(1);
                    number = both.group(2);
                    date(both.group(3));
                } else {
                    numberLine = text;
                    number = n.group(1).strip();
                }
                open = null;
            } else if (placeDate == null && PLACE_DATE.matcher(text).matches()) {
                date(text);
                open = null;
            } else if (motto == null && MOTTO.matcher(text).matches()) {
                motto = text;
                open = "motto";
            } else if (motto != null && "motto".equals(open) && (MOTTO_END.matcher(text).matches()
                    || upperCase(text) && !motto.contains("VIỆT NAM"))) {
                motto = motto + " " + text;
            } else if (RULE.matcher(text).matches()) {
                report.note("dòng kẻ \"" + text + "\" ở phần đầu văn bản (vị trí " + at + ") là nét trang trí, không ghi");
            } else if (upperCase(text) && (agency == null || "agency".equals(open))) {
                agency = agency == null ? text : agency + " " + text;
                open = "agency";
            } else {
                for (String line : lines) {
                    early.add(new Block.Line(line, at, false));
                }
                open = null;
            }
        }

        private void date(String text) {
            Matcher d = PLACE_DATE.matcher(text);
            d.matches();
            placeDate = text;
            date = two(d.group(1)) + "/" + two(d.group(2)) + "/" + d.group(3);
        }

        private String two(String s) {
            return s.length() == 1 ? "0" + s : s;
        }
    }

    /**
     * The recipients and the signature, from a table or from lines. The signature is the authority (TM./KT. ...,
     * or the signer's own title such as "GIÁM ĐỐC" when the head signs), its titles and the signer's name; what
     * follows the name (an attached plan after a decision's signature) is not the signature.
     */
    private static final class Signature {
        final List<String> recipients = new ArrayList<>();
        final List<String> titles = new ArrayList<>();
        String authority;
        String name;

        void read(List<Block> blocks, List<Block> unclassified) {
            List<List<Block.Line>> cells = new ArrayList<>();
            List<Block.Line> loose = null;
            for (Block b : blocks) {
                if (b instanceof Block.Grid g) {
                    for (List<String> cell : g.cells()) {
                        cells.add(cell.stream().map(t -> new Block.Line(t, g.at(), false)).toList());
                    }
                    loose = null;
                } else if (b instanceof Block.Line l) {
                    boolean inRecipients = loose != null && RECIPIENTS.matcher(loose.get(0).text()).matches();
                    boolean starts = RECIPIENTS.matcher(l.text()).matches()
                            || signatureLine(l.text()) && (loose == null || inRecipients);
                    if (loose == null || starts) {
                        loose = new ArrayList<>();
                        cells.add(loose);
                    }
                    loose.add(l);
                }
            }
            for (List<Block.Line> cell : cells) {
                if (cell.isEmpty()) {
                    continue;
                }
                Matcher r = RECIPIENTS.matcher(cell.get(0).text());
                if (r.matches()) {
                    if (!r.group(1).isBlank()) {
                        recipients.add(r.group(1).strip());
                    }
                    cell.subList(1, cell.size()).forEach(l -> recipients.add(l.text()));
                } else if (authority == null && cell.stream().anyMatch(l -> signatureLine(l.text()))) {
                    signature(cell, unclassified);
                } else {
                    unclassified.addAll(cell);
                }
            }
        }

        /** Authority and title lines (upper case, a broken one joined back), then the signer's name. */
        private void signature(List<Block.Line> cell, List<Block> unclassified) {
            List<String> upper = new ArrayList<>();
            for (Block.Line l : cell) {
                String line = l.text();
                if (name != null) {
                    unclassified.add(l);
                } else if (upperCase(line)) {
                    boolean starts = upper.isEmpty() || signatureLine(line);
                    if (starts) {
                        upper.add(line);
                    } else {
                        upper.set(upper.size() - 1, upper.get(upper.size() - 1) + " " + line);
                    }
                } else if (PERSON.matcher(line).matches()) {
                    name = line;
                } else {
                    unclassified.add(l);
                }
            }
            authority = upper.isEmpty() ? null : upper.get(0);
            if (upper.size() > 1) {
                titles.addAll(upper.subList(1, upper.size()));
            }
        }
    }

    /** An authority line (TM./KT. ...) or a signer's title line (upper case: "PHÓ CHỦ TỊCH", "GIÁM ĐỐC"). */
    private static boolean signatureLine(String text) {
        return AUTHORITY.matcher(text).matches() || upperCase(text) && TITLE.matcher(text).matches();
    }

    /** Splits the body into section pages. */
    private final class BodyBuilder {
        private final List<ImportedPlan.ImportedSection> sections;

        BodyBuilder(List<ImportedPlan.ImportedSection> sections) {
            this.sections = sections;
        }

        void build(List<Block> early, List<Block> body, List<Block> tail, List<Block> attached) {
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
            List<List<Block>> articles = parts.isEmpty() ? groups(pre, DIEU) : List.of();
            if (articles.size() > 1 || articles.size() == 1 && startsWith(articles.get(0), DIEU)) {
                // A decision's articles: "Điều 1." ... each a page dieu-1, its khoản numbered inside it.
                for (List<Block> article : articles) {
                    if (!startsWith(article, DIEU)) {
                        section("mo-dau", null, "Phần mở đầu", "Phần mở đầu", null, null, article);
                        continue;
                    }
                    Block.Line heading = (Block.Line) article.get(0);
                    Matcher m = DIEU.matcher(heading.text());
                    m.matches();
                    String title = m.group(2) == null ? "Điều " + m.group(1) : titleOf(m.group(2));
                    section("dieu-" + m.group(1), null, "Điều " + m.group(1), title, heading.text(), null,
                            article.subList(1, article.size()));
                }
            } else if (parts.isEmpty()) {
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
            List<List<Block>> attachedParts = groups(attached, ROMAN);
            for (List<Block> part : attachedParts) {
                Matcher m = ROMAN.matcher(((Block.Line) part.get(0)).text());
                if (part == attachedParts.get(0) && !m.matches()) {
                    section("kem-theo", null, "Văn bản kèm theo", "Văn bản kèm theo", null, null, part);
                } else if (m.matches()) {
                    section("kem-theo/" + m.group(1).toLowerCase(Locale.ROOT), null, "Văn bản kèm theo, mục " + m.group(1),
                            titleOf(m.group(2)), m.group(0), "kem-theo", part.subList(1, part.size()));
                }
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

        private boolean startsWith(List<Block> blocks, Pattern start) {
            return blocks.get(0) instanceof Block.Line l && start.matcher(l.text()).matches();
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
                    if (l.text().startsWith("|") && l.text().endsWith("|") && l.text().length() > 1) {
                        report.note("vị trí " + l.at() + ": đoạn \"" + l.text() + "\" trông như một hàng bảng gõ bằng dấu |"
                                + " (không phải bảng Word); giữ thành đoạn văn trong " + path + "/index.md; nếu là bảng, "
                                + "dựng lại thành bảng Markdown (xem Mô hình nội dung, Bảng)");
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

    /** Not official text: a decorative rule under the agency or motto ("-------"), the bare "Nơi nhận:" label. */
    static boolean notText(String text) {
        Matcher r = RECIPIENTS.matcher(text);
        return RULE.matcher(text).matches() || r.matches() && r.group(1).isBlank();
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
