package org.colloquy.discussion;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostDeletionRepository extends JpaRepository<PostDeletion, Long> {

    List<PostDeletion> findByPostIdIn(Collection<Long> postIds);
}
