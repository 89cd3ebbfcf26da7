package vn.egov.console.mailbox.internal;

import java.util.Random;

/**
 * Plausible Vietnamese full names for the demo: family names with their real frequencies (Nguyễn about 38%), and
 * middle and given names by gender. Deterministic for a given seed, so every fresh start makes the same province.
 */
final class VietnameseNames {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phùng", "Đào", "Đinh", "Lương", "Tạ", "Trịnh", "Hà", "Cao", "Lưu",
            "Khổng", "Kim", "Văn", "Triệu", "Nghiêm"};
    private static final int[] FAMILY_WEIGHT = {380, 110, 95, 70, 50, 45, 40, 22, 20, 18, 12, 12, 12, 8, 14, 10, 10,
            8, 6, 6, 8, 6, 5, 4, 3, 4, 3, 3};
    private static final String[] MIDDLE_MALE = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân",
            "Ngọc", "Tiến", "Mạnh", "Trọng", "Anh", "Duy", "Hoàng", "Việt"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thu", "Thanh", "Ngọc", "Minh", "Phương", "Hồng", "Thúy",
            "Kim", "Hải", "Lan", "Bích", "Diệu", "Mai"};
    private static final String[] GIVEN_MALE = {"An", "Anh", "Bình", "Cường", "Chiến", "Dũng", "Dương", "Đạt",
            "Đông", "Hải", "Hiếu", "Hòa", "Hùng", "Huy", "Khánh", "Kiên", "Lâm", "Long", "Minh", "Nam", "Nghĩa",
            "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Toàn", "Trung", "Tuấn", "Tùng",
            "Việt", "Vinh", "Hưng", "Khoa", "Lợi", "Thịnh", "Tú"};
    private static final String[] GIVEN_FEMALE = {"Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa",
            "Hồng", "Huyền", "Hương", "Lan", "Linh", "Loan", "Mai", "Nga", "Ngọc", "Nhung", "Oanh", "Phương",
            "Quỳnh", "Thảo", "Thủy", "Trang", "Vân", "Yến", "Hiền", "Liên", "Tâm", "Xuân"};
    private static final int FAMILY_TOTAL;

    static {
        int t = 0;
        for (int w : FAMILY_WEIGHT) t += w;
        FAMILY_TOTAL = t;
    }

    private final Random random;

    VietnameseNames(long seed) {
        this.random = new Random(seed);
    }

    String next() {
        int pick = random.nextInt(FAMILY_TOTAL);
        String family = FAMILY[0];
        for (int i = 0; i < FAMILY.length; i++) {
            pick -= FAMILY_WEIGHT[i];
            if (pick < 0) {
                family = FAMILY[i];
                break;
            }
        }
        boolean female = random.nextBoolean();
        String middle = female ? pickOne(MIDDLE_FEMALE) : pickOne(MIDDLE_MALE);
        String given = female ? pickOne(GIVEN_FEMALE) : pickOne(GIVEN_MALE);
        return family + " " + middle + " " + given;
    }

    Random random() {
        return random;
    }

    private String pickOne(String[] names) {
        return names[random.nextInt(names.length)];
    }
}
