package vn.cantho.kehoach.structured;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON written by Jackson, safe to place inside an HTML {@code <script>} element: {@code <}, {@code >} and
 * {@code &} (which JSON only has inside strings) become {@code \u003c}, {@code \u003e} and {@code \u0026}, so no
 * value, not even a title containing {@code </script>}, can end the element; U+2028 and U+2029 are escaped too.
 */
public final class JsonText {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonText() {
    }

    /** Compact JSON of plain maps, lists, strings, numbers and booleans. */
    public static String of(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** The same JSON, escaped for a script element. */
    public static String forScript(Object value) {
        return of(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
