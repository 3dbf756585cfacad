package org.colloquy.discussion;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import java.time.Instant;

interface ReplyRepository extends JpaRepository<Reply, Long> {

    List<Reply> findByPostIdInOrderByCreatedAtAsc(Collection<Long> postIds);

    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);
}
