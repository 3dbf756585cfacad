package org.colloquy.argument;

public enum Side {
    FOR("For the claim"), AGAINST("Against the claim");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
