package vn.cantho.kehoach.history;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level diff of two texts. Texts are cut into tokens (a word of letters, combining marks and digits, so
 * "Nghị" or "2025" stays whole; a run of white space; or one other character such as punctuation), compared with
 * JGit's histogram diff, and returned as segments. Joining the EQUAL and DELETE segments gives the old text back
 * exactly, joining EQUAL and INSERT the new one.
 */
public final class WordDiff {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\s+|\\X");

    /** What a segment is. */
    public enum Op { EQUAL, DELETE, INSERT }

    /** A run of text that both texts share, or that only the old (DELETE) or the new one (INSERT) has. */
    public record Segment(Op op, String text) {
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

    /**
     * The segments that turn {@code before} into {@code after}. Two replacements separated only by a space on one
     * line are joined into one, which reads better than word-by-word alternation.
     */
    public static List<Segment> diff(String before, String after) {
        Tokens a = new Tokens(tokenize(before));
        Tokens b = new Tokens(tokenize(after));
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(Tokens.COMPARATOR, a, b);
        List<Segment> out = new ArrayList<>();
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        int ia = 0;
        for (Edit e : edits) {
            String equal = a.join(ia, e.getBeginA());
            String removed = a.join(e.getBeginA(), e.getEndA());
            String added = b.join(e.getBeginB(), e.getEndB());
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
            ia = e.getEndA();
        }
        flush(out, del, ins);
        add(out, Op.EQUAL, a.join(ia, a.size()));
        return out;
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

    /** A token list as a JGit sequence. */
    private static final class Tokens extends Sequence {
        static final SequenceComparator<Tokens> COMPARATOR = new SequenceComparator<>() {
            @Override
            public boolean equals(Tokens a, int ai, Tokens b, int bi) {
                return a.tokens.get(ai).equals(b.tokens.get(bi));
            }

            @Override
            public int hash(Tokens seq, int ptr) {
                return seq.tokens.get(ptr).hashCode();
            }
        };
        private final List<String> tokens;

        Tokens(List<String> tokens) {
            this.tokens = tokens;
        }

        @Override
        public int size() {
            return tokens.size();
        }

        String join(int from, int to) {
            return String.join("", tokens.subList(from, to));
        }
    }
}
