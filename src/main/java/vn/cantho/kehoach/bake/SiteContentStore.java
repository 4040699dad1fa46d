package vn.cantho.kehoach.bake;

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
 * per-page "mark as rendered" update is skipped (every bake starts from an empty store), only counted.
 */
public final class SiteContentStore extends SiteStore {
    private final Map<String, IndexedList> byType = new HashMap<>();

    public SiteContentStore(String name, Views views) {
        super(name, views);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return byType.computeIfAbsent(docType, t -> {
            countTypeQuery(); // one per document type, however many pages
            return new IndexedList(super.getAllContent(t));
        });
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
        // A full bake renders every document exactly once; the flag is only read by incremental bakes.
        countRendered();
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
