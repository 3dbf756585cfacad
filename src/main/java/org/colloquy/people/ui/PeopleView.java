package org.colloquy.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.identity.AccountAdministration;
import org.colloquy.identity.OutgoingMail;
import org.colloquy.identity.PeopleOrder;
import org.colloquy.identity.Person;
import org.colloquy.identity.Role;
import org.colloquy.people.AuditEntry;
import org.colloquy.people.PeopleService;
import org.colloquy.people.PersonRow;
import org.jspecify.annotations.Nullable;

/**
 * Everyone with an account, for admins (decision 0043): searched and sorted a page at a time; invitations, roles,
 * password links, deactivation; and the record of every change on its own tab.
 */
@Route("admin/people")
@Menu(order = 9, title = "people.title")
@RolesAllowed("ADMIN")
class PeopleView extends Main implements HasDynamicTitle {

    private static final int SEARCH_DELAY_MS = 300;
    /** As on the class page: vaadin-tabs 25.2 makes its scroller focusable, which axe flags (aria-required-children). */
    private static final String UNFOCUSABLE_TAB_SCROLLER = """
            const tabs = this.querySelector('vaadin-tabs');
            customElements.whenDefined('vaadin-tabs').then(() => tabs.updateComplete).then(() =>
                tabs.shadowRoot.querySelector('[part="tabs"]').removeAttribute('tabindex'));""";

    private final PeopleService people;
    private final AccountAdministration administration;
    private final OutgoingMail mail;
    private final TextField search = new TextField();
    private final Select<Optional<Role>> roleFilter = new Select<>();
    private final Grid<PersonRow> grid = new Grid<>();
    private final Grid<AuditEntry> changes = new Grid<>();

