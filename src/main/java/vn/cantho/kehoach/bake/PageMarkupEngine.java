package vn.cantho.kehoach.bake;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SourcePage;

import java.io.File;
import java.nio.file.Path;
import java.util.Date;

/**
 * JBake's markup engine for ".md", registered in code. The files were already read, checked and
 * rendered by {@link vn.cantho.kehoach.content.SiteLoader}; this engine hands JBake that result, so
 * JBake's own "key=value ~~~~~~" header parsing never runs and the output is deterministic.
 */
public final class PageMarkupEngine extends MarkupEngine {
    /** Key in JBake's document model holding the page's path inside content/. */
    public static final String PAGE_PATH = "page_path";

    private final Site site;
    private final Path contentDir;
    private final Date date;

    public PageMarkupEngine(Site site, Path contentDir, Date date) {
        this.site = site;
        this.contentDir = contentDir.toAbsolutePath().normalize();
        this.date = date;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        String rel = contentDir.relativize(file.toPath().toAbsolutePath().normalize()).toString().replace('\\', '/');
        SourcePage page = site.page(rel);
        if (page == null) {
            return null;
        }
        DocumentModel doc = DocumentModel.createDefaultDocumentModel();
        doc.setType(page.type());
        doc.setStatus("published");
        doc.setTitle(page.title());
        doc.setDate(date);
        doc.setBody(site.bodyOf(page));
        doc.put(PAGE_PATH, rel);
        return doc;
    }
}
