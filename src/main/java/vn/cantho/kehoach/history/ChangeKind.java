package vn.cantho.kehoach.history;

/** Why an official text changed, as written in a {@code changes} entry. */
public enum ChangeKind {
    /** Sửa đổi, bổ sung by another document. */
    AMENDMENT("amendment", "sửa đổi, bổ sung"),
    /** Đính chính: the text published here did not match the original. */
    CORRECTION("correction", "đính chính"),
    /** Bãi bỏ by another document: the section is no longer in force. */
    ABOLITION("abolition", "bãi bỏ");

    private final String key;
    private final String label;

    ChangeKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The word written in front matter. */
    public String key() {
        return key;
    }

    /** The Vietnamese name shown to readers. */
    public String label() {
        return label;
    }

    /** Amendments and abolitions are made by another document, which must be named. */
    public boolean needsBasis() {
        return this != CORRECTION;
    }

    /** The kind written as {@code key}, or null. */
    public static ChangeKind of(String key) {
        for (ChangeKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        return null;
    }
}
