package org.colloquy.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "interface_language", length = 10)
    private @Nullable String interfaceLanguage;

    @Column(length = 320)
    private @Nullable String email;

    @Column(name = "deactivated_at")
    private @Nullable Instant deactivatedAt;

    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;

    protected AppUser() {
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    public AppUser(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The code of the interface language this person chose, or {@code null} to follow the browser. */
    public @Nullable String getInterfaceLanguage() {
        return interfaceLanguage;
    }

    public void chooseInterfaceLanguage(@Nullable String code) {
        this.interfaceLanguage = code;
    }

    /** Where she gets email, or {@code null} when nobody gave an address. */
    public @Nullable String getEmail() {
        return email;
    }

    public void changeEmail(@Nullable String email) {
        this.email = email;
    }

    /** Since when she may no longer sign in, or {@code null} while her account is active. Her work is kept. */
    public @Nullable Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    public boolean isActive() {
        return deactivatedAt == null;
    }

    void deactivate(Instant at) {
        this.deactivatedAt = at;
    }

    void reactivate() {
        this.deactivatedAt = null;
    }

    /** When she last signed in with her password, or {@code null} when she never has since this was recorded. */
    public @Nullable Instant getLastSignInAt() {
        return lastSignInAt;
    }

    void signedIn(Instant at) {
        this.lastSignInAt = at;
    }

    void changeRoles(Set<Role> newRoles) {
        this.roles.clear();
        this.roles.addAll(newRoles);
    }
}
