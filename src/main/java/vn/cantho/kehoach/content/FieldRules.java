package vn.cantho.kehoach.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front matter fields each page type requires and allows, and how each field's text is read.
 * {@link FrontMatter} keeps every value as written; here a field is a single line of text unless
 * {@link #KINDS} says otherwise: a decimal integer, a dd/mm/yyyy date, or a list. A value that could be
 * read two ways (a leading zero, an ISO date) is refused with the form to write; an empty required field
 * is refused, an empty optional one counts as absent.
 */
public final class FieldRules {
    public static final String HOME = "home";
    public static final String DOCUMENT = "document";
    public static final String SECTION = "section";
    public static final String FULLTEXT = "fulltext";
    public static final String SEARCH = "search";
    public static final String NOTFOUND = "notfound";
    /** An implementation update (news), under content/cap-nhat/; see the updates package. */
    public static final String UPDATE = "update";
    /**
     * The value of a document's metadata field the source does not give (written by the import command): the
     * site shows it as it is, never a guess. Besides text fields, {@code ngay_hieu_luc} accepts it.
     */
    public static final String UNKNOWN = "chưa rõ";
    /** Dates as written on documents and updates: "22/01/2026". */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final List<String> COMMON = List.of("type", "id", "title");
    /** Document metadata: the cover's table, the heading block and the signature block. */
    public static final List<String> DOCUMENT_FIELDS = List.of(
            "so_hieu", "ngay_ban_hanh", "ngay_hieu_luc", "loai_van_ban", "co_quan_ban_hanh", "nguoi_ky",
            "linh_vuc", "citation", "header_agency", "header_motto", "header_number", "header_place_date",
            "header_kind", "header_subject", "signature_authority");
    private static final Map<String, List<String>> REQUIRED = Map.of(
            HOME, List.of("description"),
            DOCUMENT, DOCUMENT_FIELDS,
            SECTION, List.of("order", "label"),
            FULLTEXT, List.of(),
            SEARCH, List.of(),
            NOTFOUND, List.of(),
            UPDATE, List.of("date", "sections"));
    private static final Map<String, List<String>> OPTIONAL = Map.of(
            HOME, List.of("base_url"),
            DOCUMENT, List.of("appendices_note", "history_baseline", "signature_titles", "noi_nhan",
                    Attachments.ORIGINALS, Attachments.APPENDICES),
            SECTION, List.of("number", "heading", "parent", "moved_from", "changes"),
            FULLTEXT, List.of(),
            SEARCH, List.of(),
            NOTFOUND, List.of(),
            UPDATE, List.of("draft", "tasks"));

    /** How a field's text is read. */
    enum Kind {
        /** Text, kept exactly as written. */
        TEXT,
        /** A whole number written in decimal digits, without sign or leading zero. */
        INTEGER,
        /** A calendar date written dd/mm/yyyy, as on official documents. */
        DATE,
        /** A list ("- item" lines, items may be mappings); what its items must hold is the field's own rule. */
        LIST,
        /** One text value or a list of them; checked by the concern that owns the field. */
        TEXT_OR_LIST
    }

    /**
     * The fields that are not plain text, one entry each (a list field is declared with {@code Kind.LIST}).
     * Any other field holding a list or a mapping is refused.
     */
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("order", Kind.INTEGER),
            Map.entry("ngay_ban_hanh", Kind.DATE),
            Map.entry("ngay_hieu_luc", Kind.DATE),
            Map.entry("date", Kind.DATE),
            Map.entry("sections", Kind.LIST),
            Map.entry("changes", Kind.LIST),
            Map.entry("signature_titles", Kind.LIST),
            Map.entry("noi_nhan", Kind.LIST),
            Map.entry("moved_from", Kind.TEXT_OR_LIST),
            Map.entry(Attachments.ORIGINALS, Kind.LIST),
            Map.entry(Attachments.APPENDICES, Kind.LIST),
            Map.entry("tasks", Kind.LIST));

    private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,8}");
    private static final Pattern LEADING_ZERO = Pattern.compile("0+([0-9]+)");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final DateTimeFormatter DD_MM_YYYY = DATE;

    private FieldRules() {
    }

    public static Set<String> types() {
        return REQUIRED.keySet();
    }

    /** The fields a page of this type may have; for an unknown or missing type, every field of any type. */
    private static Set<String> knownFields(Object type) {
        Set<String> known = new LinkedHashSet<>(COMMON);
        for (String t : types()) {
            if (t.equals(type) || !REQUIRED.containsKey(String.valueOf(type))) {
                known.addAll(REQUIRED.get(t));
                known.addAll(OPTIONAL.get(t));
            }
        }
        return known;
    }

    static Kind kindOf(String field) {
        return KINDS.getOrDefault(field, Kind.TEXT);
    }

    /** The value of an INTEGER field that passed {@link #check}. */
    static int integer(String text) {
        return Integer.parseInt(text);
    }

    /** The value of a DATE field that passed {@link #check}. */
    static LocalDate date(String text) {
        return LocalDate.parse(text, DD_MM_YYYY);
    }

    /** Problems with one page's own fields; cross-page rules are in {@link SiteLoader}. */
    public static List<Problem> check(SourcePage page) {
        List<Problem> problems = new ArrayList<>();
        String file = "content/" + page.path();
        Set<String> known = knownFields(page.fields().get("type"));
        for (Map.Entry<String, Object> e : page.fields().entrySet()) {
            if (!known.contains(e.getKey())) {
                continue; // reported below as a field this page type does not use
            }
            Kind kind = kindOf(e.getKey());
            boolean list = kind == Kind.LIST || kind == Kind.TEXT_OR_LIST;
            Object v = e.getValue();
            if (!list && !(v instanceof String)) {
                problems.add(new Problem(file, page.lineOf(e.getKey()), "trường '" + e.getKey()
                        + "' chứa danh sách hoặc khối lồng nhau", "ghi một giá trị duy nhất trên một dòng"));
            } else if (kind == Kind.LIST && !(v instanceof List) && !(v instanceof String s && s.isBlank())) {
                problems.add(new Problem(file, page.lineOf(e.getKey()), "trường '" + e.getKey() + "' phải là danh sách",
                        "ghi mỗi mục trên một dòng riêng bắt đầu bằng '- ', dưới dòng '" + e.getKey() + ":'"));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        String type = page.type();
        if (type == null) {
            problems.add(new Problem(file, page.lineOf("type"), (page.fields().containsKey("type") ? "để trống" : "thiếu")
                    + " trường bắt buộc 'type'",
                    "thêm dòng 'type: ...', là một trong " + String.join(", ", sorted(types()))));
            return problems;
        }
        if (!REQUIRED.containsKey(type)) {
            problems.add(new Problem(file, page.lineOf("type"), "loại trang '" + type + "' không tồn tại",
                    "dùng một trong " + String.join(", ", sorted(types()))));
            return problems;
        }
        // An update is named by its file; it has no id of its own.
        List<String> common = UPDATE.equals(type) ? List.of("type", "title") : COMMON;
        Set<String> allowed = new LinkedHashSet<>(common);
        allowed.addAll(REQUIRED.get(type));
        allowed.addAll(OPTIONAL.get(type));
        List<String> required = new ArrayList<>(common);
        required.addAll(REQUIRED.get(type));
        for (String key : required) {
            if (!page.has(key)) {
                boolean present = page.fields().containsKey(key);
                problems.add(new Problem(file, page.lineOf(key),
                        (present ? "để trống trường bắt buộc '" : "thiếu trường bắt buộc '") + key + "'",
                        (present ? "ghi giá trị sau '" + key + ": '" : "thêm dòng '" + key + ": ...' vào phần khai báo")
                                + " (trang loại " + type + " cần " + String.join(", ", required) + ")"));
            }
        }
        for (String key : page.fields().keySet()) {
            if (!allowed.contains(key)) {
                problems.add(new Problem(file, page.lineOf(key), "trường '" + key + "' không dùng cho trang loại " + type,
                        "xóa trường này hoặc sửa lại tên; các trường dùng được: " + String.join(", ", allowed)));
            } else if (page.fields().get(key) instanceof String text && !text.isBlank()) {
                Problem p = convert(file, page.lineOf(key), key, text);
                if (p != null) {
                    problems.add(p);
                }
            }
        }
        String id = page.id();
        if (id != null && !Slugs.isSlug(id)) {
            problems.add(new Problem(file, page.lineOf("id"), "id '" + id + "' không phải chữ thường không dấu nối bằng '-'",
                    "dùng id dạng '" + Slugs.suggest(id) + "'"));
        }
        String base = page.string("base_url");
        if (HOME.equals(type) && base != null && !base.strip().matches("https://[A-Za-z0-9.-]+(:[0-9]+)?(/[^\\s\"'<>]*)?")) {
            problems.add(new Problem(file, page.lineOf("base_url"), "base_url '" + base + "' không phải địa chỉ https",
                    "ghi địa chỉ công khai của trang, ví dụ base_url: \"https://kehoach32.cantho.gov.vn\""));
        }
        String number = page.string("number");
        if (SECTION.equals(type) && number != null && id != null
                && !number.toLowerCase(Locale.ROOT).replace('.', '-').equals(id)) {
            problems.add(new Problem(file, page.lineOf("number"), "số hiệu '" + number + "' không khớp với id '"
                    + id + "'", "id là số hiệu viết thường, dấu '.' thay bằng '-': number \"II.4.2\" đi với id ii-4-2"));
        }
        return problems;
    }

    /** Checks that a non-empty field's text reads one way by its kind; null when it does. */
    static Problem convert(String file, int line, String key, String text) {
        switch (kindOf(key)) {
            case INTEGER -> {
                if (DECIMAL.matcher(text).matches()) {
                    return null;
                }
                Matcher zero = LEADING_ZERO.matcher(text);
                if (zero.matches()) {
                    return new Problem(file, line, key + " '" + text + "' có số 0 ở đầu nên không rõ nghĩa (YAML 1.1 đọc "
                            + "là số bát phân: 010 thành 8)", "viết số không có số 0 ở đầu: '" + key + ": " + zero.group(1) + "'");
                }
                return new Problem(file, line, key + " '" + text + "' không phải số nguyên viết bằng chữ số thập phân",
                        "ghi thứ tự đọc bằng số, ví dụ '" + key + ": 7'");
            }
            case DATE -> {
                if (key.equals("ngay_hieu_luc") && text.equals(UNKNOWN)) {
                    return null;
                }
                try {
                    date(text);
                    return null;
                } catch (DateTimeParseException e) {
                    Matcher iso = ISO_DATE.matcher(text);
                    String example = iso.matches() ? iso.group(3) + "/" + iso.group(2) + "/" + iso.group(1) : "22/01/2026";
                    return new Problem(file, line, key + " '" + text + "' không phải ngày hợp lệ viết theo dạng dd/mm/yyyy",
                            "ghi ngày như trên văn bản, ví dụ " + key + ": \"" + example + "\"");
                }
            }
            default -> {
                return null;
            }
        }
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
