package org.colloquy.people;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountChangeRecordRepository extends JpaRepository<AccountChangeRecord, Long> {

    @Query("select r from AccountChangeRecord r order by r.recordedAt desc, r.id desc")
    List<AccountChangeRecord> newestFirst(Pageable page);

    List<AccountChangeRecord> findBySubjectIdOrderByRecordedAtDesc(long subjectId);
}
