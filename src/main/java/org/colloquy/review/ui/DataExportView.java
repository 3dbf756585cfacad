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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Optional;
import org.colloquy.review.DataSubject;
import org.colloquy.review.ExportFormat;
import org.colloquy.review.StudentDataExportService;

/** A data-subject request: find a person by username, then download everything they wrote. */
@Route("admin/data-export")
@PageTitle("Data export · Colloquy")
@Menu(order = 10, title = "Data export")
@RolesAllowed("ADMIN")
public class DataExportView extends Main {

    private final StudentDataExportService exports;
    private final TextField username = new TextField("Username");
    private final Div result = new Div();

    DataExportView(StudentDataExportService exports) {
        this.exports = exports;
        setId("main-content");
        addClassNames("page", "data-export-view");
        username.setId("data-export-username");
        username.setHelperText("Exactly as the person signs in with it.");
        Button find = new Button("Find", click -> find());
        find.setId("data-export-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);
        result.setId("data-export-result");
        add(new H1("Data export"),
                new Paragraph("For a data-subject request: every answer one person wrote, in every course, with the "
                        + "feedback on it, as JSON or CSV."),
                new Div(username, find), result);
    }

    private void find() {
        result.removeAll();
        String typed = username.getValue().strip();
        if (typed.isEmpty()) {
            refuse("Enter the username of the person whose data you want to export.");
            return;
        }
        Optional<DataSubject> found = exports.find(typed);
        if (found.isEmpty()) {
            refuse("No account has the username “" + typed + "”. Check the spelling: usernames are matched exactly.");
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
        return "%s (%s): %d %s in %d %s.".formatted(subject.person().displayName(), subject.person().username(),
                subject.answers(), subject.answers() == 1 ? "answer" : "answers", courses,
                courses == 1 ? "course" : "courses");
    }

    private Anchor download(String person, ExportFormat format) {
        DownloadHandler handler = event -> {
            event.setFileName(exports.fileName(person, format));
            event.setContentType(format.contentType());
            try (OutputStream out = event.getOutputStream()) {
                exports.write(person, format, out);
            }
        };
        Anchor link = new Anchor(handler, "Download " + format.name());
        link.setId("data-export-" + format.extension());
        link.addClassName("secondary-link");
        return link;
    }
}
