package org.colloquy.cohort.ui;

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
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.colloquy.base.i18n.Translated;
import org.jspecify.annotations.Nullable;
import org.colloquy.cohort.CohortInvitationService;
import org.colloquy.identity.OutgoingMail;
import org.colloquy.cohort.RosterEntry;
import org.colloquy.cohort.RosterImportResult;
import org.colloquy.cohort.RosterImportService;
import org.colloquy.cohort.RosterProblem;
import org.colloquy.base.ui.ApplicationAddress;
import org.colloquy.base.ui.ClipboardButton;
import java.util.Locale;
import org.colloquy.identity.UserRef;
import org.colloquy.identity.ui.IdentityPages;
import org.springframework.modulith.NamedInterface;

/**
 * Imports a class list into one cohort: the instructor pastes CSV or chooses a .csv file, and gets either every
 * problem of the list (nothing imported) or each student's one-time set-password link to hand out (also emailed to
 * her when this server sends email, and the summary says so).
 */
@NamedInterface("ui")
public class RosterImportPanel extends Div {

    static final int MAX_FILE_BYTES = 1_000_000;

    private final RosterImportService roster;
    private final CohortInvitationService invitations;
    private final OutgoingMail mail;
    private final long cohortId;
    private final TextArea csv = new TextArea();
    private final Upload upload = new Upload();
    private final Paragraph fileStatus = new Paragraph();
    private final Div result = new Div();
    private final Paragraph withdrawn = new Paragraph();
    private final Div invited = new Div();

