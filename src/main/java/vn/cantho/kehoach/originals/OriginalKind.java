package vn.cantho.kehoach.originals;

import java.util.Arrays;
import java.util.Set;

/** What an original is, as written in the cover's {@code kind:}; each kind allows some file endings. */
public enum OriginalKind {
    /** An officially issued PDF carrying a digital signature: the build verifies it or stops. */
    SIGNED_PDF("pdf-ky-so", "PDF có chữ ký số", Set.of("pdf")),
    PDF("pdf", "PDF", Set.of("pdf")),
    WORD("word", "Word", Set.of("docx")),
    OTHER("khac", "Tệp khác", Set.of("pdf", "docx", "xlsx", "odt", "ods", "csv", "zip"));

    private final String code;
    private final String label;
    private final Set<String> endings;

    OriginalKind(String code, String label, Set<String> endings) {
        this.code = code;
        this.label = label;
        this.endings = endings;
    }

    /** As written in content ("pdf-ky-so"). */
    public String code() {
        return code;
    }

    /** As shown to readers ("PDF có chữ ký số"). */
    public String label() {
        return label;
    }

    public boolean allows(String ending) {
        return endings.contains(ending);
    }

    public Set<String> endings() {
        return endings;
    }

    /** The kind written, or null when no kind has that code. */
    public static OriginalKind of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst().orElse(null);
    }

    /** "pdf-ky-so, pdf, word, khac", for messages. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(OriginalKind::code).toList());
    }
}
