package org.colloquy.bench;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OverBudgetTest {

    @AfterEach
    void forgetTheSetting() {
        System.clearProperty(OverBudget.GO_ON);
    }

    @Test
    void aBenchmarkOverBudgetFailsAndNamesEveryFigure() {
        assertThatThrownBy(() -> OverBudget.enforce(List.of("p95 120 ms", "3 lost")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Over budget: p95 120 ms; 3 lost");
    }

    @Test
    void runAllGoesOnPastAFigureOverBudget() {
        System.setProperty(OverBudget.GO_ON, "false");

        assertThatCode(() -> OverBudget.enforce(List.of("p95 120 ms"))).doesNotThrowAnyException();
    }

    @Test
    void withinBudgetNothingHappens() {
        assertThatCode(() -> OverBudget.enforce(List.of())).doesNotThrowAnyException();
    }
}
