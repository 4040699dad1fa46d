package vn.cantho.kehoach.bake;

import org.jbake.app.Crawler;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.RenderingException;

import java.util.ArrayList;
import java.util.List;

/**
 * JBake's {@code Oven.bake()}, with three differences. The store opens itself ({@link SiteStore#open}): JBake's Oven
 * starts the store's database unconditionally, which our in-memory store does not have. Assets are copied before
 * the pages are rendered, so a stage that needs them (hashed asset names) can work on each page as it is rendered.
 * Pages are rendered by {@link PageRenderer}, on every core, into a {@link PageSink}; JBake's other renderers
 * (index, feed, archive, tags, sitemap, 404) are all turned off by our configuration, so none is run. Document
 * types, crawl and data files run exactly as in JBake 2.7.0.
 */
final class SiteOven {
    private final Utensils utensils;
    private final SiteStore store;
    private final Runnable assetsCopied;
    private final PageSink pages;
    private final List<Throwable> errors = new ArrayList<>();

    /** @throws org.jbake.app.JBakeException if a source folder is missing, as JBake's Oven would */
    SiteOven(Utensils utensils, SiteStore store, Runnable assetsCopied, PageSink pages) {
        new JBakeConfigurationInspector(utensils.getConfiguration()).inspect();
        this.utensils = utensils;
        this.store = store;
        this.assetsCopied = assetsCopied;
        this.pages = pages;
    }

    /** Bakes; what went wrong is in {@link #errors()}, as with JBake's Oven. */
    void bake() {
        JBakeConfiguration config = utensils.getConfiguration();
        try {
            store.open(registerDocumentTypes(config));
            Crawler crawler = utensils.getCrawler();
            crawler.crawl();
            crawler.crawlDataFiles();
            utensils.getAsset().copy();
            utensils.getAsset().copyAssetsFromContent(config.getContentFolder());
            errors.addAll(utensils.getAsset().getErrors());
            assetsCopied.run();
            try {
                new PageRenderer(store, config).renderAll(store, pages);
            } catch (RenderingException e) {
                errors.add(e);
            }
        } finally {
            store.close();
            store.shutdown();
        }
    }

    List<Throwable> errors() {
        return List.copyOf(errors);
    }

    /** JBake's document types and model extractors are static: reset them to this configuration's. */
    private static JBakeConfiguration registerDocumentTypes(JBakeConfiguration config) {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (String docType : config.getDocumentTypes()) {
            DocumentTypes.addDocumentType(docType);
        }
        DocumentTypes.addDocumentType(config.getDataFileDocType());
        return config;
    }
}
