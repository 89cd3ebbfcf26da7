package vn.egov.console.index.internal;

import static vn.egov.console.index.IndexMetric.ARCH_TASKS_ON_TIME;
import static vn.egov.console.index.IndexMetric.CERT_AGENCY_IN_FORCE;
import static vn.egov.console.index.IndexMetric.CERT_RENEWAL_ON_TIME;
import static vn.egov.console.index.IndexMetric.DOC_CENTRAL_SIGNED_SHARE;
import static vn.egov.console.index.IndexMetric.DOC_ELECTRONIC_SHARE;
import static vn.egov.console.index.IndexMetric.DOC_NO_PAPER_SHARE;
import static vn.egov.console.index.IndexMetric.DOC_SIGNED_SHARE;
import static vn.egov.console.index.IndexMetric.DOC_STAGE;
import static vn.egov.console.index.IndexMetric.HAS_PORTAL;
import static vn.egov.console.index.IndexMetric.IT_OFFICER;
import static vn.egov.console.index.IndexMetric.MAILBOX_COVERAGE;
import static vn.egov.console.index.IndexMetric.MAILBOX_USED_90D;
import static vn.egov.console.index.IndexMetric.PORTAL_COMPLIANCE;
import static vn.egov.console.index.IndexMetric.PS_ONLINE_SHARE;
import static vn.egov.console.index.IndexMetric.PS_ONLINE_UNUSED;
import static vn.egov.console.index.IndexMetric.PS_ONLINE_USED_SHARE;
import static vn.egov.console.index.IndexMetric.PS_ON_TIME_RATE;
import static vn.egov.console.index.NodeDraft.computed;
import static vn.egov.console.index.NodeDraft.evidence;
import static vn.egov.console.index.NodeDraft.group;
import static vn.egov.console.index.RuleType.HALF;
import static vn.egov.console.index.RuleType.MANUAL;
import static vn.egov.console.index.RuleType.RATIO;
import static vn.egov.console.index.RuleType.TIERED;
import static vn.egov.console.index.RuleType.YES_NO;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import vn.egov.console.index.Category;
import vn.egov.console.index.FrameworkDraft;

/**
 * The demo province's two frameworks: the provincial set modelled on the six groups of the 2016 national assessment
 * (100 points), and a DTI-style set for 2022 onward modelled on Decision 922/QĐ-BTTTT (scored pillars, one
 * unscored; a group with indicators and sub-indicators).
 */
public final class DemoFrameworks {

    private DemoFrameworks() {
    }

    static final String DIC = "Sở Thông tin và Truyền thông";

