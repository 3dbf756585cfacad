package org.colloquy.identity;

/** What a list of people is sorted by. */
public enum PeopleOrder {
    NAME("displayName"), USERNAME("username"), EMAIL("email"), CREATED("createdAt"), LAST_SIGN_IN("lastSignInAt");

    private final String property;

    PeopleOrder(String property) {
        this.property = property;
    }

    String property() {
        return property;
    }
}
