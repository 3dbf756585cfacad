package org.colloquy.modulefixture.alpha.ui;

/** Alpha's page: its own business. */
public class AlphaView {

    static final String ROUTE = "alpha";

    public String title() {
        return "Alpha";
    }
}
