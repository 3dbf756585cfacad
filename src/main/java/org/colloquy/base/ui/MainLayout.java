package org.colloquy.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;

/**
 * The frame around every signed-in view. Its navigation lists only the views the signed-in roles may open,
 * read from the views' {@code @Menu} annotations and their access rules.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication, List<NavbarItem> navbarItems) {
        Anchor skipLink = new Anchor("#main-content", "Skip to content");
        skipLink.addClassName("skip-link");

        Span brand = new Span("Colloquy");
        brand.addClassName("brand");

        HorizontalLayout account = new HorizontalLayout();
        account.addClassName("account-bar");
        account.setAlignItems(HorizontalLayout.Alignment.CENTER);
        authentication.getPrincipalName().ifPresent(name -> {
            navbarItems.forEach(item -> item.create().ifPresent(account::add));
            Span who = new Span("Signed in as " + name);
            who.addClassName("signed-in-as");
            Button logout = new Button("Sign out", click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            account.add(who, logout);
        });

        addToNavbar(skipLink, new DrawerToggle(), brand, account);
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel("Main");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(entry.title(), entry.path()));
        }
        return nav;
    }
}
