package org.colloquy.discussion;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HelpfulRepository extends JpaRepository<Helpful, Helpful.Key> {

    List<Helpful> findByPostIdIn(Collection<Long> postIds);
}
