package org.colloquy.mail;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailPreferenceRepository extends JpaRepository<MailPreference, Long> {
}
