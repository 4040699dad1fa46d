package vn.cantho.kehoach.content;

/**
 * One thing wrong with the site's input, told so that a staff member can fix it:
 * which file, which line (1-based, 0 when the whole file is meant), what is wrong and how to fix it.
 */
public record Problem(String file, int line, String what, String fix) {

    /** A problem with the file as a whole, not one line. */
    public static Problem ofFile(String file, String what, String fix) {
        return new Problem(file, 0, what, fix);
    }

    /** {@code file:line: what. Fix: fix}, the way compilers report, so editors can jump to it. */
    public String format() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + what + "\n    cách sửa: " + fix;
    }

    @Override
    public String toString() {
        return format();
    }
}
