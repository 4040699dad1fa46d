package vn.cantho.kehoach.originals;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether what a PDF's incremental updates changed after a signed revision is only validation data for its
 * signatures (PAdES long-term validation: a /DSS dictionary holding certificates, OCSP responses and CRLs, which
 * signing software adds after signing). Then the signed content is unchanged, as PDF readers report it.
 */
final class ValidationData {
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final Set<COSName> CATALOG_MAY_GAIN = Set.of(DSS, COSName.getPDFName("Extensions"));

    private ValidationData() {
    }

    /**
     * @param full      the whole file, parsed
     * @param file      its bytes
     * @param signedEnd where the signed revision ends (the end of its byte range)
     * @return true when the later updates changed at least one object, and every object they changed is the
     *         document catalog gaining /DSS (nothing else of it changed), an object reachable from /DSS, or the
     *         cross-reference and object streams that carry them
     */
    static boolean onlyAfter(PDDocument full, byte[] file, int signedEnd) throws IOException {
        COSDictionary catalog = full.getDocumentCatalog().getCOSObject();
        if (!(catalog.getItem(DSS) instanceof COSObject || catalog.getItem(DSS) instanceof COSDictionary)) {
            return false;
        }
        Set<COSObjectKey> validation = reachable(catalog.getItem(DSS));
        COSBase root = full.getDocument().getTrailer().getItem(COSName.ROOT);
        COSObjectKey catalogKey = root instanceof COSObject o ? o.getKey() : null;
        try (PDDocument signed = Loader.loadPDF(Arrays.copyOf(file, signedEnd))) {
            if (!sameExcept(signed.getDocumentCatalog().getCOSObject(), catalog)) {
                return false;
            }
            Map<COSObjectKey, Long> before = signed.getDocument().getXrefTable();
            boolean changed = false;
            for (Map.Entry<COSObjectKey, Long> e : full.getDocument().getXrefTable().entrySet()) {
                if (Objects.equals(before.get(e.getKey()), e.getValue())) {
                    continue;
                }
                changed = true;
                if (e.getKey().equals(catalogKey) || validation.contains(e.getKey())) {
                    continue;
                }
                COSBase object = full.getDocument().getObjectFromPool(e.getKey()).getObject();
                if (!(object instanceof COSStream s && (COSName.XREF.equals(s.getCOSName(COSName.TYPE))
                        || COSName.OBJ_STM.equals(s.getCOSName(COSName.TYPE))))) {
                    return false;
                }
            }
            return changed;
        }
    }

    /** The two catalogs hold the same entries, but for those a validation update may add. */
    private static boolean sameExcept(COSDictionary before, COSDictionary after) {
        Set<COSName> keys = new HashSet<>(after.keySet());
        keys.addAll(before.keySet());
        keys.removeAll(CATALOG_MAY_GAIN);
        return keys.stream().allMatch(k -> same(before.getItem(k), after.getItem(k)));
    }

    /** Equal direct values; a reference equals a reference to the same object (whose changes are checked apart). */
    private static boolean same(COSBase a, COSBase b) {
        if (a instanceof COSObject x && b instanceof COSObject y) {
            return Objects.equals(x.getKey(), y.getKey());
        }
        if (a instanceof COSArray x && b instanceof COSArray y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof COSDictionary x && b instanceof COSDictionary y && !(a instanceof COSStream)) {
            return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(k -> same(x.getItem(k), y.getItem(k)));
        }
        return a != null && b != null && a.getClass() == b.getClass() && a.equals(b);
    }

    /** Keys of the indirect objects reachable from {@code start}. */
    private static Set<COSObjectKey> reachable(COSBase start) {
        Set<COSObjectKey> keys = new HashSet<>();
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            COSBase b = todo.pop();
            if (b instanceof COSObject o) {
                if (o.getKey() == null || keys.add(o.getKey())) {
                    COSBase target = o.getObject();
                    if (target != null) {
                        todo.push(target);
                    }
                }
            } else if (b instanceof COSDictionary d) { // streams too
                d.getValues().forEach(todo::push);
            } else if (b instanceof COSArray a) {
                a.forEach(todo::push);
            }
        }
        return keys;
    }
}
