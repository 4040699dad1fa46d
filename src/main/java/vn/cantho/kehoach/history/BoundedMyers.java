package vn.cantho.kehoach.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Myers' O((N+M)·D) difference algorithm with a budget: the common start and end are matched first (linear), and
 * the search for the middle gives up once it has taken {@link #BUDGET} steps or needs more than
 * {@link #MAX_EDITS} insertions and deletions. So its time and memory stay bounded whatever the texts; the caller
 * then compares coarser units (see {@link WordDiff}).
 */
final class BoundedMyers {
    /** Most insertions plus deletions searched for; the search keeps O(MAX_EDITS²) ints. */
    static final int MAX_EDITS = 2_000;
    /** Most steps (diagonals tried plus equal units followed) before giving up. */
    static final long BUDGET = 20_000_000L;

    /** A replaced region: units [beginA, endA) of the old sequence became [beginB, endB) of the new one. */
    record Edit(int beginA, int endA, int beginB, int endB) {
    }

    /**
     * The edits, in order, and the work done ({@code steps}). When over budget ({@code exact} false) the edits are
     * one replacement of everything between the common start and end.
     */
    record Result(List<Edit> edits, long steps, boolean exact) {
    }

    private BoundedMyers() {
    }

    static <T> Result diff(List<T> a, List<T> b) {
        int n = a.size();
        int m = b.size();
        int start = 0;
        while (start < n && start < m && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = n;
        int endB = m;
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        long steps = start + (n - endA);
        List<T> x = a.subList(start, endA);
        List<T> y = b.subList(start, endB);
        if (x.isEmpty() || y.isEmpty()) {
            List<Edit> edits = x.isEmpty() && y.isEmpty() ? List.of() : List.of(new Edit(start, endA, start, endB));
            return new Result(edits, steps, true);
        }
        int xn = x.size();
        int yn = y.size();
        int maxD = Math.min(MAX_EDITS, xn + yn);
        int offset = maxD + 1;
        int[] v = new int[2 * maxD + 3];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= maxD; d++) {
            trace.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int i;
                if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
                    i = v[offset + k + 1];
                } else {
                    i = v[offset + k - 1] + 1;
                }
                int j = i - k;
                while (i < xn && j < yn && x.get(i).equals(y.get(j))) {
                    i++;
                    j++;
                    steps++;
                }
                steps++;
                v[offset + k] = i;
                if (i >= xn && j >= yn) {
                    return new Result(slide(backtrack(trace, d, xn, yn, start), a, b), steps, true);
                }
                if (steps > BUDGET) {
                    return new Result(List.of(new Edit(start, endA, start, endB)), steps, false);
                }
            }
        }
        return new Result(List.of(new Edit(start, endA, start, endB)), steps, false);
    }

    /** Follows the recorded frontiers back from (xn, yn), joining adjacent deletions and insertions into edits. */
    private static List<Edit> backtrack(List<int[]> trace, int last, int xn, int yn, int start) {
        List<Edit> reversed = new ArrayList<>();
        int i = xn;
        int j = yn;
        int editEndA = -1;
        int editEndB = -1;
        for (int d = last; d > 0; d--) {
            int[] v = trace.get(d); // frontier before step d, indexed k + d + 1
            int k = i - j;
            int prevK = k == -d || (k != d && v[k - 1 + d + 1] < v[k + 1 + d + 1]) ? k + 1 : k - 1;
            int prevI = v[prevK + d + 1];
            int prevJ = prevI - prevK;
            int snakeStartI = prevK == k + 1 ? prevI : prevI + 1;
            int snakeStartJ = snakeStartI - k;
            if (i > snakeStartI) { // equal units between this edit and the next one
                if (editEndA >= 0) {
                    reversed.add(new Edit(start + i, start + editEndA, start + j, start + editEndB));
                }
                editEndA = snakeStartI;
                editEndB = snakeStartJ;
            } else if (editEndA < 0) {
                editEndA = i;
                editEndB = j;
            }
            i = prevI;
            j = prevJ;
        }
        // d = 0: the common run from the start of the middle.
        if (editEndA >= 0) {
            reversed.add(new Edit(start + i, start + editEndA, start + j, start + editEndB));
        }
        List<Edit> edits = new ArrayList<>(reversed.size());
        for (int e = reversed.size() - 1; e >= 0; e--) {
            edits.add(reversed.get(e));
        }
        return edits;
    }

    /**
     * Moves each pure insertion or deletion as far forward as the same units allow ("a" + ins(" x") + " b" becomes
     * "a " + ins("x ") + "b"), so that an added or removed word is shown with the space after it, as readers expect.
     * Linear in the length of the sequences.
     */
    private static <T> List<Edit> slide(List<Edit> edits, List<T> a, List<T> b) {
        List<Edit> out = new ArrayList<>(edits.size());
        for (int n = 0; n < edits.size(); n++) {
            Edit e = edits.get(n);
            int limitA = n + 1 < edits.size() ? edits.get(n + 1).beginA() : a.size();
            int limitB = n + 1 < edits.size() ? edits.get(n + 1).beginB() : b.size();
            int ba = e.beginA();
            int ea = e.endA();
            int bb = e.beginB();
            int eb = e.endB();
            if (ba == ea) {
                while (eb < limitB && b.get(bb).equals(b.get(eb))) {
                    ba++;
                    ea++;
                    bb++;
                    eb++;
                }
            } else if (bb == eb) {
                while (ea < limitA && a.get(ba).equals(a.get(ea))) {
                    ba++;
                    ea++;
                    bb++;
                    eb++;
                }
            }
            out.add(new Edit(ba, ea, bb, eb));
        }
        return out;
    }
}