    public static FrameworkDraft it2016() {
        return new FrameworkDraft("VP-CNTT-2016",
                "Bộ chỉ số đánh giá, xếp hạng mức độ ứng dụng CNTT của các cơ quan nhà nước tỉnh Vĩnh Phúc",
                "UBND tỉnh Vĩnh Phúc", "1234/QĐ-UBND", LocalDate.of(2016, 5, 10), 2016, 2021,
                EnumSet.allOf(Category.class), List.of(
                group("1", "Hạ tầng kỹ thuật CNTT", "IT infrastructure", 15),
                computed("1.1", "1", "Tỷ lệ cán bộ có hộp thư công vụ", "Staff with an official mailbox", 8, RATIO, null, MAILBOX_COVERAGE),
                computed("1.2", "1", "Có chứng thư số cơ quan còn hiệu lực", "Agency certificate in force", 7, YES_NO, null, CERT_AGENCY_IN_FORCE),
                group("2", "Ứng dụng CNTT trong hoạt động nội bộ", "IT use in internal operations", 25),
                computed("2.1", "2", "Mức triển khai phần mềm quản lý văn bản", "Document-management stage", 8, TIERED, "5:8;4:7;3:6;2:4;1:2", DOC_STAGE),
                computed("2.2", "2", "Tỷ lệ văn bản đi điện tử", "Documents sent electronically", 6, RATIO, null, DOC_ELECTRONIC_SHARE),
                computed("2.3", "2", "Tỷ lệ văn bản đi được ký số", "Documents digitally signed", 5, RATIO, null, DOC_SIGNED_SHARE),
                computed("2.4", "2", "Tỷ lệ văn bản gửi Trung ương được ký số", "Documents to central government signed", 3, RATIO, null, DOC_CENTRAL_SIGNED_SHARE),
                computed("2.5", "2", "Tỷ lệ văn bản điện tử không gửi kèm bản giấy", "Electronic documents without paper", 3, RATIO, null, DOC_NO_PAPER_SHARE),
                group("3", "Cổng/Trang thông tin điện tử", "Portal", 15),
                computed("3.1", "3", "Có cổng/trang thông tin điện tử", "Has a portal", 8, YES_NO, null, HAS_PORTAL),
                computed("3.2", "3", "Cổng TTĐT được cập nhật, đánh giá an toàn, thử khôi phục", "Portal compliance", 7, RATIO, null, PORTAL_COMPLIANCE),
                group("4", "Dịch vụ công trực tuyến", "Online public services", 20),
                computed("4.1", "4", "Tỷ lệ hồ sơ nộp trực tuyến", "Applications filed online", 12, RATIO, null, PS_ONLINE_SHARE),
                computed("4.2", "4", "Tỷ lệ hồ sơ giải quyết đúng hạn", "Applications resolved on time", 8, RATIO, null, PS_ON_TIME_RATE),
                group("5", "Cơ chế, chính sách và môi trường", "Policies and mechanisms", 15),
                evidence("5.1", "5", "Ban hành kế hoạch ứng dụng CNTT năm", "Yearly IT application plan issued", 5, YES_NO, null, DIC),
                evidence("5.2", "5", "Quy chế sử dụng văn bản điện tử, chữ ký số", "Rules on electronic documents and signatures", 5, HALF, null, DIC),
                evidence("5.3", "5", "Bố trí kinh phí cho ứng dụng CNTT", "Funding for IT application", 5, MANUAL, null, "Sở Tài chính"),
                group("6", "Nguồn nhân lực", "Human resources", 10),
                computed("6.1", "6", "Có cán bộ chuyên trách CNTT", "Dedicated IT officer", 5, YES_NO, null, IT_OFFICER),
                evidence("6.2", "6", "Số lớp tập huấn CNTT cho cán bộ trong năm", "IT training courses held", 5, TIERED, "4:5;3:4;2:3;1:1", DIC)));
    }

