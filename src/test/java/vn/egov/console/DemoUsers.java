package vn.egov.console;

import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.egov.console.security.Role;

/** The demo accounts (see README) and a way to run code as one of them, as a signed-in session would. */
public enum DemoUsers {
    ADMIN("admin", Role.ADMIN),
    LEADER("lanhdao", Role.LEADER),
    HEAD_SNV("giamdoc.snv", Role.UNIT_HEAD),
    OFFICER_SNV("canbo.snv", Role.UNIT_OFFICER),
    HEAD_VINH_YEN("chutich.vinhyen", Role.UNIT_HEAD);

    public static final String PASSWORD = "VinhPhuc@2026";
    /** The demo admin's authenticator secret (README): {@code oathtool --totp -b} makes its codes. */
    public static final String ADMIN_TOTP_SECRET = "VINHPHUCDEMOADMINTOTPSECRET23456";
    public static final String SNV_CODE = "000.00.02.H62";          // Sở Nội vụ
    public static final String STP_CODE = "000.00.03.H62";          // Sở Tư pháp
    public static final String VINH_YEN_CODE = "000.00.40.H62";     // UBND thành phố Vĩnh Yên
    public static final String NGO_QUYEN_CODE = "000.01.40.H62";    // a ward of Vĩnh Yên
    public static final String TRUNG_TRAC_CODE = "000.01.41.H62";   // a ward of Phúc Yên

    public final String username;
    public final Role role;

    DemoUsers(String username, Role role) {
        this.username = username;
        this.role = role;
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public <T> T call(Callable<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
