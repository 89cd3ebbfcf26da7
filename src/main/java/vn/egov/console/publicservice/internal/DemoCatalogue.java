package vn.egov.console.publicservice.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.publicservice.OnlineMode;

/**
 * A realistic, deterministic procedure catalogue: the fields each department handles, the procedures citizens use
 * most (birth registration, certified copies, household businesses, construction permits, enterprise registration,
 * criminal records) by name and with real demand, and the long tail of rarely used procedures.
 */
final class DemoCatalogue {

    /** Department code → its fields and how many province-tier procedures it handles. */
    private static final Object[][] DEPARTMENTS = {
            {"000.00.02.H62", 62, "Tổ chức bộ máy", "Công chức, viên chức", "Thi đua, khen thưởng", "Tôn giáo", "Văn thư, lưu trữ"},
            {"000.00.03.H62", 128, "Hộ tịch", "Lý lịch tư pháp", "Công chứng", "Luật sư", "Trợ giúp pháp lý", "Đấu giá tài sản"},
            {"000.00.04.H62", 118, "Thành lập và hoạt động của doanh nghiệp", "Đầu tư tại Việt Nam", "Hợp tác xã"},
            {"000.00.05.H62", 34, "Quản lý giá", "Quản lý công sản"},
            {"000.00.06.H62", 112, "Lưu thông hàng hóa trong nước", "Hóa chất", "Điện", "An toàn thực phẩm", "Xúc tiến thương mại"},
            {"000.00.07.H62", 104, "Trồng trọt", "Chăn nuôi", "Thú y", "Lâm nghiệp", "Thủy lợi", "Thủy sản"},
            {"000.00.08.H62", 96, "Đường bộ", "Đường thủy nội địa", "Đăng kiểm"},
            {"000.00.09.H62", 68, "Hoạt động xây dựng", "Quy hoạch xây dựng", "Nhà ở", "Kinh doanh bất động sản"},
            {"000.00.10.H62", 104, "Đất đai", "Môi trường", "Tài nguyên nước", "Khoáng sản", "Đo đạc, bản đồ"},
            {"000.00.11.H62", 46, "Báo chí", "Xuất bản, in và phát hành", "Viễn thông và Internet", "Bưu chính"},
            {"000.00.12.H62", 108, "Việc làm", "Giáo dục nghề nghiệp", "Người có công", "Bảo trợ xã hội", "An toàn, vệ sinh lao động"},
            {"000.00.13.H62", 96, "Văn hóa cơ sở", "Di sản văn hóa", "Du lịch", "Thể dục, thể thao", "Gia đình"},
            {"000.00.14.H62", 52, "Hoạt động khoa học và công nghệ", "Tiêu chuẩn, đo lường, chất lượng", "An toàn bức xạ"},
            {"000.00.15.H62", 78, "Giáo dục và đào tạo", "Văn bằng, chứng chỉ", "Thi, tuyển sinh"},
            {"000.00.16.H62", 134, "Khám bệnh, chữa bệnh", "Dược phẩm", "Mỹ phẩm", "Y tế dự phòng", "An toàn thực phẩm và dinh dưỡng"},
            {"000.00.17.H62", 12, "Công tác lãnh sự"},
            {"000.00.18.H62", 10, "Giải quyết khiếu nại", "Giải quyết tố cáo", "Tiếp công dân"},
            {"000.00.19.H62", 6, "Công tác dân tộc"},
            {"000.00.20.H62", 44, "Đầu tư tại khu công nghiệp", "Lao động trong khu công nghiệp", "Môi trường khu công nghiệp"},
    };
    private static final String[] DISTRICT_FIELDS = {"Hộ tịch", "Chứng thực", "Đất đai", "Hoạt động xây dựng",
            "Thành lập và hoạt động của hộ kinh doanh", "Giáo dục và đào tạo", "Bảo trợ xã hội", "Người có công",
            "Văn hóa cơ sở", "Y tế", "Môi trường", "Nội vụ", "Nông nghiệp", "Lưu thông hàng hóa trong nước",
            "Giải quyết khiếu nại"};
    private static final String[] COMMUNE_FIELDS = {"Hộ tịch", "Chứng thực", "Đất đai", "Bảo trợ xã hội",
            "Người có công", "Văn hóa cơ sở", "Nông nghiệp", "Thi đua, khen thưởng", "Tôn giáo", "Giải quyết khiếu nại"};
    private static final int DISTRICT_COUNT = 412;
    private static final int COMMUNE_COUNT = 128;

    private static final String[] VERBS = {"Cấp", "Cấp lại", "Cấp đổi", "Điều chỉnh", "Gia hạn", "Đăng ký",
            "Thẩm định", "Phê duyệt", "Công nhận", "Xác nhận", "Chấp thuận", "Thông báo thay đổi"};
    private static final String[] OBJECTS = {"giấy phép hoạt động", "giấy chứng nhận đủ điều kiện", "chứng chỉ hành nghề",
            "đăng ký hoạt động", "hồ sơ đề nghị hỗ trợ", "quyết định công nhận", "văn bản chấp thuận",
            "giấy xác nhận", "phương án", "danh mục"};

