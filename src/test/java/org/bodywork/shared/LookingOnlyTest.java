package org.bodywork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link LookingOnly} lists its views by hand, since a view is marked before its tree is built: a
 * page without a form left off the list keeps state for nothing, and a page with one on the list
 * could not post. Forms in a template or an included file count for the page.
 */
class LookingOnlyTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern INCLUDE =
            Pattern.compile("<ui:(?:include|composition|decorate)[^>]*(?:src|template)=\"([^\"#]+)\"");
    private static final Pattern FORM = Pattern.compile("<(?:h|o):form\\b");

    @Test
    void theStatelessViewsAreExactlyThePagesWithoutAForm() throws IOException {
        Set<String> formless;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            formless = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .filter(f -> !WEBAPP.relativize(f).startsWith("WEB-INF"))
                    .filter(f -> !WEBAPP.relativize(f).startsWith("resources"))
                    .filter(f -> !hasForm(f, 0))
                    .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(formless, new TreeSet<>(LookingOnly.VIEWS));
    }

    @Test
    void aFormInAnIncludedFileCounts() {
        assertEquals(true, hasForm(WEBAPP.resolve("therapist/diary.xhtml"), 0));
    }

    private static boolean hasForm(Path page, int depth) {
        try {
            String text = Files.readString(page);
            if (FORM.matcher(text).find()) {
                return true;
            }
            Matcher included = INCLUDE.matcher(text);
            while (depth < 5 && included.find()) {
                Path next = included.group(1).startsWith("/")
                        ? WEBAPP.resolve(included.group(1).substring(1))
                        : page.resolveSibling(included.group(1));
                if (Files.exists(next) && hasForm(next, depth + 1)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
