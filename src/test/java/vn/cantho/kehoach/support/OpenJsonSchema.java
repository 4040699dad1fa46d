package vn.cantho.kehoach.support;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A built document's open JSON checked against the schema published beside it. */
public final class OpenJsonSchema {
    private OpenJsonSchema() {
    }

    /** What in {@code folder}/van-ban.json breaks {@code folder}/van-ban.schema.json; empty when it is valid. */
    public static List<?> violations(Path folder) throws IOException {
        String json = Files.readString(folder.resolve("van-ban.json"));
        String schema = Files.readString(folder.resolve("van-ban.schema.json"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schema, InputFormat.JSON).validate(json, InputFormat.JSON);
    }

    /** {@code folder}/van-ban.json, read after asserting that it matches its schema. */
    public static JsonNode valid(Path folder) throws IOException {
        assertEquals(List.of(), violations(folder));
        return JsonMapper.builder().build().readTree(Files.readString(folder.resolve("van-ban.json")));
    }
}
