package vn.cantho.kehoach.structured;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * JSON written by Jackson's streaming generator, safe to place inside an HTML {@code <script>} element:
 * {@code <}, {@code >} and {@code &} (which JSON only has inside strings) become {@code \u003c}, {@code \u003e}
 * and {@code \u0026}, so no value, not even a title containing {@code </script>}, can end the element; U+2028 and
 * U+2029 are escaped too. Only plain data is written, so Jackson's object mapper (some 450 classes to load on
 * every cold build) is not needed.
 */
public final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {
    }

    /**
     * Compact JSON of plain maps (in their iteration order), iterables, arrays, strings, numbers, booleans and null.
     * @throws IllegalArgumentException for any other value
     */
    public static String of(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, value);
        }
        return out.toString();
    }

    /** The same JSON, escaped for a script element. */
    public static String forScript(Object value) {
        return of(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static void write(JsonGenerator g, Object value) {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof CharSequence s) {
            g.writeString(s.toString());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            g.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Float f) {
            g.writeNumber(f);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Iterable<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                write(g, o);
            }
            g.writeEndArray();
        } else if (value instanceof Object[] array) {
            g.writeStartArray();
            for (Object o : array) {
                write(g, o);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("not plain JSON data: " + value.getClass().getName());
        }
    }
}
