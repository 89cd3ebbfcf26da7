package vn.egov.console.security.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's confirmed authenticator. */
@Entity
@Table(name = "user_second_factor")
public class SecondFactor {

    @Id
    private Long userId;
    private String secretCipher;
    private Instant enrolledAt;
    private long lastUsedStep;

    protected SecondFactor() {
    }

    public SecondFactor(Long userId, String secretCipher, Instant enrolledAt, long lastUsedStep) {
        this.userId = userId;
        this.secretCipher = secretCipher;
        this.enrolledAt = enrolledAt;
        this.lastUsedStep = lastUsedStep;
    }

    public Long getUserId() { return userId; }
    public String getSecretCipher() { return secretCipher; }
    public Instant getEnrolledAt() { return enrolledAt; }
    public long getLastUsedStep() { return lastUsedStep; }
}
