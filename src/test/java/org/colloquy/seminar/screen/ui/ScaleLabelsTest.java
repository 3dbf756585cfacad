package org.colloquy.seminar.screen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import java.util.List;
import java.util.Locale;
import org.colloquy.IntegrationTest;
import org.colloquy.seminar.session.ChoiceCount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.colloquy.seminar.audience.ui.AudienceView;

@IntegrationTest
@ViewPackages(classes = AudienceView.class)
class ScaleLabelsTest extends SpringBrowserlessTest {

    @AfterEach
    void backToEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void aRussianProjectorNamesThePointsOfTheScaleInRussian() {
        UI.getCurrent().setLocale(Locale.of("ru", "RU"));

        Div chart = DistributionChart.of("Позиции", List.of(new DistributionChart.Series("Сейчас", List.of(
                new ChoiceCount("Disagree", 1, 2), new ChoiceCount("Agree", 2, 4)), "#4f8cff")), false);

        String described = chart.getChildren().filter(Image.class::isInstance).map(Image.class::cast).findFirst()
                .orElseThrow().getAlt().orElseThrow();
        assertThat(described).contains("Не согласен 1").contains("Согласен 2").doesNotContain("Agree");
    }

    @Test
    void aPollsOptionsStayAsTheCourseWroteThem() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        Div chart = DistributionChart.of("投票", List.of(new DistributionChart.Series("现在", List.of(
                new ChoiceCount("A stronger state", 3, 0)), "#4f8cff")), true);

        String described = chart.getChildren().filter(Image.class::isInstance).map(Image.class::cast).findFirst()
                .orElseThrow().getAlt().orElseThrow();
        assertThat(described).contains("A stronger state 3");
    }
}
