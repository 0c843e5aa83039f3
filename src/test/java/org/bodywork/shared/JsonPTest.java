package org.bodywork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JsonPTest {

    private static final Pattern LOOKUP = Pattern.compile("(?<![\\w.])Json\\.create");

    @Test
    void theAppNeverAsksJakartaJsonForItsProviderAgain() throws IOException {
        // Json.create* looks the provider up on every call (issue 22: 3 % of a page's CPU).
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> callers = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith("JsonP.java"))
                    .filter(f -> {
                        try {
                            return LOOKUP.matcher(Files.readString(f)).find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString)
                    .toList();
            assertEquals(List.of(), callers, "use shared.JsonP");
        }
    }

    @Test
    void itsFactoriesBuildAndReadJson() {
        JsonObject built = JsonP.createObjectBuilder()
                .add("areas", JsonP.createArrayBuilder(List.of("NECK")))
                .build();
        try (var reader = JsonP.createReader(new StringReader(built.toString()))) {
            assertEquals(built, reader.readObject());
        }
    }
}
