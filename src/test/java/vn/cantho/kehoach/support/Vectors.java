package vn.cantho.kehoach.support;

import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The folding test vectors shared by the Java and the JavaScript tests: [input, folded, tokens]. */
public final class Vectors {
    private Vectors() {
    }

    public static String json() {
        try (InputStream in = Vectors.class.getResourceAsStream("/search/fold-vectors.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static List<List<Object>> all() {
        return new Json().toType(json(), List.class);
    }
}
