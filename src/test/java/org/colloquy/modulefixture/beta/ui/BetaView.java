package org.colloquy.modulefixture.beta.ui;

import org.colloquy.modulefixture.alpha.ui.AlphaPages;

/** Links to alpha's page the way the module rules allow. */
public class BetaView {

    public String linkToAlpha() {
        return AlphaPages.alpha("one");
    }
}
