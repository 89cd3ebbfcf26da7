package vn.egov.console.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitHistoryRepository extends JpaRepository<UnitHistoryEntry, Long> {

    List<UnitHistoryEntry> findByUnitIdOrderByAtDescIdDesc(Long unitId);
}
