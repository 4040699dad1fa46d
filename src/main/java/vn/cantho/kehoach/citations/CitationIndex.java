package vn.cantho.kehoach.citations;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.LibraryGuard;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Section;
import vn.cantho.kehoach.content.Slugs;
import vn.cantho.kehoach.content.TextUnits;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The documents one plan cites: every mention in its official text (section bodies and the heading block's
 * subject line) grouped into cited documents, and the section bodies with each mention made a link to its
 * document's entry on the index page. Only {@code <a>} elements are added: the text of every paragraph stays
 * exactly as it was. Mentions of the plan itself (its own number) are not citations.
 */
public final class CitationIndex {
    /** Path of the index page below the document's folder. */
    public static final String FOLDER = "van-ban-dan-chieu";
    /** Class of the links added to the official text. */
    public static final String LINK_CLASS = "cited-doc";
    /** Id of the heading block on the first section's page (see layout.ftl). */
    public static final String HEADING_BLOCK_ID = "dau-van-ban";

    private static final Pattern WITH_YEAR = Pattern.compile("^\\d+/\\d{4}/.*");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final List<CitedDocument> documents;
    private final Map<Section, String> linkedBodies;
    private final String subjectHtml;
    private final String pageUrl;

    private CitationIndex(List<CitedDocument> documents, Map<Section, String> linkedBodies, String subjectHtml,
                          String pageUrl) {
        this.documents = documents;
        this.linkedBodies = linkedBodies;
        this.subjectHtml = subjectHtml;
        this.pageUrl = pageUrl;
    }

    /** A mention at one place: in a text node of a section body or of the heading block's subject line. */
    private record Occurrence(Mention mention, Citing where, TextNode node) {
    }

    /** Finds, groups and links the citations of {@code doc}. */
    public static CitationIndex of(PlanDocument doc) {
        String pageUrl = pageUrl(doc);
        List<Occurrence> found = new ArrayList<>();
        Map<Section, Element> bodies = new LinkedHashMap<>();
        String self = MentionFinder.normalise(String.valueOf(doc.meta("so_hieu")));
        LocalDate selfDate = parseDate(doc.meta("ngay_ban_hanh"));
        String subject = doc.meta("header_subject");
        Element subjectEl = null;
        if (subject != null && !doc.sections().isEmpty()) {
            Section first = doc.sections().get(0);
            Citing where = new Citing(first.id(), HEADING_BLOCK_ID, first.url() + "#" + HEADING_BLOCK_ID,
                    "Trích yếu ở đầu văn bản, " + first.label());
            org.jsoup.nodes.Document shell = org.jsoup.nodes.Document.createShell("");
            shell.outputSettings().prettyPrint(false);
            subjectEl = shell.body().appendElement("p").appendText(subject);
            TextNode t = (TextNode) subjectEl.childNode(0);
            for (Mention m : MentionFinder.find(subject)) {
                if (!isSelf(m, self, selfDate)) {
                    found.add(new Occurrence(m, where, t));
                }
            }
        }
        // Sections are read on every core; their mentions are then taken in reading order.
        record Read(Section section, Element body, List<Occurrence> found) {
        }
        List<Read> reads = doc.sections().parallelStream().map(s -> LibraryGuard.run("content/" + s.page().path(),
                s.page().bodyLine(), () -> {
            Element body = Jsoup.parseBodyFragment(s.html()).body();
            body.ownerDocument().outputSettings().prettyPrint(false);
            List<Occurrence> own = new ArrayList<>();
            for (TextUnits.Unit unit : TextUnits.of(body)) {
                Citing where = new Citing(s.id(), unit.id(), s.url() + "#" + unit.id(),
                        paragraphLabel(unit.id()) + ", " + s.label());
                for (Element part : unit.parts()) {
                    for (Element e : part.getAllElements()) {
                        if (e.closest("a") != null) {
                            continue;
                        }
                        for (TextNode t : e.textNodes()) {
                            for (Mention m : MentionFinder.find(t.getWholeText())) {
                                if (!isSelf(m, self, selfDate)) {
                                    own.add(new Occurrence(m, where, t));
                                }
                            }
                        }
                    }
                }
            }
            return new Read(s, body, own);
        }, p -> {
            throw new BuildFailure(List.of(p));
        })).toList();
        for (Read r : reads) {
            bodies.put(r.section(), r.body());
            found.addAll(r.found());
        }
        Map<Occurrence, String> keys = keys(found);
        Map<String, CitedDocument> byKey = group(found, keys);
        link(found, o -> pageUrl + "#" + byKey.get(keys.get(o)).id());
        Map<Section, String> linked = new LinkedHashMap<>();
        bodies.forEach((s, body) -> linked.put(s, body.html()));
        return new CitationIndex(List.copyOf(byKey.values()), linked,
                subjectEl == null ? null : subjectEl.html(), pageUrl);
    }