    public RosterImportPanel(RosterImportService roster, CohortInvitationService invitations, OutgoingMail mail,
                             long cohortId) {
        this.roster = roster;
        this.invitations = invitations;
        this.mail = mail;
        this.cohortId = cohortId;
        addClassName("roster-import");

        csv.setLabel(getTranslation("account.roster.csv"));
        Paragraph explanation = new Paragraph(getTranslation("account.roster.explanation"));

        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> load(metadata.fileName(), bytes)));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setUploadButton(new Button(getTranslation("account.roster.choose-file")));
        upload.setDropLabel(new Span(getTranslation("account.roster.drop")));
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(event -> fileStatus.setText(event.getErrorMessage()));
        fileStatus.addClassName("roster-file-status");
        fileStatus.getElement().setAttribute("role", "status");

        csv.setId("roster-csv");
        csv.addClassName("roster-csv");
        csv.setWidthFull();
        csv.setPlaceholder(getTranslation("account.roster.placeholder"));
        csv.setHelperText(getTranslation("account.roster.csv-help"));

        Button importButton = new Button(getTranslation("account.roster.import"), click -> importRoster());
        importButton.setId("import-roster");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        result.addClassName("roster-result");
        result.getElement().setAttribute("aria-live", "polite");

        invited.addClassName("roster-invited");
        showInvited();
        withdrawn.addClassName("roster-withdrawn");
        withdrawn.getElement().setAttribute("role", "status");
        add(explanation, upload, fileStatus, csv, importButton, result,
                invited, withdrawn);
    }

    /** Who was invited from a list and has not answered yet: not in the class, none of their work shown. */
    private void showInvited() {
        invited.removeAll();
        List<UserRef> waiting = invitations.invited(cohortId);
        invited.setVisible(!waiting.isEmpty());
        if (!waiting.isEmpty()) {
            UnorderedList names = new UnorderedList();
            waiting.forEach(person -> names.add(invitedPerson(person)));
            invited.add(new H3(getTranslation("account.roster.invited-title", waiting.size())),
                    new Paragraph(getTranslation("account.roster.invited-explanation")), names);
        }
    }

    private ListItem invitedPerson(UserRef person) {
        Button withdraw = new Button(getTranslation("account.roster.withdraw"), click -> {
            invitations.withdraw(cohortId, person.id());
            showInvited();
            withdrawn.setText(getTranslation("account.roster.withdrawn", person.displayName()));
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        withdraw.addClassName("roster-withdraw");
        withdraw.setAriaLabel(getTranslation("account.roster.withdraw-label", person.displayName()));
        Span name = new Span(getTranslation("account.roster.invited-person", person.displayName(), person.username()));
        name.addClassName("roster-invited-name");
        return new ListItem(name, withdraw);
    }

    /** The upload's own texts (its refusals, progress and buttons) in the reader's language, not Vaadin's English. */
    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("account.upload.too-many"))
                        .setFileIsTooBig(getTranslation("account.upload.too-big"))
                        .setIncorrectFileType(getTranslation("account.upload.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("account.upload.connecting"))
                                .setStalled(getTranslation("account.upload.stalled"))
                                .setProcessing(getTranslation("account.upload.processing"))
                                .setHeld(getTranslation("account.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("account.upload.remaining"))
                                .setUnknown(getTranslation("account.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("account.upload.server-unavailable"))
                                .setUnexpectedServerError(getTranslation("account.upload.server-error"))
                                .setForbidden(getTranslation("account.upload.forbidden"))
                                .setFileTooLarge(getTranslation("account.upload.too-big"))))
                .setFile(new UploadI18N.File()
                        .setRetry(getTranslation("account.upload.retry"))
                        .setStart(getTranslation("account.upload.start"))
                        .setRemove(getTranslation("account.upload.remove")));
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
            fileStatus.setText(getTranslation("account.roster.loaded", fileName));
        } catch (CharacterCodingException e) {
            fileStatus.setText(getTranslation("account.roster.not-utf8", fileName));
        }
    }

    private void importRoster() {
        result.removeAll();
        switch (roster.importRoster(cohortId, csv.getValue())) {
            case RosterImportResult.Refused refused -> showProblems(refused.problems());
            case RosterImportResult.Imported imported -> {
                showImported(imported);
                showInvited();
                csv.clear();
                fireEvent(new ImportedEvent(this, imported.entries()));
            }
        }
    }

    private void showProblems(List<RosterProblem> problems) {
        Div box = new Div();
        box.addClassName("roster-problems");
        box.getElement().setAttribute("role", "alert");
        Paragraph summary = new Paragraph(getTranslation("account.roster.refused", problems.size()));
        summary.addClassName("roster-problems-summary");
        UnorderedList list = new UnorderedList();
        problems.forEach(problem -> list.add(new ListItem(problem.column() == null
                ? getTranslation("account.roster.problem-row", problem.row(), Translated.text(problem.reason()))
                : getTranslation("account.roster.problem-cell", problem.row(), problem.column(),
                        Translated.text(problem.reason())))));
        box.add(summary, list);
        result.add(box);
    }

    private void showImported(RosterImportResult.Imported imported) {
        List<LinkedEntry> rows = imported.entries().stream()
                .map(entry -> new LinkedEntry(entry, entry.setPasswordToken() == null
                        ? null : ApplicationAddress.of(IdentityPages.setPassword(entry.setPasswordToken()))))
                .toList();
        long existing = imported.entries().size() - imported.created();
        Paragraph summary = new Paragraph(getTranslation(mail.isSetUp() ? "account.roster.imported-emailed"
                : "account.roster.imported", imported.entries().size(),
                imported.created(), existing));
        summary.addClassName("roster-imported-summary");
        result.add(summary);
        if (imported.invited() > 0) {
            Paragraph invitedSummary = new Paragraph(getTranslation("account.roster.invited-summary", imported.invited()));
            invitedSummary.addClassName("roster-invited-summary");
            result.add(invitedSummary);
        }
        result.add(copyAllButton(rows), grid(rows));
    }

    private Grid<LinkedEntry> grid(List<LinkedEntry> rows) {
        Grid<LinkedEntry> grid = new Grid<>();
        grid.addClassName("roster-links");
        grid.addColumn(row -> row.entry().name()).setHeader(getTranslation("account.roster.name"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.entry().email()).setHeader(getTranslation("account.roster.email"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::linkCell).setHeader(getTranslation("account.roster.link")).setFlexGrow(3);
        grid.addColumn(row -> getTranslation("account.roster.account." + row.entry().account().name()
                .toLowerCase(Locale.ROOT).replace('_', '-')))
                .setHeader(getTranslation("account.roster.account")).setFlexGrow(1);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 25);
        return grid;
    }

    private Div linkCell(LinkedEntry row) {
        Div cell = new Div();
        cell.addClassName("link-cell");
        if (row.link() == null) {
            Span none = new Span(getTranslation("account.roster.no-link"));
            none.addClassName("no-link");
            cell.add(none);
        } else {
            Span link = new Span(row.link());
            link.addClassName("setup-link");
            cell.add(link, ClipboardButton.copying(row.link(), getTranslation("account.copy")));
        }
        return cell;
    }

    private Button copyAllButton(List<LinkedEntry> rows) {
        String all = rows.stream()
                .filter(row -> row.link() != null)
                .map(row -> row.entry().name() + " <" + row.entry().email() + ">\t" + row.link())
                .collect(Collectors.joining("\n"));
        Button button = ClipboardButton.copying(all, getTranslation("account.roster.copy-all"));
        button.setId("copy-all-links");
        button.setEnabled(!all.isEmpty());
        return button;
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
