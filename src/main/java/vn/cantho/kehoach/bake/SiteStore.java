package vn.cantho.kehoach.bake;

import org.jbake.app.ContentStore;

/**
 * A JBake content store for one bake of the site: it carries the site's {@link Views}, which
 * {@link ViewExtractor} hands to templates, and counts its work for {@link Baker.Stats}. How it answers
 * JBake's queries is up to the subclass ({@link SiteContentStore} for real bakes).
 */
public abstract class SiteStore extends ContentStore {
    private final Views views;
    private int typeQueries;
    private int rendered;

    protected SiteStore(String name, Views views) {
        super("memory", name);
        this.views = views;
    }

    public Views views() {
        return views;
    }

    /** Subclasses call this for each per-type query that reaches the database. */
    protected final void countTypeQuery() {
        typeQueries++;
    }

    /** Subclasses call this from {@link #markContentAsRendered}, which JBake calls after rendering a document. */
    protected final void countRendered() {
        rendered++;
    }

    /** How many per-type queries reached the database. */
    public final int typeQueries() {
        return typeQueries;
    }

    /** How many documents JBake rendered. */
    public final int rendered() {
        return rendered;
    }
}
