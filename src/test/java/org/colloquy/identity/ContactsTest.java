package org.colloquy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.colloquy.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Whoever writes to a person after the fact finds her name, address and language. */
@IntegrationTest
class ContactsTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    Contacts contacts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_person_whose_username_is_an_email_address_is_reached_there_in_english_until_she_chooses() {
        String address = "zoe-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UserRef zoe = accounts.createExactly(address, "Zoe", "her-password", Role.STUDENT);

        assertThat(contacts.of(zoe.id())).hasValueSatisfying(contact -> {
            assertThat(contact.email()).isEqualTo(address);
            assertThat(contact.displayName()).isEqualTo("Zoe");
            assertThat(contact.language()).isEqualTo("en");
        });
    }

    @Test
    void a_person_with_a_plain_username_has_no_address() {
        UserRef ana = accounts.createExactly("ana-" + UUID.randomUUID().toString().substring(0, 8), "Ana",
                "her-password", Role.STUDENT);

        assertThat(contacts.of(ana.id())).hasValueSatisfying(contact -> assertThat(contact.email()).isNull());
    }

    @Test
    void an_unknown_account_has_no_contact() {
        assertThat(contacts.of(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void only_text_in_the_shape_of_an_address_counts_as_one() {
        assertThat(Contacts.looksLikeAddress("zoe@example.org")).isTrue();
        assertThat(Contacts.looksLikeAddress("zoe")).isFalse();
        assertThat(Contacts.looksLikeAddress("zoe@localhost")).isFalse();
        assertThat(Contacts.looksLikeAddress("zoe @example.org")).isFalse();
        assertThat(Contacts.looksLikeAddress("a@b@example.org")).isFalse();
    }
}
