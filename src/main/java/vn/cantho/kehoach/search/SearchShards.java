package vn.cantho.kehoach.search;

import vn.cantho.kehoach.content.Fold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.Deflater;

/**
 * The search index split so that a query downloads only what it needs (assets/js/search-shards.js):
 * MiniSearch's postings by term prefix, with the positions and written forms the re-ranking needs,
 * and the paragraphs' texts in chunks fetched only for the results shown. Together they hold exactly
 * what the whole index ({@link SearchIndex#PATH}) gives MiniSearch, so a query ranks the same.
 * Files in {@link #DIR}:
 * <pre>
 * chung.json   {"v":2, "documents":[[documentId, firstParagraph], ...], "count":paragraphs,
 *               "avg":MiniSearch's average field length, "terms":[shardKey, ...], "texts":[paragraphs in chunk, ...]}
 *              and "whole":true when a reader should fetch the whole index instead (see {@link #readWhole})
 * t{k}.json    terms whose longest shard key is terms[k]: [[term, rank, [form, ...], postings], ...] (rank: order of
 *              first occurrence in the site, the order MiniSearch would have met it in), where postings
 *              is a flat number list, per paragraph: paragraph (delta), field length, forms bit mask,
 *              n, then n positions in the paragraph's phrase words (deltas)
 * d{k}.json    the k-th chunk of paragraphs, in order: {"sections":[[url, label, title, number or null], ...],
 *               "docs":[[section in this chunk, id, text], ...]}
 * tu-vung.json vocabulary for forgive.js: {"count":[[term, occurrences], ...], "forms":[[term, [form, paragraphs], ...], ...],
 *               "pairs":[[term, next term, ...], ...]}, all in order of first occurrence
 * </pre>
 * A shard key is a prefix; a shard holds every term whose longest key it is, so the terms that begin
 * with a query word are in the shards whose key begins with it, and in the longest key that begins it.
 */
public final class SearchShards {
    /** Folder of the split index, relative to the site root. */
    public static final String DIR = "tim-kiem/chi-muc/";
    /** The file a page reads first, relative to the site root. */
    public static final String COMMON = DIR + "chung.json";
    /** Raw bytes a term shard may have before it is split by one more letter (a single term may exceed it). */
    static final int TERM_SHARD_BYTES = 6_000;
    /** Paragraphs split into words at a time. */
    private static final int SPLIT_BATCH = 1024;
    /** Raw bytes of text after which a text chunk ends. */
    static final int TEXT_CHUNK_BYTES = 2_000;
    /**
     * Gzipped bytes up to which the whole index is fetched instead of the split one. A small site's whole index
     * (the real plan: about 19 KB) is smaller than what a query's shards, texts and the forgiving search's
     * vocabulary add up to (each small file gzips alone), and with the search page and its code (about 31 KB)
     * it keeps a first visit with any query within the 60 KB page budget.
     */
    static final int WHOLE_INDEX_GZIP_BYTES = 24 * 1024;

    /** One paragraph's occurrences of a term. */
    private record Posting(int paragraph, int length, long forms, int[] positions) {
    }

    private static final class Term {
        final List<String> forms = new ArrayList<>();
        final List<Posting> postings = new ArrayList<>();
        String json;
    }

    private SearchShards() {
    }

