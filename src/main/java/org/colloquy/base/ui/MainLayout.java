package org.colloquy.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The frame around every signed-in view: a top bar with the views the signed-in roles may open (read from the
 * views' {@code @Menu} annotations and their access rules), notices, and sign-out; on a narrow screen these fold
 * under a menu button, so the bar is one row. Plain elements rather than an app layout with a drawer, because this
 * frame is part of every session's memory (docs/performance.md).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout {

    private static final Pattern MENU_KEY = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    /**
     * The page's base address is the application root, so "#main-content" would make the router open the home
     * view; the skip link moves focus to the view's main region itself instead.
     */
    private static final String SKIP_TO_MAIN = """
            this.addEventListener('click', event => {
              const main = document.getElementById('main-content');
              if (!main) { return; }
              event.preventDefault();
              main.setAttribute('tabindex', '-1');
              main.focus();
            });""";
    /**
     * On a narrow screen the navigation and the account's controls fold under the menu button (styles.css shows the
     * button only there). It opens and closes in the browser, without a round trip; Escape closes it and gives the
     * focus back to the button, and so does following a link in it, as the top bar stays while the page changes. While
     * notices wait unread in the folded menu, the button's spoken name says so, as its dot shows it.
     */
    private static final String MENU_TOGGLE = """
            const button = this;
            const bar = button.closest('.top-bar');
            const menu = bar.querySelector('.top-bar-menu');
            const setOpen = open => {
              bar.classList.toggle('menu-open', open);
              button.setAttribute('aria-expanded', String(open));
            };
            button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
            bar.addEventListener('keydown', event => {
              if (event.key === 'Escape' && bar.classList.contains('menu-open')) {
                setOpen(false);
                button.focus();
              }
            });
            menu.addEventListener('click', event => {
              if (event.target.closest('a')) { setOpen(false); }
            });
            const sayUnread = () => {
              const notices = menu.querySelector('.notice-badge') && menu.querySelector('#notice-link');
              if (notices) {
                button.setAttribute('aria-label', $0.replace('{0}', notices.getAttribute('aria-label') || ''));
              } else {
                button.removeAttribute('aria-label');
              }
            };
            new MutationObserver(sayUnread).observe(menu, {subtree: true, childList: true, attributes: true,
                attributeFilter: ['aria-label']});
            sayUnread();""";

    private final Div content = new Div();

    MainLayout(AuthenticationContext authentication, List<NavbarItem> navbarItems, LanguageSwitch languages,
               ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        addClassName("app-frame");
        Anchor skipLink = PlainText.set(new Anchor("#main-content", ""), getTranslation("base.skip-to-content"));
        skipLink.addClassName("skip-link");
        skipLink.getElement().executeJs(SKIP_TO_MAIN);
        Anchor brand = PlainText.set(new Anchor("", ""), getTranslation("base.brand"));
        brand.addClassName("brand");

        Nav nav = new Nav();
        nav.addClassName("main-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("base.main-navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            RouterLink link = new RouterLink();
            link.setRoute(Objects.requireNonNull(entry.menuClass()));
            PlainText.set(link, menuTitle(entry.title()));
            link.setHighlightCondition((routerLink, event) -> event.getLocation().getPath().equals(
                    entry.path().replaceFirst("^/", "")));
            nav.add(link);
        }

        Div account = new Div();
        account.addClassName("account-bar");
        signedInName(securityContexts).ifPresent(name -> {
            navbarItems.forEach(item -> item.create().ifPresent(account::add));
            Span who = PlainText.set(new Span(), getTranslation("base.signed-in-as", name));
            who.addClassName("signed-in-as");
            NativeButton logout = PlainText.set(new NativeButton("", click -> authentication.logout()),
                    getTranslation("base.sign-out"));
            logout.addClassName("link-button");
            logout.setId("sign-out");
            account.add(who, logout);
        });

        account.add(languages.picker());

        Div menu = new Div(nav, account);
        menu.setId("top-bar-menu");
        menu.addClassName("top-bar-menu");
        NativeButton menuButton = PlainText.set(new NativeButton(), getTranslation("base.menu"));
        menuButton.setId("menu-button");
        menuButton.addClassName("menu-button");
        menuButton.getElement().setAttribute("aria-expanded", "false");
        menuButton.getElement().setAttribute("aria-controls", "top-bar-menu");
        menuButton.getElement().executeJs(MENU_TOGGLE, getTranslation("base.menu.with-unread"));

        Header header = new Header(skipLink, brand, menuButton, menu);
        header.addClassName("top-bar");
        content.addClassName("app-content");
        add(header, content);
    }

    /** A view's {@code @Menu} title is a message key ({@code lesson.my-work.title}); a plain title is shown as it is. */
    private String menuTitle(String title) {
        return MENU_KEY.matcher(title).matches() ? getTranslation(title) : title;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }

    /**
     * Who is signed in, read from the same security context holder as the services' access checks, so the frame
     * never offers a signed-in person's items (notices) to a request the services see as anonymous.
     */
    private static Optional<String> signedInName(ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        Authentication signedIn = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)
                .getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(signedIn.getName());
    }
}
