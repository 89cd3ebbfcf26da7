package vn.egov.console.security;

import java.util.Locale;
import java.util.Set;
import vn.egov.console.base.error.BusinessException;

/** What makes a password acceptable. Checked when an administrator sets one or a user changes theirs. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 72; // bcrypt ignores everything after 72 bytes

    private static final Set<String> COMMON = Set.of("password123", "1234567890", "qwertyuiop", "123456789a",
            "abc1234567", "matkhau123", "admin12345", "vinhphuc123", "password1234", "iloveyou123");

    private PasswordPolicy() {
    }

    public static void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BusinessException("error.password.tooShort", MIN_LENGTH);
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw new BusinessException("error.password.tooLong", MAX_LENGTH);
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new BusinessException("error.password.lettersAndDigits");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new BusinessException("error.password.containsUsername");
        }
        if (COMMON.contains(lower)) throw new BusinessException("error.password.common");
    }
}