    /** Whether readers fetch the whole index (its JSON bytes given) instead of the split one: it is that small. */
    static boolean readWhole(byte[] wholeIndex) {
        if (wholeIndex.length > 8 * WHOLE_INDEX_GZIP_BYTES) {
            return false; // left split without compressing it: the index's text gzips about 4 to 1
        }
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(wholeIndex);
            deflater.finish();
            byte[] buffer = new byte[8192];
            long size = 18; // gzip's header and trailer
            while (!deflater.finished()) {
                size += deflater.deflate(buffer);
            }
            return size <= WHOLE_INDEX_GZIP_BYTES;
        } finally {
            deflater.end();
        }
    }

    /**
     * Writes the split index of `entries` (in paragraph order) into the baked site, its common file telling
     * readers to fetch the whole index instead when `readWhole`; returns bytes written.
     */
    public static long write(List<SearchIndex.Entry> entries, List<String> documents, List<String> documentOfEntry,
                             List<SectionInfo> sectionOfEntry, boolean readWhole, Path baked) {
        Map<String, Term> terms = new TreeMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> forms = new LinkedHashMap<>();
        Set<String> pairs = new LinkedHashSet<>();
        double avg = 0;
        // Splitting the texts into words is the costly part and each text's own: on every core, then in order,
        // a batch at a time, so that only one batch of split texts is held at once (at 2,000 sections all of
        // them at once were the build's peak of memory).
        List<SearchText> texts = List.of();
        for (int i = 0; i < entries.size(); i++) {
            if (i % SPLIT_BATCH == 0) {
                texts = entries.subList(i, Math.min(entries.size(), i + SPLIT_BATCH)).parallelStream()
                        .map(e -> SearchText.of(e.text())).toList();
            }
            SearchText t = texts.get(i % SPLIT_BATCH);
            int length = t.fieldLength();
            avg = (avg * i + length) / (i + 1); // MiniSearch's running average, operation for operation
            for (String w : t.words()) {
                count.merge(w, 1, Integer::sum);
            }
            Map<String, List<Integer>> positions = new LinkedHashMap<>();
            List<String> runs = t.runs();
            for (int p = 0; p < runs.size(); p++) {
                String w = runs.get(p);
                if (!w.isEmpty()) {
                    positions.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
                    if (p + 1 < runs.size() && !runs.get(p + 1).isEmpty()) {
                        pairs.add(w + " " + runs.get(p + 1));
                    }
                }
            }
            Map<String, Long> masks = new LinkedHashMap<>();
            for (String typed : t.typed()) {
                String folded = Fold.fold(typed);
                forms.computeIfAbsent(folded, k -> new LinkedHashMap<>()).merge(typed, 1, Integer::sum);
                Term term = terms.computeIfAbsent(folded, k -> new Term());
                int bit = term.forms.indexOf(typed);
                if (bit < 0) {
                    term.forms.add(typed);
                    bit = term.forms.size() - 1;
                }
                if (bit >= 52) {
                    throw new IllegalStateException("more than 52 written forms of \"" + folded + "\"");
                }
                masks.merge(folded, 1L << bit, (a, b) -> a | b);
            }
            for (Map.Entry<String, List<Integer>> e : positions.entrySet()) {
                terms.computeIfAbsent(e.getKey(), k -> new Term()).postings
                        .add(new Posting(i, length, masks.getOrDefault(e.getKey(), 0L),
                                e.getValue().stream().mapToInt(Integer::intValue).toArray()));
            }
        }
        terms.values().removeIf(term -> term.postings.isEmpty());
        Map<String, Integer> rank = new HashMap<>();
        count.keySet().forEach(w -> rank.put(w, rank.size()));
        terms.forEach((name, term) -> term.json = termJson(name, rank.get(name), term));
        long bytes = 0;
        List<String> keys = new ArrayList<>();
        List<String> shards = new ArrayList<>();
        shard("", new ArrayList<>(terms.entrySet()), keys, shards);
        Path dir = baked.resolve(DIR);
        for (int k = 0; k < shards.size(); k++) {
            bytes += write(dir.resolve("t" + k + ".json"), shards.get(k));
        }
        List<Integer> firsts = new ArrayList<>();
        int k = 0;
        for (int from = 0; from < entries.size(); k++) {
            firsts.add(from);
            List<SectionInfo> sections = new ArrayList<>();
            StringBuilder docs = new StringBuilder();
            int size = 0;
            int i = from;
            for (; i < entries.size() && (i == from || size < TEXT_CHUNK_BYTES); i++) {
                SearchIndex.Entry e = entries.get(i);
                SectionInfo s = sectionOfEntry.get(i);
                int si = sections.indexOf(s);
                if (si < 0) {
                    sections.add(s);
                    si = sections.size() - 1;
                }
                String row = "[" + si + "," + SearchIndex.quote(e.id()) + "," + SearchIndex.quote(e.text()) + "]";
                docs.append(i == from ? "\n" : ",\n").append(row);
                size += row.length();
            }
            StringBuilder json = new StringBuilder("{\"sections\":[");
            for (int s = 0; s < sections.size(); s++) {
                json.append(s == 0 ? "\n" : ",\n").append(sections.get(s).json());
            }
            json.append("],\n\"docs\":[").append(docs).append("]}\n");
            bytes += write(dir.resolve("d" + k + ".json"), json.toString());
            from = i;
        }
        StringBuilder meta = new StringBuilder("{\"v\":2,\n\"documents\":[");
        for (int d = 0; d < documents.size(); d++) {
            meta.append(d == 0 ? "" : ",").append('[').append(SearchIndex.quote(documents.get(d))).append(',')
                    .append(documentOfEntry.indexOf(documents.get(d))).append(']');
        }
        meta.append("],\n\"count\":").append(entries.size()).append(",\"avg\":").append(avg).append(",\n\"terms\":[");
        for (int t = 0; t < keys.size(); t++) {
            meta.append(t == 0 ? "" : ",").append(SearchIndex.quote(keys.get(t)));
        }
        List<Integer> sizes = new ArrayList<>();
        for (int c = 0; c < firsts.size(); c++) {
            sizes.add((c + 1 < firsts.size() ? firsts.get(c + 1) : entries.size()) - firsts.get(c));
        }
        meta.append("],\n\"texts\":").append(sizes).append(readWhole ? ",\n\"whole\":true}\n" : "}\n");
        bytes += write(baked.resolve(COMMON), meta.toString().replace(", ", ","));
        bytes += write(dir.resolve("tu-vung.json"), vocabulary(count, forms, pairs));
        return bytes;
    }

    /** A section as the results show it. */
    public record SectionInfo(String url, String label, String title, String number) {
        String json() {
            return "[" + SearchIndex.quote(url) + "," + SearchIndex.quote(label) + "," + SearchIndex.quote(title) + ","
                    + (number == null ? "null" : SearchIndex.quote(number)) + "]";
        }
    }

    /** Splits terms (all beginning with `prefix`) into shards of at most TERM_SHARD_BYTES, one more letter at a time. */
    private static void shard(String prefix, List<Map.Entry<String, Term>> terms, List<String> keys, List<String> out) {
        int size = terms.stream().mapToInt(e -> e.getValue().json.length()).sum();
        if (size <= TERM_SHARD_BYTES || terms.size() == 1) {
            if (!terms.isEmpty()) {
                keys.add(prefix);
                out.add(shardJson(terms));
            }
            return;
        }
        Map<String, List<Map.Entry<String, Term>>> groups = new TreeMap<>();
        for (Map.Entry<String, Term> e : terms) {
            String term = e.getKey();
            String key = term.length() == prefix.length() ? prefix
                    : term.substring(0, term.offsetByCodePoints(prefix.length(), 1));
            groups.computeIfAbsent(key, g -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<String, List<Map.Entry<String, Term>>> g : groups.entrySet()) {
            if (g.getKey().equals(prefix)) {
                keys.add(prefix);
                out.add(shardJson(g.getValue()));
            } else {
                shard(g.getKey(), g.getValue(), keys, out);
            }
        }
    }

    private static String shardJson(List<Map.Entry<String, Term>> terms) {
        StringBuilder b = new StringBuilder("[");
        for (Map.Entry<String, Term> e : terms) {
            b.append(b.length() == 1 ? "\n" : ",\n").append(e.getValue().json);
        }
        return b.append("]\n").toString();
    }

    private static String termJson(String name, int rank, Term term) {
        StringBuilder b = new StringBuilder("[").append(SearchIndex.quote(name)).append(',').append(rank).append(",[");
        for (int f = 0; f < term.forms.size(); f++) {
            b.append(f == 0 ? "" : ",").append(SearchIndex.quote(term.forms.get(f)));
        }
        b.append("],[");
        int previous = 0;
        for (int p = 0; p < term.postings.size(); p++) {
            Posting posting = term.postings.get(p);
            b.append(p == 0 ? "" : ",").append(posting.paragraph() - previous).append(',').append(posting.length())
                    .append(',').append(posting.forms()).append(',').append(posting.positions().length);
            int at = 0;
            for (int position : posting.positions()) {
                b.append(',').append(position - at);
                at = position;
            }
            previous = posting.paragraph();
        }
        return b.append("]]").toString();
    }

    private static String vocabulary(Map<String, Integer> count, Map<String, Map<String, Integer>> forms, Set<String> pairs) {
        StringBuilder b = new StringBuilder("{\"count\":[");
        boolean first = true;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            b.append(first ? "" : ",").append('[').append(SearchIndex.quote(e.getKey())).append(',').append(e.getValue()).append(']');
            first = false;
        }
        b.append("],\n\"forms\":[");
        first = true;
        for (Map.Entry<String, Map<String, Integer>> e : forms.entrySet()) {
            b.append(first ? "" : ",").append('[').append(SearchIndex.quote(e.getKey()));
            e.getValue().forEach((form, n) -> b.append(",[").append(SearchIndex.quote(form)).append(',').append(n).append(']'));
            b.append(']');
            first = false;
        }
        b.append("],\n\"pairs\":[");
        Map<String, List<String>> next = new LinkedHashMap<>();
        for (String p : pairs) {
            int space = p.indexOf(' ');
            next.computeIfAbsent(p.substring(0, space), k -> new ArrayList<>()).add(p.substring(space + 1));
        }
        first = true;
        for (Map.Entry<String, List<String>> e : next.entrySet()) {
            b.append(first ? "[" : ",[").append(SearchIndex.quote(e.getKey()));
            e.getValue().forEach(w -> b.append(',').append(SearchIndex.quote(w)));
            b.append(']');
            first = false;
        }
        return b.append("]}\n").toString();
    }

    private static long write(Path file, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.length;
    }
}
