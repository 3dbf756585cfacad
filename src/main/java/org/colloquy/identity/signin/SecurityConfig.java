package org.colloquy.identity.signin;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.colloquy.identity.AccountStates;
import org.colloquy.identity.ui.LoginView;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.colloquy.identity.ui.SignedInBrowser;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.colloquy.identity.ui.IdentityPages;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    static final String LOGIN_PATH = "/" + IdentityPages.signIn();

    /**
     * What the browser may load and run (docs/security.md). Vaadin's client runs server-sent JavaScript through
     * {@code new Function} ({@code executeJs}, event data expressions) and its components set inline styles, hence
     * {@code 'unsafe-eval'} and the inline allowances; everything else comes from this origin only, and no other
     * site may frame a page (the projector is opened as a window of its own).
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /**
     * The browser features no page of Colloquy uses, switched off for every page and anything a page might embed
     * (docs/security.md): an injected script gets no camera, microphone or location, and no prompt for them. Only
     * features Chromium knows are named, so that it has nothing to warn about ("bluetooth" it does not know); the
     * clipboard, which the "copy link" buttons use, stays allowed.
     */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()",
            "browsing-topics=()",
            "camera=()",
            "display-capture=()",
            "geolocation=()",
            "gyroscope=()",
            "hid=()",
            "magnetometer=()",
            "microphone=()",
            "midi=()",
            "payment=()",
            "serial=()",
            "usb=()",
            "xr-spatial-tracking=()");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, LoginThrottle throttle,
                                            KnownDevices devices, AccountStates states,
                                            SecurityContextHolderStrategy contexts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN")
                .requestMatchers("/styles.css", "/icons/**", "/scripts/**").permitAll());

        // Vaadin's own CSRF configuration exempts the sign-in form; ours exempts only Vaadin's internal requests,
        // which carry Vaadin's own CSRF token. The login form sends Spring's token from the page's <meta> tags.
        http.csrf(csrf -> csrf
                .ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(new StaleLoginPageHandler(LOGIN_PATH));
                        return filter;
                    }
                }));

        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                // signing out on purpose: a page that offers guests a way in offers it first again (decision 0048)
                .addLogoutHandler(new CookieClearingLogoutHandler(SignedInBrowser.COOKIE)));

        // After Vaadin's configurer, so that its login view replaces Spring's generated page; the failure handler
        // set here survives Vaadin naming the login page.
        ThrottledLoginFailureHandler failures = new ThrottledLoginFailureHandler(throttle, devices, LOGIN_PATH);
        http.formLogin(form -> form.failureHandler(failures));
        http.addFilterBefore(new LoginPauseFilter(throttle, devices, failures, LOGIN_PATH),
                UsernamePasswordAuthenticationFilter.class);
        http.sessionManagement(sessions -> sessions
                .addSessionAuthenticationStrategy(new RefuseDeactivatedOnSignIn(states))
                .addSessionAuthenticationStrategy(new RememberDeviceOnSignIn(throttle, devices)));
        // before anonymous sign-in, so that a request whose session just ended goes on as anybody's
        http.addFilterBefore(new EndDeactivatedSessions(states, contexts, vaadinRequests, LOGIN_PATH),
                AnonymousAuthenticationFilter.class);

        // Written before the request goes on: Vaadin's bootstrap page is rendered after a forward to its servlet,
        // which bypasses the lazily writing response wrapper and would leave the page without these headers.
        http.headers(headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frames -> frames.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));

        return http.build();
    }

    /** Bcrypt by default, and any stored hash names its own algorithm so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
