package org.colloquy.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.colloquy.base.ui.PlainText;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.mail.MailAdminService;
import org.colloquy.mail.MailStatus;
import org.colloquy.mail.OutboxEntry;

/** An admin sees which messages failed or still wait to be sent, and sends a failed one again. */
@Route("admin/mail")
@Menu(order = 13, title = "mail.admin.title")
@RolesAllowed("ADMIN")
class MailAdminView extends Main implements HasDynamicTitle {

    private final MailAdminService mail;
    private final Paragraph result = new Paragraph();
    private final Div list = new Div();

    MailAdminView(MailAdminService mail) {
        this.mail = mail;
        setId("main-content");
        addClassNames("page", "mail-admin-view");
        result.setId("mail-admin-result");
        result.getElement().setAttribute("role", "status");
        list.setId("mail-outbox");
        Paragraph explanation = PlainText.set(new Paragraph(), mail.sendingOn()
                ? getTranslation("mail.admin.explanation", mail.maxAttempts()) : getTranslation("mail.admin.off"));
        explanation.setId("mail-admin-explanation");
        add(new H1(getTranslation("mail.admin.title")), explanation, result, list);
        show(mail.unsent());
    }

    private void show(List<OutboxEntry> entries) {
        list.removeAll();
        if (entries.isEmpty()) {
            list.add(PlainText.set(new Paragraph(), getTranslation("mail.admin.empty")));
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassName("mail-outbox-table");
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("mail.admin.status", "mail.admin.kind", "mail.admin.to", "mail.admin.subject",
                "mail.admin.attempts", "mail.admin.next", "mail.admin.error")) {
            PlainText.set(head.addHeaderCell(), getTranslation(key));
        }
        head.addHeaderCell();
        for (OutboxEntry entry : entries) {
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("mail-" + entry.status().name().toLowerCase(java.util.Locale.ROOT));
            PlainText.set(row.addDataCell(), getTranslation("mail.status." + entry.status().name()));
            PlainText.set(row.addDataCell(), getTranslation("mail.kind." + entry.kind().name()));
            PlainText.set(row.addDataCell(), entry.address() == null ? getTranslation("mail.admin.no-address")
                    : entry.address());
            PlainText.set(row.addDataCell(), entry.subject());
            PlainText.set(row.addDataCell(), String.valueOf(entry.attempts()));
            PlainText.set(row.addDataCell(), entry.status() == MailStatus.PENDING
                    ? TimeDisplay.dateTime(entry.nextAttemptAt()) : "");
            PlainText.set(row.addDataCell(), entry.lastError() == null ? "" : entry.lastError());
            var action = row.addDataCell();
            if (entry.status() == MailStatus.FAILED) {
                Button retry = new Button(getTranslation("mail.admin.retry"), click -> retry(entry.id()));
                retry.setId("mail-retry-" + entry.id());
                action.add(retry);
            }
        }
        list.add(table);
    }

    private void retry(long id) {
        if (mail.retry(id)) {
            PlainText.set(result, getTranslation("mail.admin.retried"));
        }
        show(mail.unsent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-title", getTranslation("mail.admin.title"));
    }
}
