package vn.egov.console.security.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.egov.console.security.LoginEvent;

public interface LoginAuditRepository extends JpaRepository<LoginAuditEntry, Long> {

    @Query("""
            select e from LoginAuditEntry e
            where (:username is null or e.username = :username) and (:event is null or e.event = :event)
            """)
    Page<LoginAuditEntry> search(String username, LoginEvent event, Pageable pageable);
}
