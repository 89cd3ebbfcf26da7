package vn.egov.console.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.egov.console.organization.UnitStatus;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    boolean existsByCodeIgnoreCase(String code);

    java.util.Optional<Unit> findByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCaseAndIdNot(String code, Long id);

    List<Unit> findAllByOrderByTierAscNameAsc();

    List<Unit> findByParentIdAndStatus(Long parentId, UnitStatus status);

    /** The unit and everything below it, walking the tree in SQL (units can be nested to any depth). */
    @Query(value = """
            WITH RECURSIVE subtree (id) AS (
                SELECT id FROM unit WHERE id = :rootId
                UNION ALL
                SELECT u.id FROM unit u JOIN subtree s ON u.parent_id = s.id
            )
            SELECT id FROM subtree
            """, nativeQuery = true)
    List<Long> subtreeIds(@Param("rootId") long rootId);

    /** The unit and every unit above it, up to the province. */
    @Query(value = """
            WITH RECURSIVE chain (id, parent_id) AS (
                SELECT id, parent_id FROM unit WHERE id = :unitId
                UNION ALL
                SELECT u.id, u.parent_id FROM unit u JOIN chain c ON u.id = c.parent_id
            )
            SELECT id FROM chain
            """, nativeQuery = true)
    List<Long> chainUpIds(@Param("unitId") long unitId);

    /**
     * Changes whenever any unit is created or changed (every change raises its version and sets its update time):
     * whether a copy of the units read earlier is still the database's.
     */
    @Query(value = """
            SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(version), 0), '/', COALESCE(MAX(updated_at), ''))
            FROM unit
            """, nativeQuery = true)
    String stamp();
}
