package org.colloquy.identity;

import org.colloquy.base.i18n.Text;

/** What happened to an attempt to choose a password through a set-password link, in words for the person. */
public sealed interface SetPasswordOutcome {

    String message();

    record PasswordSet(String username) implements SetPasswordOutcome {
        public String message() {
            return "Your password is set. Sign in with the username " + username + " and your new password.";
        }
    }

    record UnknownLink() implements SetPasswordOutcome {
        public String message() {
            return "This link is not valid. Check that you opened the whole link; if you did, it has been replaced "
                    + "by a newer one — ask your instructor for the latest link.";
        }
    }

    record UsedLink() implements SetPasswordOutcome {
        public String message() {
            return "This link has been used already: each link works once. Sign in with the password you chose, "
                    + "or ask your instructor for a new link.";
        }
    }

    record ExpiredLink() implements SetPasswordOutcome {
        public long validForDays() {
            return SetPasswordLinks.VALID_FOR.toDays();
        }

        public String message() {
            return "This link has expired: links work for " + SetPasswordLinks.VALID_FOR.toDays()
                    + " days. Ask your instructor for a new one.";
        }
    }

    record PasswordRejected(Text reason) implements SetPasswordOutcome {

        @Override
        public String message() {
            return reason.english();
        }
    }
}
