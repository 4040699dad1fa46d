package vn.cantho.kehoach.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * JBake's {@code Oven.bake()}, step for step, except that the store opens itself ({@link SiteStore#open}):
 * JBake's Oven starts the store's database unconditionally, which our in-memory store does not have.
 * Document types, crawl, data files, rendering tools and assets run exactly as in JBake 2.7.0.
 */
final class SiteOven {
    private final Utensils utensils;
    private final SiteStore store;
    private final List<Throwable> errors = new ArrayList<>();

    /** @throws org.jbake.app.JBakeException if a source folder is missing, as JBake's Oven would */
    SiteOven(Utensils utensils, SiteStore store) {
        new JBakeConfigurationInspector(utensils.getConfiguration()).inspect();
        this.utensils = utensils;
        this.store = store;
    }

    /** Bakes; what went wrong is in {@link #errors()}, as with JBake's Oven. */
    void bake() {
        JBakeConfiguration config = utensils.getConfiguration();
        try {
            store.open(registerDocumentTypes(config));
            Crawler crawler = utensils.getCrawler();
            crawler.crawl();
            crawler.crawlDataFiles();
            render(config, utensils.getRenderer(), store);
            utensils.getAsset().copy();
            utensils.getAsset().copyAssetsFromContent(config.getContentFolder());
            errors.addAll(utensils.getAsset().getErrors());
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

    private void render(JBakeConfiguration config, Renderer renderer, ContentStore contentStore) {
        for (RenderingTool tool : ServiceLoader.load(RenderingTool.class)) {
            try {
                tool.render(renderer, contentStore, config);
            } catch (RenderingException e) {
                errors.add(e);
            }
        }
    }
}
