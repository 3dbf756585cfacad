package org.colloquy;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: Lumo plus our own stylesheet, served without an npm build. No {@code @Push} here: a push
 * connection costs about 130 KiB of server memory per tab, so live views switch it on for their own UI
 * (docs/decisions/0008).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "color-scheme", content = "light")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Colloquy");
        settings.addFavIcon("icon", "icons/colloquy.svg", "any");
    }
}