    PeopleView(PeopleService people, AccountAdministration administration, OutgoingMail mail) {
        this.people = people;
        this.administration = administration;
        this.mail = mail;
        setId("main-content");
        addClassNames("page", "people-view");

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("people.tab.everyone"), everyone()).setId("tab-everyone");
        tabs.add(getTranslation("people.tab.changes"), changes()).setId("tab-changes");
        tabs.addSelectedChangeListener(change -> changes.getDataProvider().refreshAll());
        tabs.getElement().executeJs(UNFOCUSABLE_TAB_SCROLLER);
        add(new H1(getTranslation("people.title")), new Paragraph(getTranslation("people.intro")), tabs);
    }

    private Div everyone() {
        search.setLabel(getTranslation("people.search"));
        search.setId("people-search");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(SEARCH_DELAY_MS);
        search.addValueChangeListener(changed -> grid.getDataProvider().refreshAll());

        roleFilter.setLabel(getTranslation("people.role-filter"));
        roleFilter.setId("people-role-filter");
        roleFilter.setItems(Optional.empty(), Optional.of(Role.STUDENT), Optional.of(Role.INSTRUCTOR),
                Optional.of(Role.SEMINAR_LEADER), Optional.of(Role.ADMIN));
        roleFilter.setItemLabelGenerator(role -> role.map(this::roleName).orElse(getTranslation("people.all-roles")));
        roleFilter.setValue(Optional.empty());
        roleFilter.addValueChangeListener(changed -> grid.getDataProvider().refreshAll());

        Button invite = new Button(getTranslation("people.invite.open"), VaadinIcon.PLUS.create());
        invite.setId("people-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> new InviteDialog(administration, mail,
                () -> grid.getDataProvider().refreshAll()).open());

        Div toolbar = new Div(search, roleFilter, invite);
        toolbar.addClassName("people-toolbar");

        grid.setId("people-grid");
        grid.addColumn(row -> row.person().displayName()).setHeader(getTranslation("people.column.name"))
                .setSortProperty(PeopleOrder.NAME.name()).setWidth("9rem").setFlexGrow(1);
        grid.addColumn(row -> row.person().username()).setHeader(getTranslation("people.column.username"))
                .setSortProperty(PeopleOrder.USERNAME.name()).setWidth("8rem");
        grid.addColumn(row -> Optional.ofNullable(row.person().email()).orElse(""))
                .setHeader(getTranslation("people.column.email")).setSortProperty(PeopleOrder.EMAIL.name())
                .setWidth("12rem");
        grid.addColumn(row -> roleNames(row.person().roles())).setHeader(getTranslation("people.column.roles"))
                .setWidth("9rem");
        grid.addColumn(row -> String.join(", ", row.classes())).setHeader(getTranslation("people.column.classes"))
                .setWidth("9rem");
        grid.addColumn(row -> row.person().lastSignInAt() == null ? getTranslation("people.never")
                        : TimeDisplay.dateTime(row.person().lastSignInAt()))
                .setHeader(getTranslation("people.column.last-sign-in")).setSortProperty(PeopleOrder.LAST_SIGN_IN.name())
                .setWidth("9rem");
        grid.addComponentColumn(row -> {
            Span state = new Span(getTranslation(row.person().active() ? "people.active" : "people.deactivated"));
            state.addClassNames("person-state", row.person().active() ? "person-active" : "person-deactivated");
            return state;
        }).setHeader(getTranslation("people.column.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> {
            Button manage = new Button(getTranslation("people.manage"));
            manage.addThemeVariants(ButtonVariant.LUMO_SMALL);
            manage.getElement().setAttribute("aria-label",
                    getTranslation("people.manage-label", row.person().displayName()));
            manage.addClickListener(click -> open(row.person()));
            return manage;
        }).setHeader(getTranslation("people.column.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumns().getFirst(), SortDirection.ASCENDING)));
        grid.setItems(query -> {
            QuerySortOrder order = query.getSortOrders().stream().findFirst()
                    .orElse(new QuerySortOrder(PeopleOrder.NAME.name(), SortDirection.ASCENDING));
            return people.people(search.getValue(), role(), query.getOffset(), query.getLimit(),
                    PeopleOrder.valueOf(order.getSorted()), order.getDirection() == SortDirection.DESCENDING).stream();
        }, query -> (int) Math.min(Integer.MAX_VALUE, people.count(search.getValue(), role())));
        grid.setAllRowsVisible(false);
        grid.setHeight("28em");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setColumnReorderingAllowed(false);

        Div part = new Div(toolbar, grid);
        part.addClassName("people-everyone");
        return part;
    }

    private Div changes() {
        changes.setId("people-changes");
        changes.addColumn(entry -> TimeDisplay.dateTime(entry.at())).setHeader(getTranslation("people.audit.when"))
                .setAutoWidth(true);
        changes.addColumn(entry -> entry.actor() == null ? getTranslation("people.audit.herself") : entry.actor())
                .setHeader(getTranslation("people.audit.who")).setAutoWidth(true);
        changes.addColumn(entry -> entry.subjectUsername().isEmpty() ? entry.subject()
                        : getTranslation("people.audit.person", entry.subject(), entry.subjectUsername()))
                .setHeader(getTranslation("people.audit.person-column")).setAutoWidth(true);
        changes.addColumn(this::what).setHeader(getTranslation("people.audit.what")).setFlexGrow(1);
        changes.setItems(query -> people.changes(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, people.changeCount()));
        changes.setHeight("24em");
        Div part = new Div(new Paragraph(getTranslation("people.audit.intro")), changes);
        part.addClassName("people-changes");
        return part;
    }

    private String what(AuditEntry entry) {
        String change = getTranslation("people.audit.change." + entry.change().name());
        return switch (entry.change()) {
            case ROLES_CHANGED -> getTranslation("people.audit.roles-changed", change, roleNames(entry.rolesBefore()),
                    roleNames(entry.rolesAfter()));
            case INVITED -> getTranslation("people.audit.invited-as", change, roleNames(entry.rolesAfter()));
            default -> change;
        };
    }

    private void open(Person person) {
        new PersonDialog(person, administration, mail, () -> grid.getDataProvider().refreshAll()).open();
    }

    private @Nullable Role role() {
        return roleFilter.getValue() == null ? null : roleFilter.getValue().orElse(null);
    }

    private String roleName(Role role) {
        return getTranslation("people.role." + role.name());
    }

    private String roleNames(Collection<Role> roles) {
        return roles.isEmpty() ? "—" : roles.stream().sorted().map(this::roleName).collect(Collectors.joining(", "));
    }

    /** The roles to choose from, each by its name in the viewer's language. */
    static CheckboxGroup<Role> roleChoice(String label, Set<Role> offered) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(label);
        roles.setItems(offered.stream().sorted().toList());
        roles.setItemLabelGenerator(role -> roles.getTranslation("people.role." + role.name()));
        return roles;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-title", getTranslation("people.title"));
    }
}
