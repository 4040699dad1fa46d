package vn.cantho.kehoach.structured;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The streaming writer gives the JSON Jackson's object mapper gives for the same plain data. */
class JsonTextTest {
    @Test
    void plainDataIsWrittenAsTheObjectMapperWritesIt() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("tên", "Kế hoạch \"32\"\n\t\\ </script> & \u2028");
        value.put("số", 32);
        value.put("dài", 1234567890123L);
        value.put("thực", 1.5);
        value.put("thập phân", new BigDecimal("4.10"));
        value.put("đúng", true);
        value.put("rỗng", null);
        value.put("danh sách", List.of("a", List.of(), Map.of()));
        value.put("mảng", new Object[]{1, "b"});
        value.put("thứ tự", new LinkedHashMap<>(Map.of("z", 1)));
        String expected = JsonMapper.builder().build().writeValueAsString(value);
        assertEquals(expected, JsonText.of(value));
    }

    @Test
    void scriptJsonCannotEndTheScriptElement() {
        String json = JsonText.forScript(Map.of("t", "</script><b>&\u2028\u2029"));
        assertEquals("{\"t\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u2028\\u2029\"}", json);
    }

    @Test
    void anythingButPlainDataIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonText.of(Map.of("ngày", java.time.LocalDate.of(2026, 1, 22))));
        assertEquals("not plain JSON data: java.time.LocalDate", e.getMessage());
        assertEquals("[1,2]", JsonText.of(Arrays.asList(1, 2)));
    }
}
