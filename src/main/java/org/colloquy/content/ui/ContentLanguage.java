package org.colloquy.content.ui;

import org.colloquy.base.i18n.InterfaceLanguage;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.HasElement;
import java.util.Locale;
import org.colloquy.content.Course;
import org.springframework.modulith.NamedInterface;

/**
 * Marks a region that shows course content with the course's own language and reading direction, so that screen
 * readers, fonts and line breaking treat it as that language while the interface around it stays in the viewer's.
 */
@NamedInterface("ui")
public final class ContentLanguage {

    private ContentLanguage() {
    }

    public static <T extends HasElement> T mark(T region, Course course) {
        if (isInterfaceLanguage(course)) {
            // the page's own lang and direction already say it; an attribute per region would cost every session
            return region;
        }
        region.getElement().setAttribute("lang", course.language());
        region.getElement().setAttribute("dir", course.direction().attribute());
        return region;
    }

    private static boolean isInterfaceLanguage(Course course) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        return "ltr".equals(course.direction().attribute())
                && InterfaceLanguage.closestTo(locale).locale().getLanguage().equals(course.language());
    }

    /** Marks interface text inside a content region (a caption, a source line) as the viewer's language again. */
    public static Element interfaceText(Element element) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        element.setAttribute("lang", InterfaceLanguage.closestTo(locale).locale().toLanguageTag());
        element.setAttribute("dir", "ltr");
        return element;
    }
}
