package vn.egov.console.architecture.internal;

import vn.egov.console.approval.Approval;
import vn.egov.console.approval.ApprovalStep;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.architecture.ArchComponent;
import vn.egov.console.architecture.Framework;
import vn.egov.console.architecture.FundingSource;
import vn.egov.console.architecture.TaskDraft;
import vn.egov.console.architecture.TaskStatus;
import vn.egov.console.architecture.Verification;
import vn.egov.console.architecture.VersionDraft;
import vn.egov.console.architecture.VersionStatus;
import vn.egov.console.base.demo.DemoDataSeeder;
import vn.egov.console.base.evidence.EvidenceFiles;
import vn.egov.console.base.evidence.EvidenceUpload;
import vn.egov.console.base.time.ProvinceTime;

/**
 * Vĩnh Phúc's architecture as rows: version 1.0 (2018–2020, superseded), version 2.0 (Decision 2795/QĐ-UBND, reported
 * 20/11/2020; 2021–2025, approved, with the open tasks of 1.0 carried over) and a draft 3.0 (2026–2030). Decision
 * numbers and dates the sources do not give stay empty, so the screens say "số QĐ chưa nhập" instead of inventing
 * one. Some 2.0 tasks were re-planned past their baseline relative to today, so the demo always shows slippage, tasks
 * due soon and overdue ones; accepted progress reports carry small PDF evidence, and a few wait for the DIC.
 * Everything is written in one transaction: a failure leaves no half-seeded roadmap.
 */