    /** The same index with the official addresses staff gave (see {@link OfficialUrls}). */
    public CitationIndex withOfficialUrls(Map<CitedDocument, String> urls) {
        return new CitationIndex(documents.stream().map(d -> urls.containsKey(d) ? d.withOfficialUrl(urls.get(d)) : d)
                .toList(), linkedBodies, subjectHtml, pageUrl);
    }

    /** The cited documents in order of first mention. */
    public List<CitedDocument> documents() {
        return documents;
    }

    /** The body of a section with every citation linked; its text is the text of {@link Section#html()}. */
    public String linkedBody(Section s) {
        return linkedBodies.get(s);
    }

    /**
     * The heading block's subject line ({@code header_subject}) as HTML with its citations linked, or null when the
     * plan has none; its text is the field's text.
     */
    public String subjectHtml() {
        return subjectHtml;
    }

    /** Site URL of the index page ("/32-kh-ubnd-2026/van-ban-dan-chieu/"). */
    public String pageUrl() {
        return pageUrl;
    }

    public static String pageUrl(PlanDocument doc) {
        return doc.url() + FOLDER + "/";
    }

    private static final Pattern DIEM_OF_KHOAN = Pattern.compile("^khoan-(\\d+)-diem-([a-z]+)$");
    private static final Pattern KHOAN = Pattern.compile("^khoan-(\\d+)$");
    private static final Pattern DIEM = Pattern.compile("^diem-([a-z]+)$");
    private static final Pattern DOAN = Pattern.compile("^doan-(\\d+)$");
    private static final Pattern GACH = Pattern.compile("^gach-(\\d+)$");
    private static final Pattern TIEU_DE = Pattern.compile("^tieu-de-(\\d+)$");
    private static final Pattern TABLE = Pattern.compile("^bang-(\\d+)$");
    private static final Pattern ROW = Pattern.compile("^bang-(\\d+)-dong-(\\d+)$");

    /** "Khoản 1", "Điểm a khoản 1", "Đoạn 3", ... as the citation box of a section page names paragraphs. */
    static String paragraphLabel(String id) {
        java.util.regex.Matcher m;
        if ((m = DIEM_OF_KHOAN.matcher(id)).matches()) {
            return "Điểm " + letter(m.group(2)) + " khoản " + m.group(1);
        }
        if ((m = KHOAN.matcher(id)).matches()) {
            return "Khoản " + m.group(1);
        }
        if ((m = DIEM.matcher(id)).matches()) {
            return "Điểm " + letter(m.group(1));
        }
        if ((m = DOAN.matcher(id)).matches()) {
            return "Đoạn " + m.group(1);
        }
        if ((m = GACH.matcher(id)).matches()) {
            return "Gạch đầu dòng " + m.group(1);
        }
        if ((m = TIEU_DE.matcher(id)).matches()) {
            return "Tiêu đề nhỏ " + m.group(1);
        }
        if ((m = ROW.matcher(id)).matches()) {
            return "Dòng " + m.group(2) + " bảng " + m.group(1);
        }
        if ((m = TABLE.matcher(id)).matches()) {
            return "Bảng " + m.group(1);
        }
        return id;
    }

    private static String letter(String s) {
        return s.equals("dd") ? "đ" : s;
    }

    private static boolean isSelf(Mention m, String self, LocalDate selfDate) {
        return m.number().equals(self) && (m.date() == null || m.date().equals(selfDate));
    }

