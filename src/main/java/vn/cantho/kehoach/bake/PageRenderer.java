package vn.cantho.kehoach.bake;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.File;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Renders every document of the store with JBake's template engine, on every core, and hands each page to a
 * {@link PageSink} instead of writing it: the work of JBake's DocumentsRenderer and Renderer, which render one page
 * at a time straight to disk, so that later stages would read every page back. The template model is JBake's:
 * the document, with the previous and next document of its type set as DocumentsRenderer sets them, and the
 * output file is the one JBake's Renderer would write.
 */
final class PageRenderer {
    private final JBakeConfiguration config;
    private final DelegatingTemplateEngine engine;

    PageRenderer(SiteStore store, JBakeConfiguration config) {
        this.config = config;
        this.engine = new DelegatingTemplateEngine(store, config);
    }

    /**
     * @return how many pages were rendered
     * @throws RenderingException naming every page that failed, in document order, as DocumentsRenderer does
     */
    int renderAll(SiteStore store, PageSink sink) throws RenderingException {
        List<DocumentModel> docs = store.getUnrenderedContent();
        for (DocumentModel doc : docs) { // the store answers one thread at a time
            List<DocumentModel> typed = store.getAllContent(doc.getType());
            doc.setPreviousContent(previous(typed, doc));
            doc.setNextContent(next(typed, doc));
        }
        String[] failures = new String[docs.size()];
        IntStream.range(0, docs.size()).parallel().forEach(i -> {
            try {
                render(docs.get(i), sink);
            } catch (Exception e) {
                failures[i] = e.getMessage();
            }
        });
        StringBuilder message = new StringBuilder("Failed to render documents. Cause(s):");
        int rendered = 0;
        for (int i = 0; i < docs.size(); i++) {
            if (failures[i] == null) {
                store.markContentAsRendered(docs.get(i));
                rendered++;
            } else {
                message.append('\n').append(failures[i]);
            }
        }
        if (rendered < docs.size()) {
            throw new RenderingException(message.toString());
        }
        return rendered;
    }

    private void render(DocumentModel content, PageSink sink) throws Exception {
        String name = config.getDestinationFolder().getPath() + File.separatorChar + content.getUri();
        if (name.lastIndexOf('.') > name.lastIndexOf(File.separatorChar)) {
            name = name.substring(0, name.lastIndexOf('.'));
        }
        if (content.getStatus().equals(ModelAttributes.Status.DRAFT)) {
            name = name + config.getDraftSuffix();
        }
        File file = new File(name + config.getOutputExtensionByDocType(content.getType()));
        TemplateModel model = new TemplateModel();
        model.setContent(content);
        model.setRenderer(engine);
        try {
            StringWriter out = new StringWriter();
            engine.renderDocument(model, config.getTemplateByDocType(content.getType()), out);
            sink.page(file.toPath(), out.toString());
        } catch (Exception e) {
            throw new Exception("Failed to render file " + file.getAbsolutePath() + ". Cause: " + e.getMessage(), e);
        }
    }

    /** The next document of the list that is published (JBake's "previous": the list is newest first). */
    private static DocumentModel previous(List<DocumentModel> typed, DocumentModel doc) {
        if (typed.get(typed.size() - 1).equals(doc)) {
            return null;
        }
        for (int i = typed.indexOf(doc) + 1; i < typed.size(); i++) {
            if (published(typed.get(i))) {
                return forNavigation(typed.get(i));
            }
        }
        return null;
    }

    private static DocumentModel next(List<DocumentModel> typed, DocumentModel doc) {
        if (typed.get(0).equals(doc)) {
            return null;
        }
        for (int i = typed.indexOf(doc) - 1; i >= 0; i--) {
            if (published(typed.get(i))) {
                return forNavigation(typed.get(i));
            }
        }
        return null;
    }

    private static boolean published(DocumentModel d) {
        return ModelAttributes.Status.PUBLISHED.equals(d.getStatus());
    }

    private static DocumentModel forNavigation(DocumentModel d) {
        DocumentModel nav = new DocumentModel();
        nav.setNoExtensionUri(d.getNoExtensionUri());
        nav.setUri(d.getUri());
        nav.setTitle(d.getTitle());
        return nav;
    }
}
