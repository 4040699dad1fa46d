package vn.cantho.kehoach.importer;

import java.util.List;

/** An import that wrote nothing: what is wrong and how to fix it, in Vietnamese, one line each. */
public final class ImportFailure extends RuntimeException {
    private final List<String> lines;

    ImportFailure(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}
