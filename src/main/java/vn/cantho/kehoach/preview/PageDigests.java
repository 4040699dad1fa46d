package vn.cantho.kehoach.preview;

import vn.cantho.kehoach.bake.Views;
import vn.cantho.kehoach.content.Site;
import vn.cantho.kehoach.content.SourcePage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * A digest of everything a page's template reads: the page's type and body (JBake's {@code content})
 * and its whole view model ({@link Views#of}: site, document, section, neighbours, tables of contents,
 * extras), plus the templates themselves. Two bakes of a page with equal digests write equal bytes.
 * <p>
 * The view model is plain data (maps, lists, strings, numbers, booleans, records of those); a value of
 * any other kind gets a fresh random digest, so its page is always re-rendered: unknown means changed.
 */
final class PageDigests {
    private PageDigests() {
    }

    /** Page path inside content/ → hex digest, for every page of the site. */
    static Map<String, String> of(Site site, String templatesDigest) {
        Views views = new Views(site);
        Map<String, String> out = new HashMap<>();
        for (SourcePage page : site.pages()) {
            StringBuilder b = new StringBuilder(4096);
            text(b, templatesDigest);
            text(b, page.type());
            text(b, page.title());
            text(b, site.bodyOf(page));
            value(b, views.of(page.path()));
            out.put(page.path(), sha256(b.toString()));
        }
        return out;
    }

    /** Appends an unambiguous serialisation of a view-model value. */
    static void value(StringBuilder b, Object v) {
        if (v == null) {
            b.append('N');
        } else if (v instanceof CharSequence s) {
            text(b.append('S'), s.toString());
        } else if (v instanceof Number || v instanceof Boolean || v instanceof Character || v instanceof Enum<?>) {
            text(b.append('P').append(v.getClass().getName()), v.toString());
        } else if (v instanceof Map<?, ?> m) {
            b.append('{').append(m.size()).append(':');
            for (Map.Entry<?, ?> e : m.entrySet()) {
                value(b, e.getKey());
                value(b, e.getValue());
            }
            b.append('}');
        } else if (v instanceof Collection<?> c) {
            b.append('[').append(c.size()).append(':');
            for (Object o : c) {
                value(b, o);
            }
            b.append(']');
        } else if (v instanceof Record r) {
            b.append('R').append(r.getClass().getName()).append('(');
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    rc.getAccessor().setAccessible(true);
                    value(b, rc.getAccessor().invoke(r));
                } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                    unknown(b);
                }
            }
            b.append(')');
        } else {
            unknown(b);
        }
    }

    /** Something this digest cannot see into: never equal to any earlier digest. */
    private static void unknown(StringBuilder b) {
        b.append('?').append(UUID.randomUUID());
    }

    private static void text(StringBuilder b, String s) {
        if (s == null) {
            b.append('N');
            return;
        }
        b.append(s.length()).append('"').append(s);
    }

    static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
