package vn.cantho.kehoach.citations;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citations of other documents in Vietnamese official text, following the numbering rules of
 * Nghị định 30/2020/NĐ-CP, the law on legal documents and Party usage:
 * <ul>
 *   <li>Party documents {@code số-TYPE/ISSUER}: {@code 59-NQ/TW}, {@code 02-CTr/TU}, {@code 03-CTr/ĐU};</li>
 *   <li>legal normative documents {@code số/năm/KÝ-HIỆU}: {@code 45/2022/QH15}, {@code 30/2020/NĐ-CP};</li>
 *   <li>administrative documents {@code số/KÝ-HIỆU}: {@code 439/QĐ-TTg}, {@code 2191/BNN-TCTL};</li>
 *   <li>a number without symbol when kind, "số" and a date are all there ("Kế hoạch số 155, ngày 07/7/2019").</li>
 * </ul>
 * Around the number it reads the kind ("Nghị quyết số"), the date ("ngày 05 tháng 8 năm 2020", "ngày 05/8/2020"),
 * the issuing body ("của Bộ Chính trị", up to "về", a comma, a semicolon, a quote or a parenthesis) and a term
 * ("khóa XIII"). It tolerates what real texts do: spaces inside a number ("66- NQ/TW"), a comma before the date,
 * any letter case ("02-CTR/TU", "06-Ctr/TU"), "số" left out, en dashes, a missing space after "ngày".
 * The text itself is only read.
 */
public final class MentionFinder {
    /** Kinds of document in their usual spelling, longest first so "Chương trình hành động" wins over "Chương trình". */
    private static final List<String> KINDS = List.of("Chương trình hành động", "Nghị quyết liên tịch",
            "Thông tư liên tịch", "Chương trình", "Nghị quyết", "Quyết định", "Nghị định", "Thông tư", "Chỉ thị",
            "Kết luận", "Kế hoạch", "Bộ luật", "Luật", "Pháp lệnh", "Quy định", "Quy chế", "Hướng dẫn", "Thông báo",
            "Thông cáo", "Đề án", "Phương án", "Dự án", "Báo cáo", "Tờ trình", "Công điện", "Công văn", "Lệnh");

    /** Type abbreviations (Nghị định 30/2020/NĐ-CP, Phụ lục III, and Party usage) and the kind each names. */
    private static final Map<String, String> TYPES = new LinkedHashMap<>();
    private static final Map<String, String> KIND_OF_TYPE = new LinkedHashMap<>();

    static {
        String[][] types = {{"NQ", "Nghị quyết"}, {"QĐ", "Quyết định"}, {"CT", "Chỉ thị"}, {"QC", "Quy chế"},
                {"QyĐ", "Quy định"}, {"TC", "Thông cáo"}, {"TB", "Thông báo"}, {"HD", "Hướng dẫn"},
                {"CTr", "Chương trình"}, {"KH", "Kế hoạch"}, {"PA", "Phương án"}, {"ĐA", "Đề án"}, {"DA", "Dự án"},
                {"BC", "Báo cáo"}, {"BB", "Biên bản"}, {"TTr", "Tờ trình"}, {"HĐ", "Hợp đồng"}, {"CĐ", "Công điện"},
                {"KL", "Kết luận"}, {"NĐ", "Nghị định"}, {"TT", "Thông tư"}, {"TTLT", "Thông tư liên tịch"},
                {"NQLT", "Nghị quyết liên tịch"}, {"L", "Luật"}, {"PL", "Pháp lệnh"}};
        for (String[] t : types) {
            TYPES.put(t[0].toUpperCase(Locale.ROOT), t[0]);
            KIND_OF_TYPE.put(t[0], t[1]);
        }
    }

