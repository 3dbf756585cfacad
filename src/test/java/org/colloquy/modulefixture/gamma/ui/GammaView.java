package org.colloquy.modulefixture.gamma.ui;

import org.colloquy.modulefixture.alpha.ui.AlphaView;

/** Uses alpha's view itself, which the module rules forbid. */
public class GammaView {

    public String alphaTitle() {
        return new AlphaView().title();
    }
}
