package vn.cantho.kehoach.originals;

import vn.cantho.kehoach.content.BuildFailure;
import vn.cantho.kehoach.content.PlanDocument;
import vn.cantho.kehoach.content.Problem;
import vn.cantho.kehoach.content.Site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The official files of each document ({@code originals:} on its cover), checked before baking
 * ({@link OriginalsCheck}), shown on the cover as downloads (extras key {@value #EXTRA}: {@code items}, each with
 * its name, kind, pages, size, SHA-256 and signature report), copied beside the document's pages after baking,
 * and listed in the open JSON ({@link #openJson}).
 */
public final class Originals {
    /** Extras key of the cover owned by this concern. */
    public static final String EXTRA = "originals";
    /** Signing times are shown in Vietnam's time. */
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/uuuu", Locale.ROOT);

    private Originals() {
    }

    /**
     * Checks every document's originals and attaches them to its cover.
     * @throws BuildFailure listing every problem of every original
     */
    public static void check(Site site, Path contentDir) {
        List<Problem> problems = new ArrayList<>();
        Map<PlanDocument, List<Original>> found = new LinkedHashMap<>();
        for (PlanDocument doc : site.documents()) {
            found.put(doc, OriginalsCheck.check(doc, contentDir, problems));
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        found.forEach((doc, originals) -> {
            if (!originals.isEmpty()) {
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("items", originals.stream().map(Originals::view).toList());
                extra.put("anySigned", originals.stream().anyMatch(o -> !o.signatures().isEmpty()));
                site.putExtra(doc.cover().path(), EXTRA, extra);
            }
        });
    }

    /** Site paths the originals take (no asset may take them). */
    public static List<String> paths(Site site) {
        List<String> out = new ArrayList<>();
        for (PlanDocument doc : site.documents()) {
            items(site, doc).forEach(o -> out.add(((String) o.get("url")).substring(1)));
        }
        return out;
    }

    /** After baking: copies each original to its address in the output. */
    public static void copy(Site site, Path contentDir, Path out) {
        for (PlanDocument doc : site.documents()) {
            for (Map<String, Object> o : items(site, doc)) {
                try {
                    Path to = out.resolve(((String) o.get("url")).substring(1));
                    Files.createDirectories(to.getParent());
                    Files.copy(contentDir.resolve((String) o.get("source")), to, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** The open JSON's {@code originals} (empty when the document lists none); addresses prefixed with {@code base}. */
    public static Map<String, Object> openJson(Site site, PlanDocument doc, String base) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map<String, Object> o : items(site, doc)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", o.get("name"));
            m.put("url", base + o.get("url"));
            m.put("kind", o.get("kind"));
            putIfPresent(m, "note", o.get("note"));
            m.put("bytes", o.get("bytes"));
            m.put("sha256", o.get("sha256"));
            putIfPresent(m, "pages", o.get("pages"));
            putIfPresent(m, "pdfVersion", o.get("pdfVersion"));
            List<Map<String, Object>> sigs = new ArrayList<>();
            for (Object s : (List<?>) o.get("signatures")) {
                Map<?, ?> sig = (Map<?, ?>) s;
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("signer", sig.get("signer"));
                j.put("subject", sig.get("subject"));
                putIfPresent(j, "signingTime", sig.get("isoTime"));
                j.put("timestamped", sig.get("timestamped"));
                j.put("documentTimestamp", sig.get("documentTimestamp"));
                putIfPresent(j, "reason", sig.get("reason"));
                j.put("coversWholeFile", sig.get("coversWholeFile"));
                j.put("onlyValidationDataAfter", sig.get("validationAfter"));
                j.put("digestMatches", sig.get("digestMatches"));
                j.put("certificateChainChecked", false);
                sigs.add(j);
            }
            m.put("signatures", sigs);
            list.add(m);
        }
        return list.isEmpty() ? Map.of() : Map.of("originals", list);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Site site, PlanDocument doc) {
        Object extra = site.extras(doc.cover().path()).get(EXTRA);
        return extra instanceof Map<?, ?> m ? (List<Map<String, Object>>) m.get("items") : List.of();
    }

    /** What the cover shows of one original, and what the other steps read back. */
    static Map<String, Object> view(Original o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", o.name());
        m.put("url", o.url());
        m.put("source", o.source());
        m.put("kind", o.kind().code());
        m.put("kindLabel", o.kind().label());
        m.put("note", o.note());
        m.put("bytes", o.bytes());
        m.put("size", size(o.bytes()));
        m.put("sha256", o.sha256());
        m.put("pages", o.pages());
        m.put("pdfVersion", o.pdfVersion());
        m.put("signatures", o.signatures().stream().map(Originals::view).toList());
        m.values().removeIf(v -> v == null);
        return m;
    }

    private static Map<String, Object> view(SignatureReport s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signer", s.signer());
        m.put("subject", s.subject());
        OffsetDateTime t = s.signingTime();
        m.put("time", t == null ? null : t.atZoneSameInstant(VIETNAM).format(SHOWN)
                + (s.timestamped() && !s.documentTimestamp() ? " (giờ Việt Nam, theo dấu thời gian kèm chữ ký)" : " (giờ Việt Nam)"));
        m.put("timestamped", s.timestamped());
        m.put("documentTimestamp", s.documentTimestamp());
        m.put("isoTime", t == null ? null : t.toInstant().toString());
        m.put("reason", s.reason());
        m.put("coversWholeFile", s.coversWholeFile());
        m.put("validationAfter", s.validationAfter());
        m.put("digestMatches", s.digestMatches());
        m.put("intact", s.intact());
        m.values().removeIf(v -> v == null);
        return m;
    }

    /** "820 byte", "35 KB", "1,2 MB": Vietnamese decimal comma, 1 KB = 1024 bytes. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " byte";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace('.', ',');
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
