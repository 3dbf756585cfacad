package org.colloquy.studio;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftRepository extends JpaRepository<Draft, Long> {

    List<Draft> findByOwnerIdOrderByUpdatedAtDesc(long ownerId);

    List<Draft> findAllByOrderByUpdatedAtDesc();
}
