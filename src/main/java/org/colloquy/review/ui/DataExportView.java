package org.colloquy.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Optional;
import org.colloquy.review.export.DataSubject;
import org.colloquy.review.export.ExportFormat;
import org.colloquy.review.export.StudentDataExportService;
import com.vaadin.flow.i18n.I18NProvider;

/** A data-subject request: find a person by username, then download everything they wrote. */
@Route("admin/data-export")
@Menu(order = 10, title = "review.menu.data-export")
@RolesAllowed("ADMIN")
class DataExportView extends Main implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return t("review.data-export.page-title");
    }


    private final StudentDataExportService exports;
    private final TextField username = new TextField();
    private final Div result = new Div();

    DataExportView(StudentDataExportService exports) {
        this.exports = exports;
        setId("main-content");
        addClassNames("page", "data-export-view");
        username.setId("data-export-username");
        username.setLabel(t("review.data-export.username"));
        username.setHelperText(t("review.data-export.username-helper"));
        Button find = new Button(t("review.data-export.find"), click -> find());
        find.setId("data-export-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);
        result.setId("data-export-result");
        add(new H1(t("review.data-export.heading")),
                new Paragraph(t("review.data-export.intro")),
                new Div(username, find), result);
    }

    private void find() {
        result.removeAll();
        String typed = username.getValue().strip();
        if (typed.isEmpty()) {
            refuse(t("review.data-export.enter-username"));
            return;
        }
        Optional<DataSubject> found = exports.find(typed);
        if (found.isEmpty()) {
            refuse(t("review.data-export.no-such-user", typed));
            return;
        }
        username.setInvalid(false);
        DataSubject subject = found.get();
        result.add(new Paragraph(summary(subject)));
        Div links = new Div();
        links.addClassName("actions");
        for (ExportFormat format : ExportFormat.values()) {
            links.add(download(subject.person().username(), format));
        }
        result.add(links);
    }

    private void refuse(String message) {
        username.setErrorMessage(message);
        username.setInvalid(true);
    }

    private static String summary(DataSubject subject) {
        int courses = subject.courseKeys().size();
        return t("review.data-export.summary", subject.person().displayName(), subject.person().username(),
                subject.answers(), courses);
    }

    private Anchor download(String person, ExportFormat format) {
        DownloadHandler handler = event -> {
            event.setFileName(exports.fileName(person, format));
            event.setContentType(format.contentType());
            try (OutputStream out = event.getOutputStream()) {
                exports.write(person, format, out);
            }
        };
        Anchor link = new Anchor(handler, t("review.data-export.download." + format.id()));
        link.setId("data-export-" + format.id());
        link.addClassName("secondary-link");
        return link;
    }

    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
