package org.bodywork.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What view- and session-scoped beans keep between requests can be serialized, so that a page whose
 * node dies goes on on the other one (the session is replicated; issue 21). The types are walked, not
 * instances, field by field and through the element types of lists, sets, maps and optionals; a
 * {@code transient} field is what the bean builds again, and must say so.
 */
class ViewStateTest {

    static final List<String> BEANS = List.of(
            "org.bodywork.booking.AppointmentsBacking",
            "org.bodywork.booking.DiaryBacking",
            "org.bodywork.booking.AdminServicesBacking",
            "org.bodywork.booking.TherapistHoursBacking",
            "org.bodywork.booking.BookBacking",
            "org.bodywork.notes.NoteEditBacking",
            "org.bodywork.notes.NoteViewBacking",
            "org.bodywork.qualification.TherapistProfileBacking",
            "org.bodywork.qualification.TherapistRecordsBacking",
            "org.bodywork.intake.ClearanceBacking",
            "org.bodywork.intake.IntakeFormBacking");

    @Test
    void everyViewScopedBeanKeepsOnlyWhatSerializes() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String name : BEANS) {
            Class<?> bean = Class.forName(name);
            walk(bean, bean.getSimpleName(), new HashSet<>(), wrong);
        }
        assertEquals(List.of(), wrong, "kept by a view-scoped bean and not serializable");
    }

    @Test
    void everyViewOrSessionScopedBeanIsChecked() throws java.io.IOException {
        List<String> scoped = new ArrayList<>();
        java.nio.file.Path root = java.nio.file.Path.of("src/main/java");
        try (var files = java.nio.file.Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = java.nio.file.Files.readString(file);
                if (source.contains("\n@ViewScoped") || source.contains("\n@SessionScoped")) {
                    String name = root.relativize(file).toString().replace('/', '.');
                    scoped.add(name.substring(0, name.length() - ".java".length()));
                }
            }
        }
        assertEquals(new java.util.TreeSet<>(BEANS), new java.util.TreeSet<>(scoped));
    }

    private static void walk(Class<?> type, String path, Set<Class<?>> seen, List<String> wrong) {
        if (!seen.add(type)) {
            return;
        }
        // A library's own classes (PrimeFaces' schedule model) are its business.
        for (Class<?> c = type;
                c != null && c != Object.class && !c.getName().startsWith("org.primefaces.");
                c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                check(f.getGenericType(), path + "." + f.getName(), seen, wrong);
            }
        }
    }

    private static void check(Type type, String path, Set<Class<?>> seen, List<String> wrong) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw == Optional.class) {
                for (Type arg : p.getActualTypeArguments()) {
                    check(arg, path + "<>", seen, wrong);
                }
                return;
            }
            check(raw, path, seen, wrong);
            return;
        }
        if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                check(bound, path, seen, wrong);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isEnum()) {
            return;
        }
        if (c.isArray()) {
            check(c.getComponentType(), path + "[]", seen, wrong);
            return;
        }
        if (c.getName().startsWith("java.")) {
            if (!Serializable.class.isAssignableFrom(c) && !c.isInterface()) {
                wrong.add(path + ": " + c.getName());
            }
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            wrong.add(path + ": " + c.getName());
            return;
        }
        walk(c, path, seen, wrong);
    }
}
