package org.colloquy.modulefixture.alpha.ui;

/** The way other features open alpha's page. */
public final class AlphaPages {

    private AlphaPages() {
    }

    public static String alpha(String key) {
        return AlphaView.ROUTE + "/" + key;
    }
}
