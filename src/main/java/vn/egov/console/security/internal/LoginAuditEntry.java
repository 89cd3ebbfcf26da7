package vn.egov.console.security.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.egov.console.security.LoginEvent;

@Entity
@Table(name = "login_audit")
public class LoginAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String username;
    @Enumerated(EnumType.STRING)
    private LoginEvent event;
    private String remoteAddress;
    private String detail;

    protected LoginAuditEntry() {
    }

    public LoginAuditEntry(Instant at, String username, LoginEvent event, String remoteAddress, String detail) {
        this.at = at;
        this.username = username;
        this.event = event;
        this.remoteAddress = remoteAddress;
        this.detail = detail;
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getUsername() { return username; }
    public LoginEvent getEvent() { return event; }
    public String getRemoteAddress() { return remoteAddress; }
    public String getDetail() { return detail; }
}
