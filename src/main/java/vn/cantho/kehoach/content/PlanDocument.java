package vn.cantho.kehoach.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One published plan: its cover (metadata), its sections in reading order and its full-text page. */
public final class PlanDocument {
    private final SourcePage cover;
    private final SourcePage fullText;
    private final List<Section> sections;
    private final Map<String, Section> byId = new HashMap<>();

    PlanDocument(SourcePage cover, SourcePage fullText, List<Section> sections) {
        this.cover = cover;
        this.fullText = fullText;
        this.sections = List.copyOf(sections);
        for (Section s : sections) {
            byId.put(s.id(), s);
        }
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
        return sections.stream().filter(s -> s.parent() == null).toList();
    }

    public Section section(String id) {
        return byId.get(id);
    }

    /** A metadata field of the cover. */
    public String meta(String key) {
        return cover.string(key);
    }
}
