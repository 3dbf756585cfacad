package org.colloquy.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class BackupTokenFilterTest {

    private static final String SECRET = "a-long-random-secret-0123456789abcdef";

    @Test
    void withoutATokenTheCommandIsOffAndTheAnswerSaysHowToTurnItOn() throws Exception {
        MockHttpServletResponse response = call(new BackupToken(""), "Bearer " + SECRET, new AtomicReference<>());

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("set COLLOQUY_BACKUP_TOKEN");
    }

    @Test
    void aTokenTooShortToResistGuessingLeavesTheCommandOff() throws Exception {
        BackupToken shortToken = new BackupToken("short-secret");
        MockHttpServletResponse response = call(shortToken, "Bearer short-secret", new AtomicReference<>());

        assertThat(shortToken.enabled()).isFalse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("shorter than 32 characters");
    }

    @Test
    void aWrongOrMissingTokenIsRefusedWithoutReachingTheBackup() throws Exception {
        AtomicReference<Authentication> reached = new AtomicReference<>();
        for (String header : new String[] {null, SECRET, "Bearer " + SECRET + "x", "Basic " + SECRET}) {
            MockHttpServletResponse response = call(new BackupToken(SECRET), header, reached);
            assertThat(response.getStatus()).as(header).isEqualTo(401);
            assertThat(response.getContentAsString()).contains("Wrong or missing backup token");
        }
        assertThat(reached).hasNullValue();
    }

    @Test
    void theRightTokenSignsTheRequestInWithTheBackupRoleOnlyWhileItRuns() throws Exception {
        AtomicReference<Authentication> reached = new AtomicReference<>();
        MockHttpServletResponse response = call(new BackupToken(SECRET), "Bearer " + SECRET, reached);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(reached.get().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_BACKUP");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    private static MockHttpServletResponse call(BackupToken token, String authorization,
                                                AtomicReference<Authentication> reached) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/backup");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        new BackupTokenFilter(token).doFilter(request, response, (req, res) ->
                reached.set(SecurityContextHolder.getContext().getAuthentication()));
        return response;
    }
}
