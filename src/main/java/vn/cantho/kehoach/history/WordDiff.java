package vn.cantho.kehoach.history;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level diff of two texts. Texts are cut into tokens (a word of letters, combining marks and digits, so
 * "Nghị" or "2025" stays whole; a run of white space; or one other character such as punctuation), compared with
 * {@link BoundedMyers}, and returned as segments. Joining the EQUAL and DELETE segments gives the old text back
 * exactly, joining EQUAL and INSERT the new one. When the texts differ too much for a word comparison within its
 * budget, paragraphs are compared instead ({@link Level#PARAGRAPHS}): each changed paragraph is shown removed and
 * added whole. Time and memory stay bounded whatever the texts (linear in their length, plus the budget).
 */
public final class WordDiff {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\s+|\\X");

    /** What a segment is. */
    public enum Op { EQUAL, DELETE, INSERT }

    /** How finely the texts were compared. */
    public enum Level { WORDS, PARAGRAPHS }

    /** A run of text that both texts share, or that only the old (DELETE) or the new one (INSERT) has. */
    public record Segment(Op op, String text) {
    }

    /** The segments, how finely they were found, and the comparison steps taken (words, then paragraphs if needed). */
    public record Diff(List<Segment> segments, Level level, long steps) {
    }

    private WordDiff() {
    }

    /** Words, runs of white space and single other characters (grapheme clusters), in order. */
    public static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Paragraphs and the blank lines between them ({@link DiffHtml#PARAGRAPH}), in order. */
    static List<String> paragraphs(String text) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int at = text.indexOf(DiffHtml.PARAGRAPH, from);
            if (at < 0) {
                at = text.length();
            }
            if (at > from) {
                parts.add(text.substring(from, at));
            }
            if (at < text.length()) {
                parts.add(DiffHtml.PARAGRAPH);
            }
            from = at + DiffHtml.PARAGRAPH.length();
        }
        return parts;
    }

    /** The segments that turn {@code before} into {@code after} (see {@link #compare}). */
    public static List<Segment> diff(String before, String after) {
        return compare(before, after).segments();
    }

    /**
     * The segments that turn {@code before} into {@code after}, word by word when within budget, else paragraph by
     * paragraph. Two replacements separated only by a space on one line are joined into one, which reads better than
     * word-by-word alternation.
     */
    public static Diff compare(String before, String after) {
        List<String> a = tokenize(before);
        List<String> b = tokenize(after);
        BoundedMyers.Result words = BoundedMyers.diff(a, b);
        if (words.exact()) {
            return new Diff(segments(a, b, words.edits()), Level.WORDS, words.steps());
        }
        a = paragraphs(before);
        b = paragraphs(after);
        BoundedMyers.Result paragraphs = BoundedMyers.diff(a, b);
        return new Diff(segments(a, b, paragraphs.edits()), Level.PARAGRAPHS, words.steps() + paragraphs.steps());
    }

    private static List<Segment> segments(List<String> a, List<String> b, List<BoundedMyers.Edit> edits) {
        List<Segment> out = new ArrayList<>();
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        int ia = 0;
        for (BoundedMyers.Edit e : edits) {
            String equal = join(a, ia, e.beginA());
            String removed = join(a, e.beginA(), e.endA());
            String added = join(b, e.beginB(), e.endB());
            boolean bridge = !del.isEmpty() && !ins.isEmpty() && !removed.isEmpty() && !added.isEmpty()
                    && !equal.isEmpty() && equal.isBlank() && equal.indexOf('\n') < 0;
            if (bridge) {
                del.append(equal);
                ins.append(equal);
            } else {
                flush(out, del, ins);
                add(out, Op.EQUAL, equal);
            }
            del.append(removed);
            ins.append(added);
            ia = e.endA();
        }
        flush(out, del, ins);
        add(out, Op.EQUAL, join(a, ia, a.size()));
        return out;
    }

    private static String join(List<String> tokens, int from, int to) {
        return String.join("", tokens.subList(from, to));
    }

    private static void add(List<Segment> out, Op op, String text) {
        if (!text.isEmpty()) {
            out.add(new Segment(op, text));
        }
    }

    private static void flush(List<Segment> out, StringBuilder del, StringBuilder ins) {
        add(out, Op.DELETE, del.toString());
        add(out, Op.INSERT, ins.toString());
        del.setLength(0);
        ins.setLength(0);
    }
}
