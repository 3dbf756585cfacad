package org.colloquy.discussion;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplyRepository extends JpaRepository<Reply, Long> {

    List<Reply> findByPostIdInOrderByCreatedAtAsc(Collection<Long> postIds);

    long countByAuthorIdAndCreatedAtAfter(long authorId, java.time.Instant since);
}
