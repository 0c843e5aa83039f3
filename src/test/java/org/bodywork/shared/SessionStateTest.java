package org.bodywork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a session holds can move to another node of a cluster (web.xml is {@code <distributable/>}):
 * every session-, view- and conversation-scoped bean is serializable, and so is each of its fields
 * that is not transient, injected (a serializable proxy) or of an interface type (checked where it
 * is filled). A bean that breaks this fails here, not when a node dies.
 */
class SessionStateTest {

    private static final List<String> SCOPES =
            List.of("@SessionScoped", "@ViewScoped", "@ConversationScoped", "@FlowScoped");

    @Test
    void everyBeanASessionKeepsIsSerializable() throws Exception {
        List<String> wrong = new ArrayList<>();
        int beans = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (SCOPES.stream().noneMatch(source::contains)) {
                    continue;
                }
                beans++;
                String name = Path.of("src/main/java")
                        .relativize(file)
                        .toString()
                        .replace('/', '.')
                        .replaceFirst("\\.java$", "");
                Class<?> bean = Class.forName(name);
                if (!Serializable.class.isAssignableFrom(bean)) {
                    wrong.add(name + " is not Serializable");
                    continue;
                }
                for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        if (kept(field) && !serializable(field.getType())) {
                            wrong.add(name + "." + field.getName() + " ("
                                    + field.getType().getSimpleName()
                                    + ") is kept in the session but not Serializable: make it transient");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(true, beans >= 10, "the scan found the scoped beans (" + beans + ")");
    }

    @Test
    void theSignInKeptInTheSessionSerializes() throws IOException {
        Object signed = new org.bodywork.identity.SignIn.Signed(7L, "tess@example.org", "Tess", Set.of("THERAPIST"));
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(signed);
            out.writeObject(Instant.now());
        }
    }

    private static boolean kept(Field field) {
        int m = field.getModifiers();
        return !Modifier.isStatic(m)
                && !Modifier.isTransient(m)
                && !field.isAnnotationPresent(jakarta.inject.Inject.class)
                && !field.isAnnotationPresent(jakarta.ejb.EJB.class);
    }

    private static boolean serializable(Class<?> type) {
        return type.isPrimitive() || type.isInterface() || type.isEnum() || Serializable.class.isAssignableFrom(type);
    }
}
