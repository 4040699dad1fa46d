package vn.cantho.kehoach.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JBake's content store, made linear for a full bake. JBake's DocumentsRenderer asks for all documents
 * of a type once per rendered page (to find previous/next), then looks the page up in that list; both
 * are O(n), so a bake was O(n²). Here the per-type list is queried once and indexed, and the
 * per-page "mark as rendered" update is skipped: every bake starts from an empty store.
 * It also carries the {@link Views} of the site, for {@link ViewExtractor}.
 */
public final class SiteContentStore extends ContentStore {
    private final Map<String, IndexedList> byType = new HashMap<>();
    private final Views views;
    private final boolean linear;
    private int typeQueries;

    /** @param linear false gives JBake's stock behaviour, for the benchmark's comparison */
    public SiteContentStore(String name, Views views, boolean linear) {
        super("memory", name);
        this.views = views;
        this.linear = linear;
    }

    public Views views() {
        return views;
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        if (!linear) {
            typeQueries++;
            return super.getAllContent(docType);
        }
        return byType.computeIfAbsent(docType, t -> {
            typeQueries++;
            return new IndexedList(super.getAllContent(t));
        });
    }

    /** How many per-type queries reached the database: one per document type, however many pages. */
    public int typeQueries() {
        return typeQueries;
    }

    @Override
    public void addDocument(DocumentModel document) {
        byType.clear();
        super.addDocument(document);
    }

    @Override
    public void deleteContent(String uri) {
        byType.clear();
        super.deleteContent(uri);
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        if (!linear) {
            super.markContentAsRendered(document);
        }
        // A full bake renders every document exactly once; the flag is only read by incremental bakes.
    }

    /** A document list with O(1) positional access and O(1) lookup of a document's position. */
    static final class IndexedList extends DocumentList<DocumentModel> {
        private final List<DocumentModel> array;
        private final Map<Object, Integer> positions = new HashMap<>();

        IndexedList(List<DocumentModel> docs) {
            super.addAll(docs);
            array = new ArrayList<>(docs);
            for (int i = 0; i < array.size(); i++) {
                positions.putIfAbsent(array.get(i).getSourceuri(), i);
            }
        }

        @Override
        public DocumentModel get(int index) {
            return array.get(index);
        }

        @Override
        public int indexOf(Object o) {
            if (o instanceof DocumentModel d) {
                Integer at = positions.get(d.getSourceuri());
                if (at != null && array.get(at).equals(d)) {
                    return at;
                }
            }
            return super.indexOf(o);
        }
    }
}
