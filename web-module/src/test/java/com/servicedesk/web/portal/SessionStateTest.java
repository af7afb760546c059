package com.servicedesk.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a portal session holds can move to another server of a cluster: every field of the session- and
 * view-scoped beans (the view's state lives in the session) is serializable, down to the elements of its
 * lists and maps. Injected EJB and CDI references are serializable proxies, and stay (never transient:
 * they would come back null after a failover).
 */
class SessionStateTest {

    @Test
    void everythingASessionHoldsIsSerializable() {
        List<String> problems = new ArrayList<>();
        int beans = 0;
        for (JavaClass c : new ClassFileImporter().importPackages("com.servicedesk.web.portal")) {
            Class<?> bean = c.reflect();
            if (!bean.isAnnotationPresent(ViewScoped.class) && !bean.isAnnotationPresent(SessionScoped.class)) {
                continue;
            }
            beans++;
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getSimpleName() + " is not Serializable");
            }
            for (Class<?> k = bean; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    if (f.isAnnotationPresent(EJB.class) || f.isAnnotationPresent(Inject.class)) {
                        if (Modifier.isTransient(f.getModifiers())) {
                            problems.add(bean.getSimpleName() + "." + f.getName() + " is an injected reference marked transient");
                        }
                        continue;
                    }
                    if (!Modifier.isTransient(f.getModifiers())) {
                        check(f.getGenericType(), bean.getSimpleName() + "." + f.getName(), problems, new HashSet<>());
                    }
                }
            }
        }
        assertTrue(beans > 20, "the portal's beans were found: " + beans);
        assertEquals(List.of(), problems);
    }

    private static void check(Type type, String where, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            check(p.getRawType(), where, problems, seen);
            for (Type arg : p.getActualTypeArguments()) {
                check(arg, where, problems, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isInterface() && c.getName().startsWith("java.util")) {
            return;
        }
        if (c.isInterface() || c.isArray()) {
            if (c.isArray()) {
                check(c.getComponentType(), where, problems, seen);
            }
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(where + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (c.isRecord()) {
            for (var component : c.getRecordComponents()) {
                check(component.getGenericType(), where + "." + component.getName(), problems, seen);
            }
        }
    }
}