    private MentionFinder() {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NOT_AFTER = "(?<![\\p{L}\\p{N}/.\\-–])";
    private static final String DASH = "[-–]";
    private static final Pattern PARTY = Pattern.compile(NOT_AFTER
            + "(\\d{1,4})\\s*" + DASH + "\\s*(\\p{L}{1,5})\\s*/\\s*(\\p{L}{1,8})(?![\\p{L}\\p{N}])");
    private static final Pattern NORMATIVE = Pattern.compile(NOT_AFTER
            + "(\\d{1,4})\\s*/\\s*((?:19|20)\\d\\d)\\s*/\\s*(\\p{L}[\\p{L}\\p{N}]*(?:" + DASH + "\\p{L}[\\p{L}\\p{N}]*)*)"
            + "(?![\\p{L}\\p{N}])");
    private static final Pattern ADMINISTRATIVE = Pattern.compile(NOT_AFTER
            + "(\\d{1,5})\\s*/\\s*(\\p{Lu}\\p{L}*)\\s*" + DASH + "\\s*(\\p{Lu}[\\p{L}\\p{N}]*(?:" + DASH
            + "\\p{Lu}[\\p{L}\\p{N}]*)*)(?![\\p{L}\\p{N}])");
    private static final String KIND_ALTERNATION = String.join("|", KINDS.stream().map(Pattern::quote).toList());
    private static final Pattern KIND_BEFORE = Pattern.compile("(?<!\\p{L})(" + KIND_ALTERNATION + ")\\s+(?:số\\s*:?\\s*)?$",
            FLAGS);
    private static final Pattern NUMBER_ONLY = Pattern.compile("(?<!\\p{L})(" + KIND_ALTERNATION
            + ")\\s+số\\s+(\\d{1,5})(?=\\s*,?\\s*ngày)", FLAGS);
    private static final Pattern DATE_WORDS = Pattern.compile(
            "\\s*,?\\s*ngày\\s*(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})(?!\\d)", FLAGS);
    private static final Pattern DATE_NUMERIC = Pattern.compile(
            "\\s*,?\\s*ngày\\s*(\\d{1,2})\\s*([/.\\-–])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?!\\d)", FLAGS);
    private static final Pattern BODY = Pattern.compile("\\s*,?\\s*của\\s+(\\S.*?)(?=\\s+(?:về|thực hiện|phê duyệt|và"
            + "|khóa|khoá|nhiệm kỳ|ban hành|quy định|hướng dẫn|tại|theo|đến|trong|để|nhằm)(?!\\p{L})"
            + "|\\s*[,;:()“”\"«».]|\\s*$)", FLAGS);
    private static final Pattern TERM = Pattern.compile("\\s+(?:khóa|khoá)\\s+([IVXLC]+)(?![\\p{L}\\p{N}])", FLAGS);
    /** Symbol parts written in mixed case by the rules. */
    private static final Map<String, String> MIXED_CASE = Map.of("CTR", "CTr", "QYĐ", "QyĐ", "TTR", "TTr", "TTG", "TTg");

    /** Every citation in {@code text}, in order; overlapping candidates keep the first. */
    public static List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = PARTY.matcher(text);
        while (m.find()) {
            String type = TYPES.get(m.group(2).toUpperCase(Locale.ROOT));
            if (type != null && isSymbol(m.group(3))) {
                String number = pad(m.group(1)) + "-" + type + "/" + m.group(3).toUpperCase(Locale.ROOT);
                found.add(complete(text, m.start(), m.end(), number, true, true, kindOfType(type)));
            }
        }
        m = NORMATIVE.matcher(text);
        while (m.find()) {
            String number = pad(m.group(1)) + "/" + m.group(2) + "/" + symbol(m.group(3));
            String first = symbol(m.group(3)).split("-")[0];
            found.add(complete(text, m.start(), m.end(), number, false, true, kindOfType(first)));
        }
        m = ADMINISTRATIVE.matcher(text);
        while (m.find()) {
            String number = pad(m.group(1)) + "/" + symbol(m.group(2) + "-" + m.group(3));
            found.add(complete(text, m.start(), m.end(), number, false, true, kindOfType(symbol(m.group(2)))));
        }
        m = NUMBER_ONLY.matcher(text);
        while (m.find()) {
            found.add(complete(text, m.start(2), m.end(), pad(m.group(2)), false, false, null));
        }
        found.removeIf(x -> x == null);
        found.sort(Comparator.comparingInt(Mention::start));
        List<Mention> out = new ArrayList<>();
        for (Mention x : found) {
            if (out.isEmpty() || x.start() >= out.get(out.size() - 1).end()) {
                out.add(x);
            }
        }
        return out;
    }