    /** The procedures people use most, by tier: name, field, monthly applications at one handling unit, online appetite. */
    private static final Object[][] POPULAR_PROVINCE = {
            {"000.00.04.H62", "Đăng ký thành lập doanh nghiệp tư nhân", "Thành lập và hoạt động của doanh nghiệp", 120, 1.3},
            {"000.00.04.H62", "Đăng ký thành lập công ty TNHH một thành viên", "Thành lập và hoạt động của doanh nghiệp", 160, 1.3},
            {"000.00.04.H62", "Đăng ký thay đổi nội dung đăng ký doanh nghiệp", "Thành lập và hoạt động của doanh nghiệp", 240, 1.35},
            {"000.00.04.H62", "Cấp Giấy chứng nhận đăng ký đầu tư", "Đầu tư tại Việt Nam", 12, 0.9},
            {"000.00.03.H62", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", "Lý lịch tư pháp", 420, 1.2},
            {"000.00.08.H62", "Đổi giấy phép lái xe do ngành Giao thông vận tải cấp", "Đường bộ", 650, 1.25},
            {"000.00.08.H62", "Cấp phù hiệu xe ô tô kinh doanh vận tải", "Đường bộ", 180, 1.1},
            {"000.00.10.H62", "Đăng ký đất đai, tài sản gắn liền với đất lần đầu cho tổ chức", "Đất đai", 35, 0.6},
            {"000.00.10.H62", "Thẩm định báo cáo đánh giá tác động môi trường", "Môi trường", 9, 0.7},
            {"000.00.09.H62", "Cấp giấy phép xây dựng công trình", "Hoạt động xây dựng", 28, 0.8},
            {"000.00.09.H62", "Cấp chứng chỉ hành nghề hoạt động xây dựng", "Hoạt động xây dựng", 60, 1.0},
            {"000.00.16.H62", "Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh", "Khám bệnh, chữa bệnh", 45, 0.9},
            {"000.00.16.H62", "Cấp giấy chứng nhận đủ điều kiện kinh doanh dược", "Dược phẩm", 30, 1.0},
            {"000.00.12.H62", "Giải quyết hưởng trợ cấp thất nghiệp", "Việc làm", 380, 0.8},
            {"000.00.12.H62", "Cấp giấy phép lao động cho người nước ngoài", "Việc làm", 70, 1.1},
            {"000.00.15.H62", "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "Văn bằng, chứng chỉ", 90, 0.9},
            {"000.00.06.H62", "Cấp giấy phép bán lẻ sản phẩm rượu", "Lưu thông hàng hóa trong nước", 25, 0.9},
            {"000.00.07.H62", "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông lâm thủy sản", "Chăn nuôi", 15, 0.7},
            {"000.00.20.H62", "Cấp giấy phép lao động cho người nước ngoài làm việc trong khu công nghiệp", "Lao động trong khu công nghiệp", 110, 1.2},
            {"000.00.02.H62", "Thẩm định hồ sơ đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh", "Thi đua, khen thưởng", 40, 0.5},
    };
    private static final Object[][] POPULAR_DISTRICT = {
            {"Đăng ký thành lập hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh", 55, 1.1},
            {"Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh", 20, 1.1},
            {"Cấp giấy phép xây dựng nhà ở riêng lẻ", "Hoạt động xây dựng", 40, 0.8},
            {"Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", "Đất đai", 160, 0.6},
            {"Cấp Giấy chứng nhận quyền sử dụng đất lần đầu", "Đất đai", 70, 0.5},
            {"Chứng thực bản sao từ bản chính giấy tờ do cơ quan nước ngoài cấp", "Chứng thực", 25, 0.7},
            {"Đăng ký khai sinh có yếu tố nước ngoài", "Hộ tịch", 3, 0.8},
            {"Đăng ký kết hôn có yếu tố nước ngoài", "Hộ tịch", 4, 0.6},
            {"Trợ cấp xã hội hàng tháng đối với người cao tuổi", "Bảo trợ xã hội", 30, 0.4},
            {"Chuyển trường đối với học sinh trung học cơ sở", "Giáo dục và đào tạo", 18, 0.9},
            {"Cấp giấy phép kinh doanh bán lẻ sản phẩm thuốc lá", "Lưu thông hàng hóa trong nước", 6, 0.9},
            {"Giải quyết khiếu nại lần đầu", "Giải quyết khiếu nại", 5, 0.2},
    };
    private static final Object[][] POPULAR_COMMUNE = {
            {"Đăng ký khai sinh", "Hộ tịch", 28, 1.1},
            {"Đăng ký khai tử", "Hộ tịch", 8, 0.9},
            {"Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", 160, 0.35},
    };

    private DemoCatalogue() {
    }

    static List<PublicServiceDemoSeeder.Generated> generate(List<UnitSummary> active) {
        Map<String, UnitSummary> byCode = active.stream().collect(Collectors.toMap(UnitSummary::code, u -> u));
        List<PublicServiceDemoSeeder.Generated> all = new ArrayList<>();
        Random r = new Random(2019);
        int[] serial = {1000};
        for (Object[] p : POPULAR_PROVINCE) {
            UnitSummary unit = byCode.get((String) p[0]);
            if (unit == null) continue;
            all.add(make(r, serial, (String) p[1], (String) p[2], Tier.PROVINCE, unit, (Integer) p[3], (Double) p[4], true));
        }
        for (Object[] d : DEPARTMENTS) {
            UnitSummary unit = byCode.get((String) d[0]);
            if (unit == null) continue;
            int n = (Integer) d[1];
            for (int i = 0; i < n; i++) {
                String field = (String) d[2 + i % (d.length - 2)];
                // about one in eight of the long tail sees an application now and then
                int volume = r.nextInt(10) == 0 ? 1 + r.nextInt(6) : 0;
                all.add(make(r, serial, name(r, field), field, Tier.PROVINCE, unit, volume, 0.4 + r.nextDouble() * 0.8,
                        false));
            }
        }
        for (Object[] p : POPULAR_DISTRICT) {
            all.add(make(r, serial, (String) p[0], (String) p[1], Tier.DISTRICT, null, (Integer) p[2], (Double) p[3], true));
        }
        for (int i = 0; i < DISTRICT_COUNT - POPULAR_DISTRICT.length; i++) {
            String field = DISTRICT_FIELDS[i % DISTRICT_FIELDS.length];
            int volume = r.nextInt(28) == 0 ? 1 + r.nextInt(3) : 0;
            all.add(make(r, serial, name(r, field), field, Tier.DISTRICT, null, volume, 0.3 + r.nextDouble() * 0.8, false));
        }
        for (Object[] p : POPULAR_COMMUNE) {
            all.add(make(r, serial, (String) p[0], (String) p[1], Tier.COMMUNE, null, (Integer) p[2], (Double) p[3], true));
        }
        for (int i = 0; i < COMMUNE_COUNT - POPULAR_COMMUNE.length; i++) {
            String field = COMMUNE_FIELDS[i % COMMUNE_FIELDS.length];
            all.add(make(r, serial, name(r, field), field, Tier.COMMUNE, null, 0, 0.3, false));
        }
        return all;
    }

    private static String name(Random r, String field) {
        return VERBS[r.nextInt(VERBS.length)] + " " + OBJECTS[r.nextInt(OBJECTS.length)] + " (lĩnh vực "
                + field.toLowerCase(java.util.Locale.ROOT) + ")";
    }

    private static PublicServiceDemoSeeder.Generated make(Random r, int[] serial, String name, String field, Tier tier,
                                                          UnitSummary unit, int volume, double appetite,
                                                          boolean popular) {
        var g = new PublicServiceDemoSeeder.Generated();
        serial[0] += 1 + r.nextInt(9);
        g.code = (tier == Tier.PROVINCE ? "1." : "2.") + String.format("%06d", serial[0]);
        g.name = name;
        g.field = field;
        g.tier = tier;
        g.unit = unit;
        g.volume = volume;
        g.appetite = appetite;
        g.days = switch (tier) {
            case PROVINCE -> 5 + r.nextInt(26);
            case DISTRICT -> 3 + r.nextInt(13);
            case COMMUNE -> 1 + r.nextInt(5);
        };
        int roll = r.nextInt(100);
        // popular procedures went online first; the long tail is mostly partly online or not at all
        g.mode = popular ? (roll < 70 ? OnlineMode.FULL : OnlineMode.PARTIAL)
                : roll < 30 ? OnlineMode.FULL : roll < 78 ? OnlineMode.PARTIAL : OnlineMode.NONE;
        g.modeSince = g.mode.online() ? LocalDate.of(2022, 7, 1).plusDays(r.nextInt(500)) : LocalDate.of(2022, 7, 1);
        g.onlinePayment = g.mode == OnlineMode.FULL && r.nextInt(3) > 0;
        g.availableFrom = r.nextInt(12) == 0 ? LocalDate.of(2019 + r.nextInt(5), 1 + r.nextInt(12), 1)
                : LocalDate.of(2015, 1, 1);
        if (g.availableFrom.isAfter(LocalDate.of(2018, 1, 1))) g.volume = 0;
        // the pre-2022 levels: published at level 3/4 from 2019 for what is online today, level 2 before
        boolean publishedEarly = g.mode.online() && (popular || r.nextInt(10) < 7);
        for (int year = 2018; year <= 2021; year++) {
            int level = !publishedEarly ? 2 : year == 2018 ? (r.nextInt(4) == 0 ? 3 : 2)
                    : g.mode == OnlineMode.FULL && r.nextInt(5) == 0 ? 4 : 3;
            g.levels.put(year, level);
        }
        return g;
    }
}
