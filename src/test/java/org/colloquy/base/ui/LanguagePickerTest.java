package org.colloquy.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.base.i18n.InterfaceLanguage;
import org.colloquy.base.i18n.LanguagePreference;
import org.colloquy.lesson.ui.HomeView;
import org.colloquy.lesson.ui.MyWorkView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = {HomeView.class, MyWorkView.class, MainLayout.class})
class LanguagePickerTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    LanguagePreference preference;
    @Autowired
    LanguageSwitch languages;

    @AfterEach
    void signOut() {
        UI.getCurrent().getSession().setAttribute(LanguageChoice.class, null);
        accounts.signOut();
    }

    @Test
    void theTopBarOffersEveryLanguageByItsOwnName() {
        accounts.signInNew("student", Role.STUDENT);
        navigate(MyWorkView.class);

        String buttons = picker().buttonsMarkup();
        assertThat(buttons).contains(">English<", ">中文<", ">Русский<");
        assertThat(buttons).contains("id=\"language-en\" lang=\"en\" data-language=\"en\" aria-pressed=\"true\"");
        assertThat(buttons).contains("id=\"language-zh\" lang=\"zh\" data-language=\"zh\" aria-pressed=\"false\"");
    }

    @Test
    void aStudentWhoPicksRussianReadsTheInterfaceInRussianAndKeepsIt() {
        accounts.signInNew("student", Role.STUDENT);
        navigate(MyWorkView.class);
        assertThat(heading()).isEqualTo("My work");

        LanguagePickerClicks.pick(picker(), "ru");
        navigate(MyWorkView.class);

        assertThat(heading()).isEqualTo("Мои работы");
        assertThat(navigationLabels()).containsExactly("Курсы", "Мои работы");
        assertThat(picker().buttonsMarkup()).contains("data-language=\"ru\" aria-pressed=\"true\"");
        assertThat(preference.stored()).contains(InterfaceLanguage.RUSSIAN);
    }

    @Test
    void aRussianStudentOnBadWifiIsToldInRussianThatTheConnectionIsLostAndHerTextIsKept() {
        accounts.signInNew("student", Role.STUDENT);
        UI.getCurrent().getSession().setAttribute(LanguageChoice.class, null);
        preference.store(InterfaceLanguage.RUSSIAN);

        languages.apply(UI.getCurrent());

        var connection = UI.getCurrent().getReconnectDialogConfiguration();
        assertThat(connection.getDialogText()).startsWith("Связь потеряна. Подключаемся снова");
        assertThat(connection.getDialogTextGaveUp()).startsWith("Нет связи с Colloquy");
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void aStoredChoiceIsAppliedWhenThePersonSignsIn() {
        UserRef student = accounts.signInNew("student", Role.STUDENT);
        preference.store(InterfaceLanguage.CHINESE);
        accounts.signOut();
        UI.getCurrent().getSession().setAttribute(LanguageChoice.class, null);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        accounts.signIn(student);
        languages.apply(UI.getCurrent());
        navigate(MyWorkView.class);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(InterfaceLanguage.CHINESE.locale());
        assertThat(heading()).isEqualTo("我的作业");
        assertThat(navigationLabels()).containsExactly("课程", "我的作业");
    }

    @Test
    void aChoiceMadeBeforeSigningInBecomesTheAccountsChoice() {
        accounts.signInAnonymously();
        UI.getCurrent().getSession().setAttribute(LanguageChoice.class,
                new LanguageChoice(null, InterfaceLanguage.RUSSIAN));
        UserRef student = accounts.create("student", Role.STUDENT);

        accounts.signIn(student);
        languages.apply(UI.getCurrent());

        assertThat(preference.stored()).contains(InterfaceLanguage.RUSSIAN);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(InterfaceLanguage.RUSSIAN.locale());
    }

    private LanguagePicker picker() {
        return find(LanguagePicker.class).single();
    }


    private String heading() {
        return find(H1.class).single().getText();
    }

    private List<String> navigationLabels() {
        return find(RouterLink.class).all().stream().map(PlainText::of).toList();
    }
}
