package vn.egov.console.security.internal;

import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.base.demo.DemoDataSeeder;
import vn.egov.console.organization.UnitService;
import vn.egov.console.security.Role;

/** One demo account per role (listed in the README), all with the password {@value #PASSWORD}. */
@Component
class DemoUsersSeeder implements DemoDataSeeder {

    static final String PASSWORD = "VinhPhuc@2026";

    private record DemoUser(String username, String fullName, Role role, String unitCode) {
    }

    private static final DemoUser[] USERS = {
            new DemoUser("admin", "Nguyễn Văn Hùng", Role.ADMIN, "000.00.11.H62"),
            new DemoUser("lanhdao", "Trần Thị Hương", Role.LEADER, "000.00.00.H62"),
            new DemoUser("giamdoc.snv", "Lê Minh Tuấn", Role.UNIT_HEAD, "000.00.02.H62"),
            new DemoUser("canbo.snv", "Phạm Thu Trang", Role.UNIT_OFFICER, "000.00.02.H62"),
            new DemoUser("chutich.vinhyen", "Hoàng Văn Nam", Role.UNIT_HEAD, "000.00.40.H62"),
    };

    private final AppUserRepository users;
    private final UnitService units;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoUsersSeeder(AppUserRepository users, UnitService units, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.units = units;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    @Transactional
    public void seedIfEmpty() {
        if (users.count() > 0) return;
        String hash = encoder.encode(PASSWORD);
        for (DemoUser demo : USERS) {
            Long unitId = units.findByCode(demo.unitCode()).orElseThrow().id();
            users.save(new AppUser(demo.username(), demo.fullName(), hash, demo.role(), unitId, clock.instant()));
        }
    }
}
