package vn.cantho.kehoach.history;

/**
 * One commit that touched a section file, in history order (parents first), or the uncommitted edits of the work
 * tree as a last pseudo-commit.
 *
 * @param commit      which commit
 * @param baseline    true when the commit is part of the documented baseline (not checked)
 * @param textChanged true when readers would see a different official text than in the parent commit
 * @param before      the text in the parent commit (null when the file is new here)
 * @param after       the text in this commit
 * @param entryCount  how many {@code changes} entries the file has in this commit
 */
public record Step(CommitInfo commit, boolean baseline, boolean textChanged, OfficialText before, OfficialText after,
                   int entryCount) {
}
