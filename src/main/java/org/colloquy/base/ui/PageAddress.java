package org.colloquy.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.util.UriUtils;

/**
 * The address of a page, made from its view class (or the route template its {@code @Route} names) and its route
 * parameters: a renamed route changes every link to it, and a link that names a parameter the route does not have,
 * or leaves out one it needs, fails {@code PagesTest}. Each feature's {@code …Pages} class is built on this; no other
 * code writes a page address by hand.
 */
public final class PageAddress {

    private PageAddress() {
    }

    /** {@code parameters} are name, value, name, value…; a value may be a number. */
    public static String of(Class<? extends Component> view, Object... parameters) {
        Route route = view.getAnnotation(Route.class);
        if (route == null) {
            throw new IllegalArgumentException(view.getName() + " is not a page: it has no @Route");
        }
        return fill(route.value(), parameters);
    }

    /** The route template with its parameters filled in; optional ones may be left out. */
    public static String fill(String template, Object... parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            values.put(String.valueOf(parameters[i]), String.valueOf(parameters[i + 1]));
        }
        List<String> segments = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String segment : template.split("/")) {
            if (!segment.startsWith(":")) {
                if (!segment.isEmpty()) {
                    segments.add(segment);
                }
                continue;
            }
            String name = segment.substring(1).replaceFirst("\\(.*\\)$", "");
            boolean optional = name.endsWith("?") || name.endsWith("*");
            name = optional ? name.substring(0, name.length() - 1) : name;
            String value = values.get(name);
            if (value == null && !optional) {
                throw new IllegalArgumentException("The page " + template + " needs its parameter " + name);
            }
            if (value != null) {
                used.add(name);
                segments.add(UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
            }
        }
        if (!used.containsAll(values.keySet())) {
            throw new IllegalArgumentException("The page " + template + " has no parameter among " + values.keySet());
        }
        return String.join("/", segments);
    }

    /** The address with one query parameter, e.g. {@code ?heatmap=12}. */
    public static String withQuery(String address, String name, Object value) {
        return address + "?" + QueryParameters.simple(Map.of(name, String.valueOf(value))).getQueryString();
    }

    /** The address scrolled to an element of the page. */
    public static String withFragment(String address, String fragment) {
        return address + "#" + fragment;
    }

    /** A prompt key {@code lesson/step} as the route's two parameters, lesson key then step key. */
    public static List<String> lessonAndStep(String promptKey) {
        int slash = promptKey.indexOf('/');
        return slash < 0 ? List.of(promptKey, "") : List.of(promptKey.substring(0, slash), promptKey.substring(slash + 1));
    }
}
