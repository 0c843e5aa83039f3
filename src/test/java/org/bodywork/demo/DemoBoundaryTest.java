package org.bodywork.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The entities' constructors are public so that {@code demo/} can build a practice without seeding
 * methods in the production services (issue 21, item 8). This holds the line that visibility no
 * longer draws: outside {@code demo/}, an entity is made only in its own feature's package, where
 * its use cases are.
 */
class DemoBoundaryTest {

    private static final Path ROOT = Path.of("src/main/java/org/bodywork");

    @Test
    void entitiesAreMadeOnlyInTheirOwnFeatureOrTheDemo() throws IOException {
        Map<String, String> featureOf = entities();
        assertTrue(featureOf.containsKey("Appointment") && featureOf.containsKey("Account"), featureOf.toString());
        Pattern made = Pattern.compile("new (" + String.join("|", featureOf.keySet()) + ")\\(");
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            String feature = ROOT.relativize(file).getName(0).toString();
            if (feature.equals("demo")) {
                continue;
            }
            Matcher m = made.matcher(Files.readString(file));
            while (m.find()) {
                if (!featureOf.get(m.group(1)).equals(feature)) {
                    wrong.add(ROOT.relativize(file) + ": new " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), wrong, "entities made outside their feature");
    }

    @Test
    void noProductionServiceSeedsTheDemo() throws IOException {
        List<String> seeding = new ArrayList<>();
        for (Path file : sources()) {
            if (!ROOT.relativize(file).startsWith("demo")
                    && Files.readString(file).contains(".requireDemo(")) {
                seeding.add(ROOT.relativize(file).toString());
            }
        }
        assertEquals(List.of(), seeding, "demo seeding outside demo/");
    }

    /** Each entity's simple name and the feature package it lives in. */
    private static Map<String, String> entities() throws IOException {
        Map<String, String> featureOf = new TreeMap<>();
        for (Path file : sources()) {
            if (Files.readString(file).contains("\n@Entity")) {
                String name = file.getFileName().toString().replace(".java", "");
                featureOf.put(name, ROOT.relativize(file).getName(0).toString());
            }
        }
        return featureOf;
    }

    private static List<Path> sources() throws IOException {
        try (var files = Files.walk(ROOT)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
