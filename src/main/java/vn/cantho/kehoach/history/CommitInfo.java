package vn.cantho.kehoach.history;

/**
 * A commit as named in build messages: short hash, date (dd/mm/yyyy in the committer's time zone) and subject.
 * The uncommitted edits of the work tree are {@link #WORK_TREE}.
 */
public record CommitInfo(String shortHash, String date, String subject) {
    public static final CommitInfo WORK_TREE = new CommitInfo(null, null, null);

    public boolean isWorkTree() {
        return shortHash == null;
    }

    /** "commit 1a2b3c4 (15/03/2026, "Sửa đoạn 2")", or the work tree's edits. */
    public String describe() {
        return isWorkTree() ? "thay đổi chưa commit trong thư mục làm việc (tính như một commit cuối cùng)"
                : "commit " + shortHash + " (" + date + ", \"" + subject + "\")";
    }
}
