package vn.egov.console.architecture.internal;

import java.util.List;
import vn.egov.console.base.tabular.Column;

/** The annex table's columns, with the Vietnamese and English headers offices use. */
public final class AnnexColumns {

    public static final List<Column> ALL = List.of(
            Column.required("code", "Mã nhiệm vụ", "Mã", "STT", "Code", "Task code"),
            Column.required("title", "Tên nhiệm vụ", "Nhiệm vụ", "Title", "Task"),
            Column.required("component", "Thành phần", "Mã thành phần", "Component"),
            Column.optional("parent", "Nhiệm vụ cha", "Parent"),
            Column.required("lead", "Đơn vị chủ trì", "Mã đơn vị chủ trì", "Lead unit"),
            Column.optional("coordinators", "Đơn vị phối hợp", "Coordinating units"),
            Column.required("start", "Bắt đầu", "Ngày bắt đầu", "Start"),
            Column.required("end", "Kết thúc", "Ngày kết thúc", "End"),
            Column.optional("funding", "Nguồn kinh phí", "Funding"),
            Column.optional("estimate", "Dự toán", "Kinh phí dự kiến", "Estimate"),
            Column.optional("deliverable", "Sản phẩm", "Sản phẩm dự kiến", "Deliverable"),
            Column.optional("legal", "Căn cứ pháp lý", "Legal basis"),
            Column.optional("prerequisites", "Phụ thuộc", "Nhiệm vụ tiền đề", "Prerequisites"));

    private AnnexColumns() {
    }
}
