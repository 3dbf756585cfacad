package org.colloquy.security;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * What a view can call: every public method of every application bean ({@code @Service} or {@code @Component}
 * under org.colloquy, not {@code @Configuration}, not a test's own bean, not a piece of a view from a {@code ui}
 * package, whose pages {@code RouteAccessMatrixTest} covers) that a view can reach. A view reaches a
 * bean's public methods through its class when the class is public, and through every public org.colloquy
 * interface the bean implements (ports such as {@code FeedbackLookup}); a package-private class behind no public
 * interface is reachable only from its own feature's services and so is no boundary.
 */
final class ServiceSurface {

    private ServiceSurface() {
    }

    /** {@code Type.method(ParamType, ...)} → the type that declares it, sorted by signature. */
    static TreeMap<String, Class<?>> of(ApplicationContext context) {
        TreeMap<String, Class<?>> surface = new TreeMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null) {
                continue;
            }
            Class<?> bean = ClassUtils.getUserClass(type);
            if (!isApplicationBean(bean)) {
                continue;
            }
            for (Class<?> exposed : exposedTypes(bean)) {
                for (Method method : exposed.getDeclaredMethods()) {
                    if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                            && !method.isSynthetic() && !method.isBridge()) {
                        surface.put(signature(exposed, method), exposed);
                    }
                }
            }
        }
        return surface;
    }

    static String signature(Class<?> type, Method method) {
        return type.getSimpleName() + "." + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")";
    }

    private static boolean isApplicationBean(Class<?> bean) {
        return bean.getName().startsWith("org.colloquy.")
                && AnnotatedElementUtils.hasAnnotation(bean, Component.class)
                && !AnnotatedElementUtils.hasAnnotation(bean, Configuration.class)
                && !bean.getPackageName().endsWith(".ui")
                && !isTestClass(bean);
    }

    private static boolean isTestClass(Class<?> bean) {
        var source = bean.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().toString().contains("test-classes");
    }

    private static Set<Class<?>> exposedTypes(Class<?> bean) {
        Set<Class<?>> types = new LinkedHashSet<>();
        if (Modifier.isPublic(bean.getModifiers())) {
            types.add(bean);
        }
        for (Class<?> type : ClassUtils.getAllInterfacesForClassAsSet(bean)) {
            if (type.getName().startsWith("org.colloquy.") && Modifier.isPublic(type.getModifiers())) {
                types.add(type);
            }
        }
        return types;
    }
}
