package vn.cantho.kehoach.content;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a library's work on one input file (parsing its YAML or Markdown, rendering it) so that a failure deep in
 * the library, a {@link StackOverflowError}, an {@link OutOfMemoryError} or an unexpected exception, becomes a
 * {@link Problem} naming the file instead of a stack trace without it. {@link InputLimits} keeps real and hostile
 * input away from such failures; this is the net for what they did not foresee.
 */
public final class LibraryGuard {
    private LibraryGuard() {
    }

    /**
     * @param line      the line to report (where the text given to the library starts)
     * @param onFailure what to return instead, given the problem
     */
    public static <T> T run(String file, int line, Supplier<T> work, Function<Problem, T> onFailure) {
        Throwable failure;
        try {
            return work.get();
        } catch (BuildFailure f) {
            throw f;
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            failure = e;
        }
        return onFailure.apply(problem(file, line, failure));
    }

    static Problem problem(String file, int line, Throwable failure) {
        String what = failure instanceof StackOverflowError
                ? "không đọc được tệp này: chữ lồng nhau quá sâu làm thư viện đọc tệp bị tràn ngăn xếp (StackOverflowError)"
                : failure instanceof OutOfMemoryError
                ? "không đọc được tệp này: hết bộ nhớ khi đọc (OutOfMemoryError)"
                : "không đọc được tệp này: thư viện đọc tệp gặp lỗi (" + failure + ")";
        return new Problem(file, line, what, "tìm từ dòng này đoạn chữ bất thường (dán nhầm, lặp lại hàng nghìn lần"
                + " các dấu '>', '*', '[', '-') và xóa hoặc sửa lại cho giống văn bản gốc");
    }
}
