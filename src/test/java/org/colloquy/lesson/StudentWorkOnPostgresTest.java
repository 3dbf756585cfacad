package org.colloquy.lesson;

import org.colloquy.PostgresIntegrationTest;

@PostgresIntegrationTest
class StudentWorkOnPostgresTest extends StudentWorkContract {
}
