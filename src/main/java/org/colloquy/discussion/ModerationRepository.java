package org.colloquy.discussion;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModerationRepository extends JpaRepository<Moderation, Long> {

    List<Moderation> findByPostIdIn(Collection<Long> postIds);
}
