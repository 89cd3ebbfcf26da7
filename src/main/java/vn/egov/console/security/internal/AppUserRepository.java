package vn.egov.console.security.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select u from AppUser u
            where (:text is null or lower(u.username) like :text or lower(u.fullName) like :text)
            """)
    Page<AppUser> search(String text, Pageable pageable);

    List<AppUser> findByUnitId(Long unitId);

    List<AppUser> findByRoleAndEnabledTrue(vn.egov.console.security.Role role);

    long countByEnabledTrue();

    /** Flushes pending changes first and clears afterwards, so no stale user is written back in the same transaction. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.unitId = :successorId where u.unitId = :unitId")
    int moveToUnit(Long unitId, Long successorId);
}
