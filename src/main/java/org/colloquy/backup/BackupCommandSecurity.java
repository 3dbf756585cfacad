package org.colloquy.backup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The backup command's own filter chain, before the application's: only {@link BackupCommandController#PATH}, signed
 * in by the backup token and nothing else (no session, no cookie, no form login), so no browser can be made to call it.
 */
@Configuration
class BackupCommandSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain backupCommandFilterChain(HttpSecurity http, BackupToken token) throws Exception {
        http.securityMatcher(BackupCommandController.PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(BackupTokenFilter.ROLE))
                .addFilterBefore(new BackupTokenFilter(token), AuthorizationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                // a bearer token, never sent by a browser on its own: there is no cross-site request to forge
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
