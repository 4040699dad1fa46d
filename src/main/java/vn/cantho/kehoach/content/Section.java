package vn.cantho.kehoach.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One section of a plan (preamble, Mục, khoản, ...): its page, rendered body and place in the outline. */
public final class Section {
    private final SourcePage page;
    private String html;
    private Section parent;
    private final List<Section> children = new ArrayList<>();
    private Section previous;
    private Section next;

    Section(SourcePage page, String html) {
        this.page = page;
        this.html = html;
    }

    public String id() {
        return page.id();
    }

    public String title() {
        return page.title();
    }

    public String label() {
        return page.string("label");
    }

    /** The official heading, verbatim; null for parts without one (preamble, closing). */
    public String heading() {
        return page.string("heading");
    }

    public int order() {
        return page.order();
    }

    public String url() {
        return page.url();
    }

    public SourcePage page() {
        return page;
    }

    /** Body HTML with local ids ("doan-3"). */
    public String html() {
        return html;
    }

    /** See {@link Site#replaceBody}. */
    void replaceHtml(String html) {
        this.html = html;
    }

    /** Body HTML for the full-text page: ids prefixed by the section id, sub-headings below its heading. */
    public String fullTextHtml() {
        return StructuralIds.forFullText(html, id(), headingLevel() + 1);
    }

    /** Heading level of this section on the full-text page: h2 for top-level sections, h3 below them, ... */
    public int headingLevel() {
        return Math.min(6, 2 + depth());
    }

    public Section parent() {
        return parent;
    }

    public List<Section> children() {
        return Collections.unmodifiableList(children);
    }

    public Section previous() {
        return previous;
    }

    public Section next() {
        return next;
    }

    /** Ancestors from the outermost down to the parent. */
    public List<Section> ancestors() {
        List<Section> out = new ArrayList<>();
        for (Section s = parent; s != null; s = s.parent) {
            out.add(0, s);
        }
        return out;
    }

    public int depth() {
        return ancestors().size();
    }

    /** An article of a decision ("Điều N"), imported as {@code dieu-N} (see the URL policy). */
    public boolean isArticle() {
        return id().startsWith("dieu-");
    }

    /** The text issued with a decision after its signature, {@code kem-theo}, or one of its parts. */
    public boolean isAttached() {
        return id().equals("kem-theo") || id().startsWith("kem-theo-");
    }

    void link(Section parent, Section previous, Section next) {
        this.parent = parent;
        this.previous = previous;
        this.next = next;
        if (parent != null) {
            parent.children.add(this);
        }
    }
}
