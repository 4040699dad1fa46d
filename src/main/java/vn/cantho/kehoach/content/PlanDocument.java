package vn.cantho.kehoach.content;

import java.util.List;

/** One published plan: its cover (metadata), its sections in reading order and its full-text page. */
public final class PlanDocument {
    private final SourcePage cover;
    private final SourcePage fullText;
    private final List<Section> sections;
    private final List<Section> roots;

    /** @param sections already linked to their parents, in reading order */
    PlanDocument(SourcePage cover, SourcePage fullText, List<Section> sections) {
        this.cover = cover;
        this.fullText = fullText;
        this.sections = List.copyOf(sections);
        this.roots = sections.stream().filter(s -> s.parent() == null).toList();
    }

    public String id() {
        return cover.id();
    }

    public String url() {
        return cover.url();
    }

    /** Where the document is published as Akoma Ntoso XML. */
    public String xmlUrl() {
        return url() + "van-ban.akn.xml";
    }

    public SourcePage cover() {
        return cover;
    }

    /** The full-text page, or null when the document has none. */
    public SourcePage fullText() {
        return fullText;
    }

    /** All sections in reading order. */
    public List<Section> sections() {
        return sections;
    }

    /** Sections without a parent, in reading order. */
    public List<Section> roots() {
        return roots;
    }


    /** "Kế hoạch số 32/KH-UBND": kind and number, how the document is named in short. */
    public String shortName() {
        return meta("loai_van_ban") + " số " + meta("so_hieu");
    }

    /** The issue date (ngay_ban_hanh, checked by {@link FieldRules}). */
    public java.time.LocalDate issueDate() {
        return java.time.LocalDate.parse(meta("ngay_ban_hanh"), FieldRules.DATE);
    }

    /** Newest issue date first; documents of the same day by id, so the order is stable. */
    public static final java.util.Comparator<PlanDocument> NEWEST_FIRST = java.util.Comparator
            .comparing(PlanDocument::issueDate).reversed().thenComparing(PlanDocument::id);

    /** A metadata field of the cover. */
    public String meta(String key) {
        return cover.string(key);
    }

    /**
     * A metadata field for machines (open data, XML, structured data): null when absent or when the cover says
     * {@value FieldRules#UNKNOWN} (a value the imported text did not give), so no export states it as a fact.
     */
    public String known(String key) {
        String value = meta(key);
        return FieldRules.UNKNOWN.equals(value) ? null : value;
    }
}