    public static FrameworkDraft dti2022() {
        return new FrameworkDraft("VP-DTI-2022",
                "Bộ chỉ số đánh giá chuyển đổi số các sở, ngành, UBND cấp huyện, cấp xã tỉnh Vĩnh Phúc (DTI)",
                "UBND tỉnh Vĩnh Phúc", "1567/QĐ-UBND", LocalDate.of(2022, 7, 15), 2022, null,
                EnumSet.allOf(Category.class), List.of(
                group("A", "Nhận thức số", "Digital awareness", 100),
                evidence("A.1", "A", "Số cuộc họp Ban chỉ đạo chuyển đổi số trong năm", "Steering-committee meetings", 50, TIERED, "4:50;3:40;2:25;1:10", DIC),
                evidence("A.2", "A", "Tuyên truyền về chuyển đổi số", "Digital-transformation outreach", 50, HALF, null, DIC),
                group("B", "Thể chế số", "Digital institutions", 100),
                evidence("B.1", "B", "Ban hành kế hoạch chuyển đổi số năm", "Yearly digital-transformation plan", 50, YES_NO, null, DIC),
                computed("B.2", "B", "Nhiệm vụ kiến trúc chủ trì hoàn thành đúng hạn", "Architecture tasks done on time", 50, RATIO, null, ARCH_TASKS_ON_TIME),
                group("C", "Hạ tầng số", "Digital infrastructure", 100),
                computed("C.1", "C", "Tỷ lệ cán bộ có hộp thư công vụ", "Staff with an official mailbox", 40, RATIO, null, MAILBOX_COVERAGE),
                computed("C.2", "C", "Tỷ lệ hộp thư được sử dụng trong 90 ngày", "Mailboxes used within 90 days", 25, RATIO, null, MAILBOX_USED_90D),
                computed("C.3", "C", "Có chứng thư số cơ quan còn hiệu lực", "Agency certificate in force", 20, YES_NO, null, CERT_AGENCY_IN_FORCE),
                computed("C.4", "C", "Tỷ lệ đề nghị gia hạn chứng thư số nộp đúng hạn (trước 60 ngày)", "Certificate renewals filed on time (60-day rule)", 15, RATIO, null, CERT_RENEWAL_ON_TIME),
                group("D", "Nhân lực số", "Digital human resources", 100),
                computed("D.1", "D", "Có cán bộ chuyên trách CNTT", "Dedicated IT officer", 50, YES_NO, null, IT_OFFICER),
                evidence("D.2", "D", "Số lớp bồi dưỡng kỹ năng số trong năm", "Digital-skills courses held", 50, TIERED, "4:50;3:40;2:25;1:10", DIC),
                group("E", "An toàn thông tin mạng", "Cyber security", 100),
                computed("E.1", "E", "Cổng TTĐT được đánh giá an toàn, thử khôi phục, cập nhật", "Portal compliance", 60, RATIO, null, PORTAL_COMPLIANCE),
                evidence("E.2", "E", "Phương án ứng cứu sự cố được phê duyệt", "Incident-response plan approved", 40, YES_NO, null, "Công an tỉnh"),
                group("F", "Hoạt động chính quyền số", "Digital-government activity", 200),
                new vn.egov.console.index.NodeDraft("F.1", "F", "Văn bản điện tử", "Electronic documents", 100, true, null, null, null, null, null),
                computed("F.1.1", "F.1", "Tỷ lệ văn bản đi điện tử", "Documents sent electronically", 30, RATIO, null, DOC_ELECTRONIC_SHARE),
                computed("F.1.2", "F.1", "Tỷ lệ văn bản đi được ký số", "Documents digitally signed", 30, RATIO, null, DOC_SIGNED_SHARE),
                computed("F.1.3", "F.1", "Tỷ lệ văn bản gửi Trung ương được ký số", "Documents to central government signed", 20, RATIO, null, DOC_CENTRAL_SIGNED_SHARE),
                computed("F.1.4", "F.1", "Tỷ lệ văn bản không gửi kèm bản giấy", "Documents without a paper copy", 20, RATIO, null, DOC_NO_PAPER_SHARE),
                new vn.egov.console.index.NodeDraft("F.2", "F", "Dịch vụ công trực tuyến", "Online public services", 100, true, null, null, null, null, null),
                computed("F.2.1", "F.2", "Tỷ lệ hồ sơ nộp trực tuyến", "Applications filed online", 50, RATIO, null, PS_ONLINE_SHARE),
                computed("F.2.2", "F.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "Applications resolved on time", 30, RATIO, null, PS_ON_TIME_RATE),
                computed("F.2.3", "F.2", "Tỷ lệ thủ tục trực tuyến có phát sinh hồ sơ trực tuyến", "Online procedures that received online applications", 20, RATIO, null, PS_ONLINE_USED_SHARE),
                computed("F.2.4", "F.2", "Số thủ tục trực tuyến không phát sinh hồ sơ (không chấm điểm)", "Online procedures with no online application (not scored)", 0, TIERED, "0:0", PS_ONLINE_UNUSED).unscored(),
                group("G", "Đô thị thông minh (không chấm điểm)", "Smart city (not scored)", 0).unscored(),
                evidence("G.1", "G", "Có dịch vụ đô thị thông minh", "Smart-city services", 0, YES_NO, null, DIC).unscored()));
    }
}
