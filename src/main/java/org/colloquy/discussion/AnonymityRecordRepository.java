package org.colloquy.discussion;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnonymityRecordRepository extends JpaRepository<AnonymityRecord, AnonymityRecord.Key> {
}
