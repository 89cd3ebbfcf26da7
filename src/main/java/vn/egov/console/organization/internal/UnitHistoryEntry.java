package vn.egov.console.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.egov.console.organization.UnitHistoryRow;

@Entity
@Table(name = "unit_history")
public class UnitHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long unitId;
    private String event;
    private String detail;
    private String actor;
    private Instant at;

    protected UnitHistoryEntry() {
    }

    public UnitHistoryEntry(Long unitId, String event, String detail, String actor, Instant at) {
        this.unitId = unitId;
        this.event = event;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        this.actor = actor;
        this.at = at;
    }

    public UnitHistoryRow toRow() {
        return new UnitHistoryRow(at, event, detail, actor);
    }
}
