package vn.cantho.kehoach.bake;

import org.jbake.app.DocumentList;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The site's content store: JBake's queries answered from memory, so JBake's embedded OrientDB is never
 * started (about 1,200 classes and 1.5 s of a cold build) and pages never pass through a database. Every
 * bake starts from an empty store, so nothing needs to persist.
 * <p>Answers follow JBake's SQL ({@code order by date desc}, stable for equal dates) and each query returns
 * fresh copies, as the database did. It answers one thread at a time (pages are rendered in parallel). The per-type list JBake's DocumentsRenderer asks for once per page (to
 * find previous/next) is built once and indexed, so a bake stays linear in the number of pages.
 */
public final class SiteContentStore extends SiteStore {
    private static final Comparator<DocumentModel> NEWEST_FIRST =
            Comparator.comparing(DocumentModel::getDate, Comparator.nullsLast(Comparator.<Date>reverseOrder()));

    /** Stored documents by source URI, in the order they were added. */
    private final Map<String, DocumentModel> documents = new LinkedHashMap<>();
    private final Map<String, IndexedList> byType = new HashMap<>();

    public SiteContentStore(String name, Views views) {
        super(name, views);
    }

    @Override
    protected void open(JBakeConfiguration config) {
        // nothing to start: the store lives in this object
    }

    @Override
    public synchronized void startup() {
    }

    @Override
    public synchronized void close() {
    }

    @Override
    public synchronized void shutdown() {
    }

    @Override
    public synchronized void drop() {
        documents.clear();
        byType.clear();
    }

    @Override
    public synchronized boolean isActive() {
        return true;
    }

    @Override
    public synchronized void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
    }

    @Override
    public synchronized void addDocument(DocumentModel document) {
        byType.clear();
        documents.put(document.getSourceuri(), copy(document));
    }

    @Override
    public synchronized void deleteContent(String uri) {
        byType.clear();
        documents.remove(uri);
    }

    @Override
    public synchronized void deleteAllByDocType(String docType) {
        byType.clear();
        documents.values().removeIf(d -> docType.equals(d.getType()));
    }

    @Override
    public synchronized void markContentAsRendered(DocumentModel document) {
        DocumentModel stored = documents.get(document.getSourceuri());
        if (stored != null && Boolean.TRUE.equals(stored.getCached())) {
            stored.setRendered(true);
        }
        countRendered();
    }

    @Override
    public synchronized long getDocumentCount(String docType) {
        return documents.values().stream().filter(ofType(docType)).count();
    }

    @Override
    public synchronized long getPublishedCount(String docType) {
        return documents.values().stream().filter(ofType(docType).and(SiteContentStore::published)).count();
    }

    @Override
    public synchronized DocumentList<DocumentModel> getDocumentByUri(String uri) {
        // The crawler asks once per file: a lookup, not a scan, or crawling would be quadratic.
        DocumentList<DocumentModel> list = new DocumentList<>();
        DocumentModel d = documents.get(uri);
        if (d != null) {
            list.add(copy(d));
        }
        return list;
    }

    @Override
    public synchronized DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return page(getPublishedContent("post"), applyPaging);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return select(ofType("post").and(SiteContentStore::published).and(tagged(tag)), true);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return select(d -> published(d) && tagged(tag).test(d), true);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedContent(String docType) {
        return select(ofType(docType).and(SiteContentStore::published), true);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getAllContent(String docType) {
        return byType.computeIfAbsent(docType, t -> {
            countTypeQuery(); // one per document type, however many pages
            return new IndexedList(select(ofType(t), true));
        });
    }

    @Override
    public synchronized DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return applyPaging ? page(select(ofType(docType), true), true) : getAllContent(docType);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getUnrenderedContent() {
        return select(d -> !Boolean.TRUE.equals(d.getRendered()), true);
    }

    @Override
    public synchronized Set<String> getTags() {
        Set<String> tags = new LinkedHashSet<>();
        documents.values().stream().filter(ofType("post").and(SiteContentStore::published))
                .forEach(d -> tags.addAll(tagsOf(d)));
        return tags;
    }

    @Override
    public synchronized Set<String> getAllTags() {
        Set<String> tags = new LinkedHashSet<>();
        documents.values().stream().filter(SiteContentStore::published).forEach(d -> tags.addAll(tagsOf(d)));
        return tags;
    }

    private DocumentList<DocumentModel> select(Predicate<DocumentModel> which, boolean newestFirst) {
        List<DocumentModel> found = new ArrayList<>();
        for (DocumentModel d : documents.values()) {
            if (which.test(d)) {
                found.add(copy(d));
            }
        }
        if (newestFirst) {
            found.sort(NEWEST_FIRST); // stable: equal dates keep the order of adding
        }
        DocumentList<DocumentModel> list = new DocumentList<>();
        list.addAll(found);
        return list;
    }

    /** JBake's SKIP/LIMIT paging, when the renderer set it. */
    private DocumentList<DocumentModel> page(DocumentList<DocumentModel> all, boolean applyPaging) {
        if (!applyPaging || getStart() < 0 || getLimit() <= -1) {
            return all;
        }
        DocumentList<DocumentModel> list = new DocumentList<>();
        all.stream().skip(getStart()).limit(getLimit()).forEach(list::add);
        return list;
    }

    private static Predicate<DocumentModel> ofType(String docType) {
        return d -> docType.equals(d.getType());
    }

    private static boolean published(DocumentModel d) {
        return "published".equals(d.getStatus());
    }

    private static Predicate<DocumentModel> tagged(String tag) {
        return d -> tagsOf(d).contains(tag);
    }

    private static List<String> tagsOf(DocumentModel d) {
        Object tags = d.get("tags");
        if (tags instanceof String[] array) {
            return List.of(array);
        }
        if (tags instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static DocumentModel copy(DocumentModel d) {
        DocumentModel c = new DocumentModel();
        c.putAll(d);
        return c;
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
        public synchronized DocumentModel get(int index) {
            return array.get(index);
        }

        @Override
        public synchronized int indexOf(Object o) {
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