@Component
class ArchitectureDemoSeeder implements DemoDataSeeder {

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("UB", "000.00.00.H62"), Map.entry("VP", "000.00.01.H62"), Map.entry("SNV", "000.00.02.H62"),
            Map.entry("STP", "000.00.03.H62"), Map.entry("KHDT", "000.00.04.H62"), Map.entry("STC", "000.00.05.H62"),
            Map.entry("SCT", "000.00.06.H62"), Map.entry("NN", "000.00.07.H62"), Map.entry("GT", "000.00.08.H62"),
            Map.entry("XD", "000.00.09.H62"), Map.entry("TNMT", "000.00.10.H62"), Map.entry("TTTT", "000.00.11.H62"),
            Map.entry("LD", "000.00.12.H62"), Map.entry("VH", "000.00.13.H62"), Map.entry("GD", "000.00.15.H62"),
            Map.entry("YT", "000.00.16.H62"), Map.entry("HTTT", "000.00.70.H62"), Map.entry("HCC", "000.00.73.H62"),
            Map.entry("VY", "000.00.40.H62"), Map.entry("PY", "000.00.41.H62"), Map.entry("BX", "000.00.42.H62"),
            Map.entry("LT", "000.00.43.H62"), Map.entry("SL", "000.00.44.H62"), Map.entry("TD", "000.00.45.H62"),
            Map.entry("TDA", "000.00.46.H62"), Map.entry("VT", "000.00.47.H62"), Map.entry("YL", "000.00.48.H62"));

    /*
     * code | parent | component | lead | coordinating | start | baseline end | planned end (= baseline when "=";
     * "+N" days from today) | funding | estimate (million VND) | status | percent | prerequisites | title |
     * deliverable | legal basis
     */
    private static final String V1 = """
            1.1||BUS|VP|TTTT|2018-01-01|2018-12-31|=|PB|300|D|100||Rà soát, chuẩn hóa quy trình giải quyết thủ tục hành chính của các sở, ngành|Bộ quy trình nội bộ được phê duyệt|Nghị quyết 36a/NQ-CP ngày 14/10/2015
            1.2||BUS|SNV|TTTT|2019-01-01|2019-12-31|=|PB|200|D|100||Xây dựng mô hình nghiệp vụ liên thông giữa các cấp chính quyền|Sơ đồ nghiệp vụ liên thông 3 cấp|Nghị quyết 36a/NQ-CP ngày 14/10/2015
            2.1||DATA|SNV|TTTT|2018-04-01|2019-12-31|=|PB|1800|D|100||Xây dựng cơ sở dữ liệu cán bộ, công chức, viên chức tỉnh|CSDL CBCCVC vận hành|Quyết định 1819/QĐ-TTg ngày 26/10/2015
            2.2||DATA|TNMT|TTTT,HTTT|2018-07-01|2020-12-31|=|PI|12500|O|45||Xây dựng cơ sở dữ liệu đất đai tỉnh Vĩnh Phúc|CSDL đất đai kết nối với hệ thống một cửa|Quyết định 1819/QĐ-TTg ngày 26/10/2015
            2.3||DATA|YT|TTTT|2019-01-01|2020-12-31|=|PB|2400|C|10||Xây dựng cơ sở dữ liệu hồ sơ sức khỏe điện tử|Hồ sơ sức khỏe điện tử của người dân|Quyết định 1819/QĐ-TTg ngày 26/10/2015
            3.1||APP|TTTT|VP|2018-01-01|2018-12-31|=|PB|2200|D|100||Triển khai phần mềm quản lý văn bản và điều hành liên thông 4 cấp|Phần mềm QLVB tại các sở, huyện, xã|Quyết định 28/2018/QĐ-TTg ngày 12/7/2018
            3.2||APP|TTTT|VP,HCC|2018-06-01|2019-06-30|=|PB|3500|D|100|3.1|Xây dựng Cổng dịch vụ công và hệ thống một cửa điện tử tỉnh|Cổng DVC và một cửa điện tử dùng chung|Nghị định 61/2018/NĐ-CP ngày 23/4/2018
            3.3||APP|TTTT||2019-01-01|2019-12-31|=|PB|900|D|100||Nâng cấp Cổng thông tin điện tử tỉnh và các trang thành phần|Cổng TTĐT theo Nghị định 43/2011/NĐ-CP|Nghị định 43/2011/NĐ-CP ngày 13/6/2011
            3.4||APP|TTTT|HCC|2019-07-01|2020-12-31|=|PB|2600|O|60|3.2|Cung cấp dịch vụ công trực tuyến mức độ 3, 4|Danh mục DVC mức 3, 4 trên Cổng DVC|Nghị định 45/2020/NĐ-CP ngày 08/4/2020
            3.5||APP|VP|TTTT|2020-01-01|2020-12-31|=|PB|700|D|100||Triển khai hệ thống thư điện tử công vụ cho 100% cán bộ|Hộp thư công vụ cho CBCC|Quyết định 1819/QĐ-TTg ngày 26/10/2015
            4.1||TECH|HTTT|TTTT|2018-01-01|2019-12-31|=|PI|8500|D|100||Nâng cấp Trung tâm tích hợp dữ liệu tỉnh|Trung tâm dữ liệu đạt tiêu chuẩn Tier 2|Quyết định 1819/QĐ-TTg ngày 26/10/2015
            4.2||TECH|TTTT|HTTT|2018-07-01|2020-12-31|=|SB|4200|O|70||Mở rộng mạng truyền số liệu chuyên dùng đến cấp xã|Kết nối mạng TSLCD đến 137 xã, phường|Quyết định 1819/QĐ-TTg ngày 26/10/2015
            5.1||SEC|TTTT|HTTT|2019-01-01|2019-12-31|=|PB|350|D|100||Xác định cấp độ an toàn hệ thống thông tin theo Nghị định 85/2016/NĐ-CP|Hồ sơ đề xuất cấp độ được phê duyệt|Nghị định 85/2016/NĐ-CP ngày 01/7/2016
            5.2||SEC|TTTT|HTTT|2020-01-01|2020-12-31|=|PB|1200|O|30|5.1|Triển khai giám sát an toàn thông tin tập trung|Hệ thống giám sát kết nối NCSC|Luật An toàn thông tin mạng 2015
            6.1||INT|TTTT|HTTT|2019-07-01|2020-12-31|=|PB|5400|O|50|4.1|Xây dựng nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)|LGSP tỉnh vận hành|Quyết định 2323/QĐ-BTTTT ngày 31/12/2019
            7.1||LEGAL|VP|STP|2018-01-01|2018-06-30|=|PB|50|D|100||Ban hành Quy chế quản lý, vận hành, sử dụng phần mềm quản lý văn bản|Quyết định ban hành Quy chế|Quyết định 28/2018/QĐ-TTg ngày 12/7/2018
            7.2||LEGAL|TTTT|STP|2019-01-01|2019-06-30|=|PB|50|D|100||Ban hành Quy chế bảo đảm an toàn thông tin mạng trong hoạt động của cơ quan nhà nước tỉnh|Quyết định ban hành Quy chế|Luật An toàn thông tin mạng 2015
            8.1||HR|SNV|TTTT|2018-01-01|2020-12-31|=|PB|600|D|100||Đào tạo, bồi dưỡng kỹ năng ứng dụng CNTT cho cán bộ, công chức|4.500 lượt CBCC được bồi dưỡng|Quyết định 1819/QĐ-TTg ngày 26/10/2015
            8.2||HR|TTTT|SNV|2019-01-01|2020-12-31|=|PB|250|D|100||Bồi dưỡng chuyên sâu cho cán bộ chuyên trách CNTT các sở, huyện|Cán bộ chuyên trách đạt chuẩn kỹ năng|Quyết định 1819/QĐ-TTg ngày 26/10/2015
            """;

    private static final String V2 = """
            1.1||BUS|VP|TTTT,SNV|2021-01-01|2021-12-31|=|PB|400|D|100||Cập nhật mô hình nghiệp vụ theo Khung kiến trúc Chính phủ điện tử 2.0|Mô hình nghiệp vụ cập nhật|Quyết định 2795/QĐ-UBND (Kiến trúc 2.0)
            1.2||BUS|HCC|VP,TTTT|2021-07-01|2022-12-31|=|PB|1500|D|100|3.1|Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận một cửa|Kho hồ sơ số hóa dùng chung|Nghị định 45/2020/NĐ-CP ngày 08/4/2020
            1.3||BUS|VP|TTTT|2022-01-01|2023-12-31|+20|PB|2800|P|80|1.2|Triển khai Hệ thống thông tin báo cáo tỉnh kết nối Hệ thống báo cáo Chính phủ|Hệ thống báo cáo tỉnh vận hành|Nghị định 09/2019/NĐ-CP ngày 24/01/2019
            2|-|DATA|TTTT|KHDT,STC|2021-01-01|2025-12-31|=||||||Xây dựng các cơ sở dữ liệu chuyên ngành của tỉnh|Các CSDL chuyên ngành kết nối LGSP|Nghị định 47/2020/NĐ-CP ngày 09/4/2020
            2.1|2|DATA|TNMT|TTTT,HTTT|2021-01-01|2023-12-31|2026-06-30|PI|12500|P|70|6.1|Hoàn thiện cơ sở dữ liệu đất đai (chuyển tiếp từ phiên bản 1.0)|CSDL đất đai đầy đủ 9 huyện, thành phố|Luật Đất đai 2013; Nghị định 47/2020/NĐ-CP
            2.2|2|DATA|YT|TTTT|2022-01-01|2024-12-31|=|PB|3200|D|100||Cơ sở dữ liệu y tế, hồ sơ sức khỏe điện tử|Hồ sơ sức khỏe điện tử của người dân|Quyết định 5349/QĐ-BYT ngày 12/11/2019
            2.3|2|DATA|GD|TTTT|2021-07-01|2023-06-30|=|PB|1900|D|100||Cơ sở dữ liệu ngành giáo dục và đào tạo|CSDL ngành kết nối CSDL của Bộ GD&ĐT|Nghị định 47/2020/NĐ-CP ngày 09/4/2020
            2.4|2|DATA|NN|TTTT|2022-01-01|2024-12-31|2025-12-31|PB|1400|P|55||Cơ sở dữ liệu nông nghiệp, nông thôn|CSDL cây trồng, vật nuôi, OCOP|Nghị định 47/2020/NĐ-CP ngày 09/4/2020
            2.5|2|DATA|LD|TTTT|2022-07-01|2024-06-30|+75|PB|900|P|40||Cơ sở dữ liệu an sinh xã hội|CSDL người có công, bảo trợ xã hội|Nghị định 47/2020/NĐ-CP ngày 09/4/2020
            2.6||DATA|TTTT|HTTT|2023-01-01|2025-06-30|2027-06-30|PB|4600|P|35|6.2|Kho dữ liệu dùng chung và cổng dữ liệu mở của tỉnh|Kho dữ liệu dùng chung, danh mục dữ liệu mở|Nghị định 47/2020/NĐ-CP; Quyết định 942/QĐ-TTg ngày 15/6/2021
            2.7||DATA|SNV|TTTT|2023-01-01|2024-12-31|=|PB|600|D|100||Chuẩn hóa, làm sạch dữ liệu cán bộ, công chức đồng bộ CSDL quốc gia|Dữ liệu CBCC đồng bộ CSDL quốc gia|Quyết định 893/QĐ-TTg ngày 19/6/2020
            3.1||APP|TTTT|VP,HCC|2021-01-01|2022-06-30|=|PB|3900|D|100||Hoàn thiện Cổng dịch vụ công và hệ thống thông tin giải quyết TTHC tỉnh|Hệ thống thông tin giải quyết TTHC theo Nghị định 107/2021|Nghị định 45/2020/NĐ-CP; Nghị định 107/2021/NĐ-CP
            3.2||APP|TTTT|HCC|2021-01-01|2023-12-31|2025-12-31|PB|2600|P|85|3.1|Cung cấp dịch vụ công trực tuyến toàn trình và một phần (chuyển tiếp)|DVC trực tuyến toàn trình theo Nghị định 42/2022|Nghị định 42/2022/NĐ-CP ngày 24/6/2022
            3.3||APP|VP|TTTT|2021-01-01|2021-12-31|=|PB|800|D|100||Nâng cấp phần mềm quản lý văn bản, ký số trên thiết bị di động|Ký số từ xa, QLVB trên di động|Quyết định 28/2018/QĐ-TTg ngày 12/7/2018
            3.4||APP|TTTT|HTTT|2022-01-01|2023-12-31|=|IT|3000|D|100||Thuê dịch vụ Trung tâm giám sát, điều hành thông minh (IOC) giai đoạn 1|IOC giám sát phản ánh hiện trường, DVC|Quyết định 942/QĐ-TTg ngày 15/6/2021
            3.5||APP|YT|TTTT|2022-01-01|2023-12-31|=|PB|1700|D|100||Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh|Bệnh án điện tử tại 5 bệnh viện|Thông tư 46/2018/TT-BYT
            3.6||APP|GD|TTTT|2023-01-01|2025-06-30|+10|PB|1200|P|90||Chuyển đổi số trong quản lý trường học, học bạ số|Học bạ số tại các trường THPT|Quyết định 131/QĐ-TTg ngày 25/01/2022
            3.7||APP|STC|KHDT|2023-01-01|2024-12-31|2026-09-30|PB|950|P|60||Phần mềm quản lý tài sản công, ngân sách kết nối Kho bạc|Phần mềm quản lý tài sản, ngân sách|Luật Quản lý, sử dụng tài sản công 2017
            4|-|APP|TTTT|HCC|2022-01-01|2025-12-31|=||||||Triển khai bộ phận một cửa hiện đại cấp huyện|Một cửa hiện đại 9 huyện, thành phố|Nghị định 61/2018/NĐ-CP; Nghị định 107/2021/NĐ-CP
            4.1|4|APP|VY|TTTT|2022-01-01|2022-12-31|=|PB|650|D|100||Một cửa hiện đại thành phố Vĩnh Yên|Bộ phận một cửa hiện đại vận hành|Nghị định 61/2018/NĐ-CP ngày 23/4/2018
            4.2|4|APP|PY|TTTT|2022-01-01|2022-12-31|=|PB|600|D|100||Một cửa hiện đại thành phố Phúc Yên|Bộ phận một cửa hiện đại vận hành|Nghị định 61/2018/NĐ-CP ngày 23/4/2018
            4.3|4|APP|BX|TTTT|2023-01-01|2023-12-31|=|PB|550|D|100||Một cửa hiện đại huyện Bình Xuyên|Bộ phận một cửa hiện đại vận hành|Nghị định 61/2018/NĐ-CP ngày 23/4/2018
            4.4|4|APP|VT|TTTT|2023-01-01|2023-12-31|2024-12-31|PB|550|D|100||Một cửa hiện đại huyện Vĩnh Tường|Bộ phận một cửa hiện đại vận hành|Nghị định 61/2018/NĐ-CP ngày 23/4/2018
            4.5|4|APP|YL|TTTT|2024-01-01|2024-12-31|2026-06-30|PB|500|P|70||Một cửa hiện đại huyện Yên Lạc|Bộ phận một cửa hiện đại vận hành|Nghị định 61/2018/NĐ-CP ngày 23/4/2018
            4.6|4|APP|LT|TTTT|2024-01-01|2024-12-31|2025-12-31|PB|500|Z|30||Một cửa hiện đại huyện Lập Thạch|Bộ phận một cửa hiện đại vận hành|Nghị định 61/2018/NĐ-CP ngày 23/4/2018
            4.7|4|APP|TDA|TTTT|2025-01-01|2025-12-31|+25|PB|450|P|50||Một cửa hiện đại huyện Tam Đảo|Bộ phận một cửa hiện đại vận hành|Nghị định 61/2018/NĐ-CP ngày 23/4/2018
            5.1||TECH|TTTT|HTTT|2021-01-01|2023-12-31|=|SB|4200|D|100||Hoàn thành mạng truyền số liệu chuyên dùng đến 100% xã (chuyển tiếp)|137/137 xã kết nối mạng TSLCD|Quyết định 8/QĐ-TTg ngày 10/01/2021
            5.2||TECH|HTTT|TTTT|2022-01-01|2024-12-31|2026-12-31|IT|6800|P|65||Chuyển Trung tâm tích hợp dữ liệu sang nền tảng điện toán đám mây|Hạ tầng đám mây cho các hệ thống dùng chung|Quyết định 942/QĐ-TTg ngày 15/6/2021
            5.3||TECH|HTTT|TTTT|2023-01-01|2025-12-31|+140|PB|900|P|50||Chuyển đổi hạ tầng mạng sang IPv6|Hệ thống dùng chung chạy IPv6|Chỉ thị 03/CT-BTTTT ngày 28/5/2019
            6.1||INT|TTTT|HTTT|2021-01-01|2021-12-31|=|PB|5400|D|100||Hoàn thiện nền tảng LGSP tỉnh (chuyển tiếp)|LGSP vận hành, kết nối các CSDL|Quyết định 2323/QĐ-BTTTT ngày 31/12/2019
            6.2||INT|TTTT|HTTT|2021-07-01|2022-06-30|=|PB|800|D|100|6.1|Kết nối LGSP tỉnh với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)|Kết nối NDXP ổn định|Nghị định 47/2020/NĐ-CP ngày 09/4/2020
            6.3||INT|HCC|TTTT|2022-07-01|2024-06-30|2026-03-31|PB|1100|P|75|6.2|Kết nối CSDL quốc gia về dân cư phục vụ giải quyết TTHC (Đề án 06)|Xác thực công dân qua CSDL dân cư|Quyết định 06/QĐ-TTg ngày 06/01/2022
            7.1||SEC|TTTT|HTTT|2021-01-01|2022-12-31|=|PB|2500|D|100||Trung tâm giám sát an toàn thông tin (SOC) kết nối Trung tâm giám sát quốc gia (chuyển tiếp)|SOC giám sát 24/7|Chỉ thị 14/CT-TTg ngày 07/6/2019
            7.2||SEC|TTTT|HTTT|2022-01-01|2025-12-31|2026-10-31|PB|1600|P|60|7.1|Bảo đảm an toàn hệ thống thông tin theo cấp độ cho 100% hệ thống|Hồ sơ cấp độ và phương án bảo vệ|Nghị định 85/2016/NĐ-CP ngày 01/7/2016
            7.3||SEC|TTTT|SNV|2023-01-01|2025-12-31|=|PB|600|P|70||Diễn tập thực chiến an toàn thông tin hằng năm|Báo cáo diễn tập hằng năm|Chỉ thị 09/CT-TTg ngày 24/02/2024
            8.1||LEGAL|TTTT|STP|2021-01-01|2021-06-30|=|PB|60|D|100||Ban hành Quy chế quản lý, vận hành LGSP và chia sẻ dữ liệu của tỉnh|Quyết định ban hành Quy chế|Nghị định 47/2020/NĐ-CP ngày 09/4/2020
            8.2||LEGAL|TTTT|STP,STC|2022-01-01|2022-12-31|=|PB|80|D|100||Ban hành danh mục cơ sở dữ liệu dùng chung của tỉnh|Quyết định ban hành danh mục|Nghị định 47/2020/NĐ-CP ngày 09/4/2020
            8.3||LEGAL|KHDT|STC,TTTT|2023-01-01|2023-12-31|2025-06-30|PB|40|P|50||Hướng dẫn thẩm định sự phù hợp với Kiến trúc của các dự án CNTT|Văn bản hướng dẫn thẩm định|Nghị định 73/2019/NĐ-CP ngày 05/9/2019
            9.1||HR|SNV|TTTT|2021-01-01|2025-12-31|=|PB|900|P|90||Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức|Lượt CBCCVC được bồi dưỡng kỹ năng số|Quyết định 146/QĐ-TTg ngày 28/01/2022
            9.2||HR|TTTT|SNV|2022-01-01|2024-12-31|=|PB|300|D|100||Kiện toàn đội ứng cứu sự cố an toàn thông tin mạng tỉnh|Đội ứng cứu sự cố được kiện toàn|Quyết định 05/2017/QĐ-TTg ngày 16/3/2017
            9.3||HR|LD|TTTT|2023-01-01|2025-12-31|=|OT|200|N|0||Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến qua Tổ công nghệ số cộng đồng|Tổ công nghệ số cộng đồng ở 100% xã|Quyết định 1907/QĐ-TTg ngày 23/11/2020
            """;

    private static final String V3 = """
            1.1||BUS|VP|TTTT|2026-01-01|2026-12-31|=|PB|500|||| Xây dựng kiến trúc nghiệp vụ Chính quyền số theo Khung kiến trúc số quốc gia|Mô hình nghiệp vụ Chính quyền số|Quyết định 3090/QĐ-BKHCN ngày 08/10/2025
            2.1||DATA|TTTT|HTTT|2026-01-01|2027-12-31|=|PB|7000|||2.2|Nền tảng quản lý dữ liệu và kho dữ liệu số của tỉnh|Kho dữ liệu số, danh mục dữ liệu chủ|Luật Dữ liệu 2024
            2.2||DATA|TTTT|STP|2026-01-01|2026-06-30|=|PB|150|||| Ban hành Khung quản trị dữ liệu của tỉnh|Quyết định ban hành Khung quản trị dữ liệu|Luật Dữ liệu 2024
            3.1||APP|HCC|TTTT|2026-01-01|2027-06-30|=|PB|3500|||| Nâng cấp Hệ thống thông tin giải quyết TTHC theo mô hình một cửa số|Một cửa số liên thông|Nghị định 118/2025/NĐ-CP
            3.2||APP|TTTT|VY|2026-07-01|2028-12-31|=|IT|9000|||2.1|Trung tâm điều hành thông minh (IOC) giai đoạn 2 và dịch vụ đô thị thông minh|IOC giai đoạn 2|Quyết định 942/QĐ-TTg ngày 15/6/2021
            3.3||APP|YT|TTTT|2026-01-01|2027-12-31|=|PB|2500|||| Bệnh án điện tử tại 100% cơ sở khám chữa bệnh công lập|Bệnh án điện tử toàn tỉnh|Thông tư 13/2025/TT-BYT
            4.1||TECH|HTTT|TTTT|2026-01-01|2028-12-31|=|IT|15000|||| Hạ tầng điện toán đám mây Chính quyền số của tỉnh|Đám mây dùng chung|Quyết định 3090/QĐ-BKHCN ngày 08/10/2025
            5.1||SEC|TTTT|HTTT|2026-01-01|2030-12-31|=|PB|5000|||| Bảo đảm an toàn thông tin 4 lớp cho toàn bộ hệ thống Chính quyền số|Mô hình 4 lớp tại 100% hệ thống|Chỉ thị 09/CT-TTg ngày 24/02/2024
            6.1||INT|TTTT|HTTT|2026-01-01|2027-06-30|=|PB|3000|||| Nâng cấp LGSP thành nền tảng tích hợp, chia sẻ dữ liệu theo Khung kiến trúc số|Nền tảng tích hợp mới kết nối NDXP|Nghị định 47/2020/NĐ-CP; Luật Dữ liệu 2024
            7.1||LEGAL|TTTT|STP|2026-01-01|2026-12-31|=|PB|100|||| Rà soát quy chế chuyển đổi số sau sắp xếp đơn vị hành chính|Quy chế sửa đổi|Nghị quyết 57-NQ/TW ngày 22/12/2024
            8.1||HR|SNV|TTTT|2026-01-01|2030-12-31|=|PB|1500|||| Phổ cập kỹ năng số cho 100% cán bộ, công chức, viên chức|Chứng nhận kỹ năng số|Nghị quyết 57-NQ/TW ngày 22/12/2024
            """;

    private final RoadmapStore store;
    private final EvidenceFiles evidence;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ArchitectureDemoSeeder(RoadmapStore store, EvidenceFiles evidence, JdbcTemplate jdbc, Clock clock) {
        this.store = store;
        this.evidence = evidence;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    @Transactional
    public void seedIfEmpty() {
        if (!store.versions().isEmpty()) return;
        LocalDate today = LocalDate.now(clock.withZone(ProvinceTime.ZONE));
        Map<String, Long> units = unitIds();
        Map<String, Long> components = store.components().stream()
                .collect(Collectors.toMap(ArchComponent::code, ArchComponent::id));
        Map<String, Long> frameworks = store.frameworks().stream()
                .collect(Collectors.toMap(Framework::code, Framework::id));
        Instant now = clock.instant();

        long v1 = store.insertVersion(new VersionDraft("Kiến trúc Chính quyền điện tử tỉnh Vĩnh Phúc, phiên bản 1.0",
                frameworks.get("CPDT-1.0"), null, null, 2018, 2020), VersionStatus.SUPERSEDED, now);
        Map<String, Long> v1Tasks = tasks(v1, V1, units, components, today, Map.of(), true);
        long v2 = store.insertVersion(new VersionDraft("Kiến trúc Chính quyền điện tử tỉnh Vĩnh Phúc, phiên bản 2.0",
                frameworks.get("CPDT-2.0"), "2795/QĐ-UBND", null, 2021, 2025), VersionStatus.APPROVED, now);
        // 1.0's open tasks live on in 2.0 under these codes
        Map<String, Long> carried = Map.of("2.1", v1Tasks.get("2.2"), "3.2", v1Tasks.get("3.4"), "5.1", v1Tasks.get("4.2"), "6.1", v1Tasks.get("6.1"),
                "7.1", v1Tasks.get("5.2"));
        Map<String, Long> v2Tasks = tasks(v2, V2, units, components, today, carried, true);
        long v3 = store.insertVersion(new VersionDraft("Kiến trúc Chính quyền số tỉnh Vĩnh Phúc, phiên bản 3.0 (dự thảo)",
                frameworks.get("KTS-2025"), null, null, 2026, 2030), VersionStatus.DRAFT, now);
        tasks(v3, V3, units, components, today, Map.of(), false);
        reports(v2, v2Tasks, today, units.get("SNV"));
    }

    private Map<String, Long> unitIds() {
        Map<String, Long> byCode = new HashMap<>();
        jdbc.query("SELECT id, code FROM unit", rs -> {
            byCode.put(rs.getString(2), rs.getLong(1));
        });
        Map<String, Long> ids = new HashMap<>();
        UNITS.forEach((key, code) -> ids.put(key, byCode.get(code)));
        return ids;
    }

    /** Inserts a version's tasks from the table above; returns their ids by code. */
    private Map<String, Long> tasks(long versionId, String table, Map<String, Long> units,
                                    Map<String, Long> components, LocalDate today, Map<String, Long> carriedFrom,
                                    boolean frozen) {
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> prerequisites = new HashMap<>();
        for (String line : table.strip().split("\n")) {
            String[] f = line.split("\\|", -1);
            if (f.length != 16) throw new IllegalStateException("Demo roadmap row needs 16 fields: " + line);
            String code = f[0].strip();
            boolean group = "-".equals(f[1]);
            Long parent = group || f[1].isBlank() ? null : ids.get(f[1]);
            LocalDate start = LocalDate.parse(f[5]);
            LocalDate baselineEnd = LocalDate.parse(f[6]);
            LocalDate plannedEnd = f[7].equals("=") ? baselineEnd
                    : f[7].startsWith("+") ? today.plusDays(Long.parseLong(f[7].substring(1))) : LocalDate.parse(f[7]);
            TaskStatus status = group ? TaskStatus.IN_PROGRESS : status(f[10]);
            int percent = f[11].isBlank() ? 0 : Integer.parseInt(f[11]);
            Long estimate = f[9].isBlank() ? null : Long.parseLong(f[9]) * 1_000_000L;
            long disbursed = estimate == null ? 0 : switch (status) {
                case DONE -> estimate * 97 / 100;
                case IN_PROGRESS, PAUSED, CARRIED_OVER, CANCELLED -> estimate * percent / 100 * 9 / 10;
                default -> 0L;
            };
            Set<Long> coordinators = new LinkedHashSet<>();
            if (!f[4].isBlank()) Arrays.stream(f[4].split(",")).map(units::get).forEach(coordinators::add);
            TaskDraft d = new TaskDraft(code, f[13].strip(), components.get(f[2]), parent, f[15], units.get(f[3]),
                    coordinators, start, plannedEnd, funding(f[8]), estimate, disbursed, f[14], status, percent, Set.of());
            long id = store.insertTask(versionId, d, frozen ? start : null, frozen ? baselineEnd : null,
                    carriedFrom.get(code), clock.instant());
            if (status == TaskStatus.DONE) {
                store.applyProgress(id, status, 100, disbursed, min(plannedEnd, today), clock.instant());
            }
            store.replaceCoordinators(id, coordinators);
            ids.put(code, id);
            if (!f[12].isBlank()) prerequisites.put(code, f[12]);
        }
        prerequisites.forEach((code, pre) -> store.replacePrerequisites(ids.get(code),
                Arrays.stream(pre.split(",")).map(ids::get).collect(Collectors.toSet())));
        return ids;
    }

    /**
     * Progress history for 2.0: the accepted reports of the last two periods behind each task that moved, evidence on
     * the latest; three reports waiting for the DIC and one returned with a reason.
     */
    private void reports(long versionId, Map<String, Long> ids, LocalDate today, long snv) {
        String lastQuarter = quarter(today.minusMonths(3));
        String previous = quarter(today.minusMonths(6));
        int n = 0;
        List<StoredTask> all = store.tasksOf(versionId);
        Set<Long> groups = all.stream().map(StoredTask::parentId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        for (StoredTask t : all) {
            if (t.percentDone() == 0 || groups.contains(t.id())) continue;
            n++;
            String reporter = t.leadUnitId() == snv ? "canbo.snv" : "demo";
            String earlier = t.status() == TaskStatus.DONE ? quarter(t.doneOn().minusMonths(3)) : previous;
            String latest = t.status() == TaskStatus.DONE ? quarter(t.doneOn()) : lastQuarter;
            int half = Math.max(5, t.percentDone() / 2);
            report(t, earlier, TaskStatus.IN_PROGRESS, half, t.disbursedVnd() / 2, null, Verification.ACCEPTED,
                    null, reporter);
            byte[] pdf = pdf(t.code(), latest);
            report(t, latest, t.status() == TaskStatus.PAUSED ? TaskStatus.PAUSED : t.status(), t.percentDone(),
                    t.disbursedVnd(), new EvidenceUpload(n % 4 == 0 ? null : n + "/BC-" + shortUnit(t),
                            periodEnd(latest).plusDays(3), "Báo cáo kết quả thực hiện nhiệm vụ " + t.code() + " kỳ "
                            + latest, "bao-cao-" + t.code() + "-" + latest + ".pdf", pdf),
                    Verification.ACCEPTED, null, reporter);
        }
        pending(ids.get("1.3"), quarter(today), TaskStatus.IN_PROGRESS, 90, "Đang kiểm thử kết nối với Hệ thống báo cáo Chính phủ");
        pending(ids.get("3.6"), quarter(today), TaskStatus.DONE, 100, null);
        pending(ids.get("4.7"), quarter(today), TaskStatus.IN_PROGRESS, 65, "Chậm bàn giao mặt bằng bộ phận một cửa");
        // filed by Sở Nội vụ's IT officer: waits for giamdoc.snv before the DIC sees it
        StoredTask skills = store.task(ids.get("9.1")).orElseThrow();
        store.insertReport(skills.id(), quarter(today), TaskStatus.IN_PROGRESS, 95, skills.disbursedVnd(),
                "Còn 2 huyện chưa tổ chức lớp bồi dưỡng kỹ năng số", null, "canbo.snv", clock.instant(),
                new Approval(ApprovalStep.AWAITING_HEAD, null, null, null));
        StoredTask returned = store.task(ids.get("2.5")).orElseThrow();
        report(returned, quarter(today), TaskStatus.IN_PROGRESS, 60, returned.disbursedVnd(), null,
                Verification.RETURNED, "Tỷ lệ 60% chưa có minh chứng nghiệm thu; đề nghị bổ sung biên bản.", "demo");
    }

    /** Demo reports older than the unit approval step, or filed by heads: straight to the DIC. */
    private static final Approval APPROVED = new Approval(ApprovalStep.APPROVED, null, null, null);

    private void pending(long taskId, String period, TaskStatus status, int percent, String blockers) {
        StoredTask t = store.task(taskId).orElseThrow();
        long disbursed = t.estimateVnd() == null ? 0 : t.estimateVnd() * percent / 100 * 9 / 10;
        store.insertReport(t.id(), period, status, percent, disbursed, blockers,
                evidence.store(new EvidenceUpload(null, null, "Báo cáo tiến độ " + t.code(),
                        "tien-do-" + t.code() + ".pdf", pdf(t.code(), period)), "demo"),
                "demo", clock.instant(), APPROVED);
    }

    private void report(StoredTask t, String period, TaskStatus status, int percent, long disbursed,
                        EvidenceUpload upload, Verification verdict, String reason, String reporter) {
        Long evidenceId = upload == null ? null : evidence.store(upload, reporter);
        Instant at = periodEnd(period).plusDays(5).atTime(LocalTime.of(9, 30)).atZone(ProvinceTime.ZONE).toInstant();
        if (at.isAfter(clock.instant())) at = clock.instant();
        long id = store.insertReport(t.id(), period, status, percent, disbursed, null, evidenceId, reporter, at,
                APPROVED);
        store.verify(id, 0, verdict, "admin", reason, at.plusSeconds(86_400L * 2).isAfter(clock.instant())
                ? clock.instant() : at.plusSeconds(86_400L * 2));
    }

    private String shortUnit(StoredTask t) {
        return t.code().replace(".", "");
    }

    private static String quarter(LocalDate d) {
        return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    private static LocalDate periodEnd(String quarter) {
        int year = Integer.parseInt(quarter.substring(0, 4));
        int q = quarter.charAt(quarter.length() - 1) - '0';
        return LocalDate.of(year, q * 3, 1).plusMonths(1).minusDays(1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static TaskStatus status(String s) {
        return switch (s.strip()) {
            case "D" -> TaskStatus.DONE;
            case "P" -> TaskStatus.IN_PROGRESS;
            case "C" -> TaskStatus.CANCELLED;
            case "O" -> TaskStatus.CARRIED_OVER;
            case "Z" -> TaskStatus.PAUSED;
            default -> TaskStatus.NOT_STARTED;
        };
    }

    private static FundingSource funding(String s) {
        return switch (s.strip()) {
            case "SB" -> FundingSource.STATE_BUDGET;
            case "PB" -> FundingSource.PROVINCIAL_BUDGET;
            case "PI" -> FundingSource.PUBLIC_INVESTMENT;
            case "IT" -> FundingSource.IT_SERVICE_LEASE;
            case "OT" -> FundingSource.OTHER;
            default -> null;
        };
    }

    /** A one-page PDF standing in for the unit's signed report (ASCII: the built-in font has no Vietnamese). */
    private static byte[] pdf(String code, String period) {
        var out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("Bao cao tien do nhiem vu " + code + " - ky " + period));
        doc.add(new Paragraph("Minh chung kem theo bao cao (du lieu minh hoa)."));
        doc.close();
        return out.toByteArray();
    }
}
