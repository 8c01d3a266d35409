package jp.spamcenter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sessions are distributable (a cluster moves them between instances): every view- or session-scoped page bean
 * holds only state that serialises, down to the api records it keeps. Injected beans are proxies and serialise.
 */
class SessionStateTest {

    private static final String PAGES = "jp.spamcenter.web.pages";

    @Test
    void everyViewAndSessionScopedPageHoldsOnlySerialisableState() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : pageBeans()) {
            assertThat(Serializable.class).as(bean.getName()).isAssignableFrom(bean);
            for (Field field : bean.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), problems, new HashSet<>());
            }
        }
        assertThat(problems).as("state that does not serialise").isEmpty();
    }

    private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw == Optional.class) {
                if (raw == Optional.class) {
                    problems.add(path + ": Optional does not serialise");
                }
                for (Type argument : parameterized.getActualTypeArguments()) {
                    check(argument, path + "<>", problems, seen);
                }
                return;
            }
            check(raw, path, problems, seen);
            return;
        }
        if (!(type instanceof Class<?> cls)) {
            return; // a type variable or wildcard: its bound is checked where it is used
        }
        if (cls.isPrimitive() || cls.isEnum() || cls.getName().startsWith("java.")) {
            if (!cls.isPrimitive() && !Serializable.class.isAssignableFrom(cls) && !cls.isInterface()) {
                problems.add(path + ": " + cls.getName());
            }
            return;
        }
        if (cls.isArray()) {
            check(cls.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (!Serializable.class.isAssignableFrom(cls)) {
            problems.add(path + ": " + cls.getName() + " is not Serializable");
            return;
        }
        if (cls.isRecord()) {
            for (var component : cls.getRecordComponents()) {
                check(component.getGenericType(), path + "." + component.getName(), problems, seen);
            }
        } else if (cls.getName().startsWith("jp.spamcenter.")) {
            for (Field field : cls.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
                    check(field.getGenericType(), path + "." + field.getName(), problems, seen);
                }
            }
        }
    }

    /** The page beans of the scopes that live between requests, found on the class path. */
    private static List<Class<?>> pageBeans() throws Exception {
        var found = new ArrayList<Class<?>>();
        var root = SessionStateTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI();
        var classes = java.nio.file.Path.of(root)
                .resolve("../classes/" + PAGES.replace('.', '/'))
                .normalize();
        // the pages are grouped by who uses them (citizen, advisor, manager, admin, staff, shared)
        try (var files = java.nio.file.Files.walk(classes)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file)
                        .toString()
                        .replace(".class", "")
                        .replace('/', '.');
                Class<?> cls = Class.forName(PAGES + "." + name);
                if (cls.isAnnotationPresent(ViewScoped.class) || cls.isAnnotationPresent(SessionScoped.class)) {
                    found.add(cls);
                }
            }
        }
        assertThat(found).as("page beans found").hasSizeGreaterThan(10);
        return found;
    }
}
