package vn.cantho.kehoach.bake;

import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

import java.util.List;
import java.util.Map;

/**
 * Exposes the page's view model to templates as {@code view} (registered in
 * META-INF/org.jbake.template.ModelExtractors.properties). JBake wraps extracted values as sequences,
 * so the view comes as a one-element list: {@code <#assign v = view?first>}.
 */
public final class ViewExtractor implements ModelExtractor<List<Map<String, Object>>> {
    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        if (!(db instanceof SiteStore store)) {
            throw new IllegalStateException("the 'view' model needs the site's content store");
        }
        Object content = model.get("content");
        if (!(content instanceof Map<?, ?> doc) || doc.get(PageMarkupEngine.PAGE_PATH) == null) {
            throw new IllegalStateException("the 'view' model is only available on content pages");
        }
        return List.of(store.views().of(String.valueOf(doc.get(PageMarkupEngine.PAGE_PATH))));
    }
}
