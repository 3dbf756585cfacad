package org.colloquy.account.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.colloquy.account.RosterEntry;
import org.colloquy.account.RosterImportResult;
import org.colloquy.account.RosterImportService;
import org.colloquy.account.RosterProblem;

/**
 * Imports a class list into one cohort: the instructor pastes CSV or chooses a .csv file, and gets either every
 * problem of the list (nothing imported) or each student's one-time set-password link to hand out.
 */
public class RosterImportPanel extends Div {

    static final int MAX_FILE_BYTES = 1_000_000;

    private final RosterImportService roster;
    private final long cohortId;
    private final TextArea csv = new TextArea("Class list (CSV)");
    private final Upload upload = new Upload();
    private final Paragraph fileStatus = new Paragraph();
    private final Div result = new Div();

    public RosterImportPanel(RosterImportService roster, long cohortId) {
        this.roster = roster;
        this.cohortId = cohortId;
        addClassName("roster-import");

        Paragraph explanation = new Paragraph("A CSV file as a spreadsheet saves it: a header row name,email, then one "
                + "row per student. Every new student gets a one-time link to choose a password; links work for 14 days. "
                + "If any row has a problem, nothing is imported and every problem is listed.");

        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> load(metadata.fileName(), bytes)));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setUploadButton(new Button("Choose a .csv file…"));
        upload.setDropLabel(new Span("or drop it here"));
        upload.addFileRejectedListener(event -> fileStatus.setText(event.getErrorMessage()));
        fileStatus.addClassName("roster-file-status");
        fileStatus.getElement().setAttribute("role", "status");

        csv.setId("roster-csv");
        csv.addClassName("roster-csv");
        csv.setWidthFull();
        csv.setPlaceholder("name,email\nAna Petrova,ana.petrova@example.org\n\"Liu, Ben\",ben.liu@example.org");
        csv.setHelperText("Paste the list here, or choose a file above to fill it in.");

        Button importButton = new Button("Import students", click -> importRoster());
        importButton.setId("import-roster");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        result.addClassName("roster-result");
        result.getElement().setAttribute("aria-live", "polite");

        add(new H3("Import students from a class list"), explanation, upload, fileStatus, csv, importButton, result);
    }

    public Registration addImportedListener(ComponentEventListener<ImportedEvent> listener) {
        return addListener(ImportedEvent.class, listener);
    }

    private void load(String fileName, byte[] bytes) {
        upload.clearFileList();
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            csv.setValue(text);
            fileStatus.setText("Loaded “" + fileName + "”. Check the list below, then press Import students.");
        } catch (CharacterCodingException e) {
            fileStatus.setText("“" + fileName + "” is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8” "
                    + "and choose the file again.");
        }
    }

    private void importRoster() {
        result.removeAll();
        switch (roster.importRoster(cohortId, csv.getValue())) {
            case RosterImportResult.Refused refused -> showProblems(refused.problems());
            case RosterImportResult.Imported imported -> {
                showImported(imported);
                csv.clear();
                fireEvent(new ImportedEvent(this, imported.entries()));
            }
        }
    }

    private void showProblems(List<RosterProblem> problems) {
        Div box = new Div();
        box.addClassName("roster-problems");
        box.getElement().setAttribute("role", "alert");
        Paragraph summary = new Paragraph("Nothing was imported: the class list has " + count(problems.size(), "problem")
                + ". Fix " + (problems.size() == 1 ? "it" : "them") + " and import again.");
        summary.addClassName("roster-problems-summary");
        UnorderedList list = new UnorderedList();
        problems.forEach(problem -> list.add(new ListItem(problem.toString())));
        box.add(summary, list);
        result.add(box);
    }

    private void showImported(RosterImportResult.Imported imported) {
        List<LinkedEntry> rows = imported.entries().stream()
                .map(entry -> new LinkedEntry(entry, entry.setPasswordPath() == null
                        ? null : ApplicationAddress.of(entry.setPasswordPath())))
                .toList();
        long existing = imported.entries().size() - imported.created();
        Paragraph summary = new Paragraph("Imported " + count(imported.entries().size(), "student") + ": "
                + count(imported.created(), "new account") + ", " + existing + " already had one. Hand each student "
                + "their link: it works once, for 14 days. Press Copy, or click a link to select it.");
        summary.addClassName("roster-imported-summary");
        result.add(summary, copyAllButton(rows), grid(rows));
    }

    private static Grid<LinkedEntry> grid(List<LinkedEntry> rows) {
        Grid<LinkedEntry> grid = new Grid<>();
        grid.addClassName("roster-links");
        grid.addColumn(row -> row.entry().name()).setHeader("Name").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.entry().email()).setHeader("Email").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(RosterImportPanel::linkCell).setHeader("Set-password link").setFlexGrow(3);
        grid.addColumn(row -> row.entry().account().description()).setHeader("Account").setFlexGrow(1);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 25);
        return grid;
    }

    private static Div linkCell(LinkedEntry row) {
        Div cell = new Div();
        cell.addClassName("link-cell");
        if (row.link() == null) {
            Span none = new Span("No link needed");
            none.addClassName("no-link");
            cell.add(none);
        } else {
            Span link = new Span(row.link());
            link.addClassName("setup-link");
            cell.add(link, ClipboardButton.copying(row.link(), "Copy"));
        }
        return cell;
    }

    private static Button copyAllButton(List<LinkedEntry> rows) {
        String all = rows.stream()
                .filter(row -> row.link() != null)
                .map(row -> row.entry().name() + " <" + row.entry().email() + ">\t" + row.link())
                .collect(Collectors.joining("\n"));
        Button button = ClipboardButton.copying(all, "Copy all links");
        button.setId("copy-all-links");
        button.setEnabled(!all.isEmpty());
        return button;
    }

    private static String count(long number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }

    private record LinkedEntry(RosterEntry entry, @Nullable String link) {
    }

    /** Fired after a class list was imported, for the page around the panel to refresh its list of students. */
    public static class ImportedEvent extends ComponentEvent<RosterImportPanel> {

        private final List<RosterEntry> entries;

        ImportedEvent(RosterImportPanel source, List<RosterEntry> entries) {
            super(source, false);
            this.entries = List.copyOf(entries);
        }

        public List<RosterEntry> entries() {
            return entries;
        }
    }
}