    /** The same number as {@link #find} would write it, or null when {@code written} is not a document number. */
    public static String normalise(String written) {
        List<Mention> all = find(written);
        return all.size() == 1 && all.get(0).text().strip().equals(written.strip()) ? all.get(0).number() : null;
    }

    /**
     * Reads kind, date, body and term around a number found at [start, end).
     *
     * @param certain  the number alone shows it is a document number (else kind and date must be there)
     * @param typeKind the kind its type abbreviation names, or null
     */
    private static Mention complete(String text, int start, int end, String number, boolean party, boolean certain,
                                    String typeKind) {
        String before = text.substring(Math.max(0, start - 40), start);
        Matcher k = KIND_BEFORE.matcher(before);
        String kind = typeKind;
        int from = start;
        if (k.find()) {
            kind = canonicalKind(k.group(1));
            from = start - (before.length() - k.start());
        } else if (!certain) {
            return null;
        }
        int to = end;
        LocalDate date = null;
        Matcher d = DATE_WORDS.matcher(text).region(end, text.length());
        Matcher n = DATE_NUMERIC.matcher(text).region(end, text.length());
        try {
            if (d.lookingAt()) {
                date = LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
                to = d.end();
            } else if (n.lookingAt()) {
                date = LocalDate.of(Integer.parseInt(n.group(4)), Integer.parseInt(n.group(3)), Integer.parseInt(n.group(1)));
                to = n.end();
            }
        } catch (DateTimeException e) {
            date = null;
            to = end;
        }
        if (!certain && date == null) {
            return null;
        }
        String body = null;
        String term = null;
        Matcher b = BODY.matcher(text).region(to, text.length());
        if (b.lookingAt() && Character.isUpperCase(b.group(1).codePointAt(0))) {
            body = b.group(1);
            Matcher t = TERM.matcher(text).region(b.end(), text.length());
            if (t.lookingAt()) {
                term = t.group(1).toUpperCase(Locale.ROOT);
            }
        }
        return new Mention(from, to, text.substring(from, to), kind == null ? "Văn bản" : kind, number, party, date,
                body, term);
    }

    /** True for an issuer abbreviation: letters, at least one of them a capital. */
    private static boolean isSymbol(String s) {
        return s.codePoints().anyMatch(Character::isUpperCase);
    }

    /** A symbol in its rule spelling: capitals, with the few parts the rules write in mixed case; en dash → hyphen. */
    private static String symbol(String s) {
        List<String> parts = new ArrayList<>();
        for (String p : s.replace('–', '-').replaceAll("\\s+", "").split("-")) {
            String upper = p.toUpperCase(Locale.ROOT);
            parts.add(MIXED_CASE.getOrDefault(upper, upper));
        }
        return String.join("-", parts);
    }

    /** Numbers under 10 take a leading zero (Nghị định 30/2020/NĐ-CP). */
    private static String pad(String digits) {
        String s = digits.replaceFirst("^0+(?=\\d)", "");
        return s.length() == 1 ? "0" + s : s;
    }

    private static String canonicalKind(String written) {
        for (String k : KINDS) {
            if (k.equalsIgnoreCase(written) || k.toUpperCase(Locale.ROOT).equals(written.toUpperCase(Locale.ROOT))) {
                return k;
            }
        }
        return written;
    }

    private static String kindOfType(String type) {
        return KIND_OF_TYPE.get(type);
    }
}
