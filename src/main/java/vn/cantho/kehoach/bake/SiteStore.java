package vn.cantho.kehoach.bake;

import org.jbake.app.ContentStore;

/**
 * A JBake content store for one bake of the site: it carries the site's {@link Views}, which
 * {@link ViewExtractor} hands to templates, and counts its work for {@link Baker.Stats}. How it answers
 * JBake's queries is up to the subclass ({@link SiteContentStore} for real bakes).
 */
public abstract class SiteStore extends ContentStore {
    private final Views views;

    protected SiteStore(String name, Views views) {
        super("memory", name);
        this.views = views;
    }

    public Views views() {
        return views;
    }

    /** How many per-type queries reached the database. */
    public abstract int typeQueries();

    /** How many documents JBake rendered (it marks each one after rendering it). */
    public abstract int rendered();
}
