package org.colloquy.argument;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoteRepository extends JpaRepository<Vote, Vote.Key> {

    List<Vote> findByReasonIdIn(Collection<Long> reasonIds);
}
