package org.colloquy.schedule;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClassZoneRepository extends JpaRepository<ClassZone, Long> {
}
