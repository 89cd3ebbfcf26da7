package vn.egov.console.security.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.base.demo.DemoDataSeeder;
import vn.egov.console.security.Role;

/**
 * The demo administrator's authenticator, with the fixed secret the README gives ({@value #DEMO_SECRET}), so that
 * anyone trying the demo can make codes ({@code oathtool --totp -b SECRET} or an authenticator app). Also enrols
 * the admin of a demo database made before the second factor existed. Never with demo data turned off.
 */
@Component
class DemoSecondFactorSeeder implements DemoDataSeeder {

    static final String DEMO_SECRET = "VINHPHUCDEMOADMINTOTPSECRET23456";

    private final AppUserRepository users;
    private final SecondFactorRepository factors;
    private final SecondFactorKey key;
    private final Clock clock;

    DemoSecondFactorSeeder(AppUserRepository users, SecondFactorRepository factors, SecondFactorKey key, Clock clock) {
        this.users = users;
        this.factors = factors;
        this.key = key;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    @Transactional
    public void seedIfEmpty() {
        if (factors.count() > 0) return;
        users.findByUsername("admin").filter(u -> u.getRole() == Role.ADMIN).ifPresent(admin ->
                factors.save(new SecondFactor(admin.getId(), key.encrypt(Totp.fromBase32(DEMO_SECRET)),
                        clock.instant(), 0)));
    }
}
