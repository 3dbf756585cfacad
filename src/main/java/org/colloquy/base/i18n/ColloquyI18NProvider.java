package org.colloquy.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vaadin's source of interface text. Vaadin picks the session's first locale from the browser's languages among
 * {@link #getProvidedLocales()}; a signed-in user's own choice replaces it.
 */
@Component
public class ColloquyI18NProvider implements I18NProvider {

    private final MessageBundles bundles = MessageBundles.shared();

    @Override
    public List<Locale> getProvidedLocales() {
        return InterfaceLanguage.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return bundles.text(key, InterfaceLanguage.closestTo(locale), params);
    }
}
