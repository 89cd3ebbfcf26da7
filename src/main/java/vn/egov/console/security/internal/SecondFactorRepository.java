package vn.egov.console.security.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {

    /**
     * Takes a time step for good: 1 when this step is later than every one used before, 0 when it (or a later one)
     * was already used — also when two requests race with the same code, since the row is updated atomically.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update SecondFactor f set f.lastUsedStep = :step where f.userId = :userId and f.lastUsedStep < :step")
    int useStep(Long userId, long step);

    @Query("select f.userId from SecondFactor f")
    List<Long> enrolledUserIds();
}