    private static LocalDate parseDate(String dmy) {
        try {
            return dmy == null ? null : LocalDate.parse(dmy.strip(), DMY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The identity of each mention: a number with its year is unique; any other number (Party documents, which
     * restart each term, and numbers without a year) is identified by number and date. A mention without a date
     * belongs to the one dated document with that number, when there is exactly one.
     */
    private static Map<Occurrence, String> keys(List<Occurrence> found) {
        Map<Occurrence, String> keys = new LinkedHashMap<>();
        Map<String, LinkedHashSet<LocalDate>> datesOf = new LinkedHashMap<>();
        for (Occurrence o : found) {
            Mention m = o.mention();
            if (m.date() != null) {
                datesOf.computeIfAbsent(m.number(), k -> new LinkedHashSet<>()).add(m.date());
            }
        }
        for (Occurrence o : found) {
            Mention m = o.mention();
            if (WITH_YEAR.matcher(m.number()).matches()) {
                keys.put(o, m.number());
            } else {
                LocalDate date = m.date();
                if (date == null) {
                    LinkedHashSet<LocalDate> dates = datesOf.get(m.number());
                    if (dates != null && dates.size() == 1) {
                        date = dates.iterator().next();
                    }
                }
                keys.put(o, m.number() + "|" + (date == null ? "" : date));
            }
        }
        return keys;
    }

    /** Cited documents by identity, in order of first mention ({@code found} is in reading order). */
    private static Map<String, CitedDocument> group(List<Occurrence> found, Map<Occurrence, String> keys) {
        Map<String, List<Occurrence>> byKey = new LinkedHashMap<>();
        for (Occurrence o : found) {
            byKey.computeIfAbsent(keys.get(o), k -> new ArrayList<>()).add(o);
        }
        Map<String, CitedDocument> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Occurrence>> e : byKey.entrySet()) {
            List<Mention> ms = e.getValue().stream().map(Occurrence::mention).toList();
            Mention first = ms.get(0);
            boolean withYear = WITH_YEAR.matcher(first.number()).matches();
            LocalDate date = ms.stream().map(Mention::date).filter(Objects::nonNull).findFirst().orElse(null);
            String kind = ms.stream().map(Mention::kind).filter(k -> !k.equals("Văn bản"))
                    .max(Comparator.comparingInt(String::length)).orElse("Văn bản");
            String body = ms.stream().map(Mention::body).filter(Objects::nonNull).filter(b -> !isAllCaps(b))
                    .findFirst().orElse(ms.stream().map(Mention::body).filter(Objects::nonNull).findFirst().orElse(null));
            String term = ms.stream().map(Mention::term).filter(Objects::nonNull).findFirst().orElse(null);
            List<String> asCited = ms.stream().map(Mention::text).distinct().toList();
            List<Citing> citing = e.getValue().stream().map(Occurrence::where).distinct().toList();
            String id = "vb-" + Slugs.suggest(first.number()) + (withYear || date == null ? "" : "-" + date);
            out.put(e.getKey(), new CitedDocument(id, first.number(), kind, date, body, term, asCited, citing, null));
        }
        return out;
    }

    private static boolean isAllCaps(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }

    /** Wraps every mention in a text node with a link to its entry; the text nodes keep their text. */
    private static void link(List<Occurrence> found, java.util.function.Function<Occurrence, String> href) {
        Map<TextNode, List<Occurrence>> byNode = new LinkedHashMap<>();
        for (Occurrence o : found) {
            if (o.node() != null) {
                byNode.computeIfAbsent(o.node(), k -> new ArrayList<>()).add(o);
            }
        }
        for (Map.Entry<TextNode, List<Occurrence>> e : byNode.entrySet()) {
            TextNode node = e.getKey();
            List<Occurrence> os = new ArrayList<>(e.getValue());
            os.sort(Comparator.comparingInt((Occurrence o) -> o.mention().start()).reversed());
            for (Occurrence o : os) {
                Mention m = o.mention();
                if (m.end() < node.getWholeText().length()) {
                    node.splitText(m.end());
                }
                TextNode mention = m.start() == 0 ? node : node.splitText(m.start());
                Element a = new Element("a").attr("class", LINK_CLASS)
                        .attr("href", href.apply(o));
                mention.before(a);
                a.appendChild(mention);
            }
        }
    }
}
