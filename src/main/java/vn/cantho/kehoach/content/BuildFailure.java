package vn.cantho.kehoach.content;

import java.util.List;
import java.util.stream.Collectors;

/** The build stopped because of one or more problems in its input; nothing was published. */
public class BuildFailure extends RuntimeException {
    private final List<Problem> problems;

    public BuildFailure(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        return problems.size() + " lỗi; trang web chưa được xuất bản:\n"
                + problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
    }
}
