package vn.cantho.kehoach.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * A JBake content store for one bake of the site: it carries the site's {@link Views}, which
 * {@link ViewExtractor} hands to templates, and counts its work for {@link Baker.Stats}. How it answers
 * JBake's queries is up to the subclass ({@link SiteContentStore}, in memory, for real bakes).
 */
public abstract class SiteStore extends ContentStore {
    private final Views views;
    private int typeQueries;
    private int rendered;

    protected SiteStore(String name, Views views) {
        super("memory", name);
        this.views = views;
    }

    /**
     * Makes the store ready for a bake, as JBake's Oven does: start the database, create its schema, clear
     * what a changed template folder makes stale. A store that needs no database overrides this.
     */
    protected void open(JBakeConfiguration config) {
        startup();
        updateSchema();
        updateAndClearCacheIfNeeded(config.getClearCache(), config.getTemplateFolder());
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
