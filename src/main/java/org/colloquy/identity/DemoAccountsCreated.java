package org.colloquy.identity;

import java.util.List;

/** The demo accounts were just created on a first start: the demo instructor and the demo students. */
public record DemoAccountsCreated(UserRef instructor, List<UserRef> students) {
}
