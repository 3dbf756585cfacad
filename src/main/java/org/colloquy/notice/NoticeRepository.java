package org.colloquy.notice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    List<Notice> findTop50ByUserIdOrderByCreatedAtDesc(long userId);

    long countByUserIdAndReadAtIsNull(long userId);

    List<Notice> findByUserIdAndReadAtIsNull(long userId);
}
