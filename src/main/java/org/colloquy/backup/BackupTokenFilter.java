package org.colloquy.backup;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request to the backup command through only with {@code Authorization: Bearer <COLLOQUY_BACKUP_TOKEN>}; the
 * request is then signed in, for itself alone, as {@code backup-token} with the one role that {@link BackupService}
 * accepts besides an admin's. Everything else gets a plain-text answer that says what to do.
 */
final class BackupTokenFilter extends OncePerRequestFilter {

    static final String ROLE = "BACKUP";
    private static final String BEARER = "Bearer ";

    private final BackupToken token;

    BackupTokenFilter(BackupToken token) {
        this.token = token;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!token.enabled()) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, token.whyOff());
            return;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith(BEARER)
                || !token.matches(authorization.substring(BEARER.length()).strip())) {
            response.setHeader("WWW-Authenticate", "Bearer");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Wrong or missing backup token: send the header "
                    + "\"Authorization: Bearer $COLLOQUY_BACKUP_TOKEN\" with the value the server was started with.");
            return;
        }
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("backup-token", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
