package vn.egov.console.organization;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.egov.console.organization.internal.Unit;
import vn.egov.console.organization.internal.UnitRepository;

/**
 * One read-only copy per node of every unit, in the order lists show them (tier, then name). Nearly every screen
 * starts from the list of units, and reading the few hundred units through JPA for every visit was a noticeable part
 * of the server's CPU under load; units change a few times a year. The copy is checked against a one-row stamp of the
 * table on every use, so a change made on another node (or rolled back) is seen on the next read.
 */
@Component
class UnitDirectory {

    private record Copy(String stamp, List<UnitSummary> units) {
    }

    private final UnitRepository units;
    private volatile Copy copy = new Copy("", List.of());

    UnitDirectory(UnitRepository units) {
        this.units = units;
    }

    /** Every unit, including merged and dissolved ones; the caller runs in a transaction and checks the scope. */
    List<UnitSummary> all() {
        String stamp = units.stamp();
        Copy known = copy;
        if (known.stamp().equals(stamp)) return known.units();
        List<UnitSummary> fresh = units.findAllByOrderByTierAscNameAsc().stream().map(Unit::toSummary).toList();
        copy = new Copy(stamp, fresh);
        return fresh;
    }
}
