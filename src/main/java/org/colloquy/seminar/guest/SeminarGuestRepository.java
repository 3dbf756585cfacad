package org.colloquy.seminar.guest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SeminarGuestRepository extends JpaRepository<SeminarGuest, Long> {

    Optional<SeminarGuest> findByTokenHash(String tokenHash);

    List<SeminarGuest> findByIdIn(Collection<Long> ids);

    int countBySessionId(long sessionId);
}
