package vn.cantho.kehoach.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pairs the commits that changed a section's text with the {@code changes} entries that record them.
 * <p>
 * Walking the file's commits oldest first: a commit whose text differs from its parent's leaves that change
 * pending; a commit that appends entries to the list gives all pending changes to the first entry it appends (the
 * entry's diff runs from the text before the first pending change to the text of that commit). So an entry may be
 * added in the same commit as the text change or in any later one, and several commits of one edit may share one
 * entry. Changes still pending at the end (the work tree counts as a last commit) were never recorded. An entry
 * appended when nothing is pending has no diff (an abolition that leaves the last text in place, or an entry made
 * after its change was already recorded). Baseline commits are not checked: their changes are neither pending nor
 * paired, and entries they contain are taken as already given.
 */
public final class Pairing {

    /** The text before and after the change an entry records, and the commits that made it. */
    public record Pair(OfficialText before, OfficialText after, List<CommitInfo> commits) {
    }

    /**
     * @param pairs      for each entry index, its change, or null when it has none
     * @param unrecorded commits whose text change no entry records
     * @param maxEntries the most entries the file ever had after the baseline (entries may not be removed)
     */
    public record Result(Pair[] pairs, List<Step> unrecorded, int maxEntries) {
        public Pair pair(int index) {
            return index < pairs.length ? pairs[index] : null;
        }
    }

    private Pairing() {
    }

    public static Result pair(List<Step> steps, int entries) {
        Pair[] pairs = new Pair[entries];
        List<Step> pending = new ArrayList<>();
        int seen = 0;
        int maxAfterBaseline = 0;
        for (Step step : steps) {
            if (step.baseline()) {
                seen = Math.max(seen, step.entryCount());
                continue;
            }
            maxAfterBaseline = Math.max(maxAfterBaseline, step.entryCount());
            if (step.textChanged()) {
                pending.add(step);
            }
            if (step.entryCount() > seen) {
                if (!pending.isEmpty() && seen < entries) {
                    pairs[seen] = new Pair(pending.get(0).before(), step.after(),
                            pending.stream().map(Step::commit).toList());
                    pending.clear();
                }
                seen = step.entryCount();
            }
        }
        return new Result(Arrays.copyOf(pairs, entries), List.copyOf(pending), maxAfterBaseline);
    }
}
