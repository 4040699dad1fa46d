package vn.cantho.kehoach.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The front matter fields each page type requires and allows, and the checks on their values. */
public final class FieldRules {
    public static final String HOME = "home";
    public static final String DOCUMENT = "document";
    public static final String SECTION = "section";
    public static final String FULLTEXT = "fulltext";
    public static final String SEARCH = "search";
    public static final String NOTFOUND = "notfound";

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
            NOTFOUND, List.of());
    private static final Map<String, List<String>> OPTIONAL = Map.of(
            HOME, List.of("base_url"),
            DOCUMENT, List.of("appendices_note", "history_baseline"),
            SECTION, List.of("number", "heading", "parent", "changes"),
            FULLTEXT, List.of(),
            SEARCH, List.of(),
            NOTFOUND, List.of());

    /** Fields written as a YAML list, checked by their own concern (changes: the history package). */
    private static final Set<String> LIST_FIELDS = Set.of("changes");

    private FieldRules() {
    }

    public static Set<String> types() {
        return REQUIRED.keySet();
    }

    /** Problems with one page's own fields; cross-page rules are in {@link SiteLoader}. */
    public static List<Problem> check(SourcePage page) {
        List<Problem> problems = new ArrayList<>();
        String file = "content/" + page.path();
        for (Map.Entry<String, Object> e : page.fields().entrySet()) {
            Object v = e.getValue();
            if ((v instanceof Map || v instanceof List) && !LIST_FIELDS.contains(e.getKey())) {
                problems.add(new Problem(file, page.lineOf(e.getKey()), "trường '" + e.getKey()
                        + "' chứa danh sách hoặc khối lồng nhau", "ghi một giá trị duy nhất trên một dòng"));
            }
        }
        String type = page.type();
        if (type == null) {
            problems.add(new Problem(file, 1, "thiếu trường bắt buộc 'type'",
                    "thêm dòng 'type: ...', là một trong " + String.join(", ", sorted(types()))));
            return problems;
        }
        if (!REQUIRED.containsKey(type)) {
            problems.add(new Problem(file, page.lineOf("type"), "loại trang '" + type + "' không tồn tại",
                    "dùng một trong " + String.join(", ", sorted(types()))));
            return problems;
        }
        Set<String> allowed = new LinkedHashSet<>(COMMON);
        allowed.addAll(REQUIRED.get(type));
        allowed.addAll(OPTIONAL.get(type));
        List<String> required = new ArrayList<>(COMMON);
        required.addAll(REQUIRED.get(type));
        for (String key : required) {
            Object v = page.fields().get(key);
            if (v == null || String.valueOf(v).isBlank()) {
                problems.add(new Problem(file, v == null ? 1 : page.lineOf(key),
                        (v == null ? "thiếu trường bắt buộc '" : "để trống trường bắt buộc '") + key + "'",
                        "thêm dòng '" + key + ": ...' vào phần khai báo (trang loại " + type + " cần "
                                + String.join(", ", required) + ")"));
            }
        }
        for (String key : page.fields().keySet()) {
            if (!allowed.contains(key)) {
                problems.add(new Problem(file, page.lineOf(key), "trường '" + key + "' không dùng cho trang loại " + type,
                        "xóa trường này hoặc sửa lại tên; các trường dùng được: " + String.join(", ", allowed)));
            }
        }
        String id = page.id();
        if (id != null && !id.isBlank() && !Slugs.isSlug(id)) {
            problems.add(new Problem(file, page.lineOf("id"), "id '" + id + "' không phải chữ thường không dấu nối bằng '-'",
                    "dùng id dạng '" + Slugs.suggest(id) + "'"));
        }
        if (DOCUMENT.equals(type)) {
            for (String key : List.of("ngay_ban_hanh", "ngay_hieu_luc")) {
                String value = page.string(key);
                if (value != null && !value.isBlank() && !isDate(value)) {
                    problems.add(new Problem(file, page.lineOf(key), key + " '" + value + "' không phải ngày hợp lệ viết theo dạng dd/mm/yyyy",
                            "ghi ngày như trên văn bản, ví dụ " + key + ": \"22/01/2026\""));
                }
            }
        }
        String base = page.string("base_url");
        if (HOME.equals(type) && base != null && !base.isBlank() && !base.strip().matches("https://[A-Za-z0-9.-]+(:[0-9]+)?(/[^\\s\"'<>]*)?")) {
            problems.add(new Problem(file, page.lineOf("base_url"), "base_url '" + base + "' không phải địa chỉ https",
                    "ghi địa chỉ công khai của trang, ví dụ base_url: \"https://kehoach32.cantho.gov.vn\""));
        }
        String number = page.string("number");
        if (SECTION.equals(type) && number != null && id != null
                && !number.toLowerCase(java.util.Locale.ROOT).replace('.', '-').equals(id)) {
            problems.add(new Problem(file, page.lineOf("number"), "số hiệu '" + number + "' không khớp với id '"
                    + id + "'", "id là số hiệu viết thường, dấu '.' thay bằng '-': number \"II.4.2\" đi với id ii-4-2"));
        }
        if (SECTION.equals(type) && page.fields().get("order") != null && !(page.fields().get("order") instanceof Integer)) {
            problems.add(new Problem(file, page.lineOf("order"), "order '" + page.fields().get("order")
                    + "' không phải số nguyên", "ghi thứ tự đọc bằng số, ví dụ 'order: 7'"));
        }
        return problems;
    }

    /** "22/01/2026" is a date; "31/02/2026" and "2026-01-22" are not. */
    static boolean isDate(String value) {
        try {
            java.time.LocalDate.parse(value, java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT));
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
