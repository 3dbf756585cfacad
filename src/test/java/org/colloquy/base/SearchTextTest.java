package org.colloquy.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void chineseIsFoundAsTyped() {
        assertThat(SearchText.contains("中俄关系经历了三个阶段", SearchText.folded("三个阶段"))).isTrue();
        assertThat(SearchText.contains("中俄关系经历了三个阶段", SearchText.folded("贸易"))).isFalse();
    }

    @Test
    void cyrillicIsFoundInAnyCaseAndWithOrWithoutTheDotsOfYo() {
        assertThat(SearchText.contains("Всё решила ЭНЕРГЕТИКА", SearchText.folded("энергетика"))).isTrue();
        assertThat(SearchText.contains("Всё решила ЭНЕРГЕТИКА", SearchText.folded("ВСЕ"))).isTrue();
        assertThat(SearchText.contains("все решили", SearchText.folded("всё"))).isTrue();
    }

    @Test
    void fullWidthLettersAndDigitsMatchOrdinaryOnes() {
        assertThat(SearchText.folded("ＡＢＣ１２３")).isEqualTo("abc123");
    }
}
