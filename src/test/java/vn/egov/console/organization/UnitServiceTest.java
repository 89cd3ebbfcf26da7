package vn.egov.console.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.security.UserAdminService;

/** Each test rolls back, so the demo province stays as loaded for the other test classes. */
@IntegrationTest
@Transactional
class UnitServiceTest {

    @Autowired
    UnitService units;
    @Autowired
    UserAdminService users;

    @Test
    void demoProvinceHasTheUnitsOfPRODUCT_md() {
        // other test classes may add units of their own; the demo province is the units with Vĩnh Phúc's codes (H62)
        List<UnitSummary> all = ADMIN.call(units::listActive).stream().filter(u -> u.code().endsWith(".H62")).toList();
        assertThat(all.stream().filter(u -> u.kind() == UnitKind.DEPARTMENT).count())
                .as("24 departments plus the Provincial People's Committee Office").isEqualTo(25);
        assertThat(all.stream().filter(u -> u.kind() == UnitKind.DISTRICT_COMMITTEE).map(UnitSummary::name))
                .hasSize(9).anyMatch(n -> n.contains("Vĩnh Yên")).anyMatch(n -> n.contains("Yên Lạc"));
        assertThat(all.stream().filter(u -> u.kind() == UnitKind.OTHER).count()).isEqualTo(6);
        assertThat(all.stream().filter(u -> u.tier() == Tier.COMMUNE).count()).isBetween(130L, 140L);
        assertThat(all.stream().mapToLong(UnitSummary::headcount).sum()).isBetween(8_000L, 9_000L);
        assertThat(all.stream().filter(u -> u.parentId() == null)).singleElement()
                .extracting(UnitSummary::name).isEqualTo("Ủy ban nhân dân tỉnh Vĩnh Phúc");
    }

    @Test
    void createsEditsAndRenamesWithHistory() {
        ADMIN.run(() -> {
            long parent = units.findByCode(DemoUsers.VINH_YEN_CODE).orElseThrow().id();
            UnitSummary created = units.create(new UnitDraft("TEST.CREATE.1", "  Phường   Thử Nghiệm ", Tier.COMMUNE,
                    UnitKind.COMMUNE_COMMITTEE, parent, 25, true));
            assertThat(created.name()).isEqualTo("Phường Thử Nghiệm");

            UnitSummary renamed = units.update(created.id(), created.version(), new UnitDraft("TEST.CREATE.1",
                    "Phường Thử Nghiệm Mới", Tier.COMMUNE, UnitKind.COMMUNE_COMMITTEE, parent, 30, false));
            assertThat(renamed.headcount()).isEqualTo(30);
            assertThat(units.history(created.id())).extracting(UnitHistoryRow::event)
                    .contains("CREATED", "RENAMED", "UPDATED");
            assertThat(units.history(created.id())).filteredOn(r -> r.event().equals("RENAMED")).singleElement()
                    .extracting(UnitHistoryRow::detail).isEqualTo("Phường Thử Nghiệm → Phường Thử Nghiệm Mới");

            // an edit based on the old version is a conflict, and nothing changes
            assertThatThrownBy(() -> units.update(created.id(), created.version(), UnitDraft.of(created)))
                    .isInstanceOf(BusinessException.class).hasMessage("error.conflict");
            assertThat(units.get(created.id()).name()).isEqualTo("Phường Thử Nghiệm Mới");
        });
    }

    @Test
    void rejectsBadInputWithSpecificMessagesAndSavesNothing() {
        ADMIN.run(() -> {
            long parent = units.findByCode(DemoUsers.VINH_YEN_CODE).orElseThrow().id();
            int before = units.listVisible().size();
            assertRejected(new UnitDraft(" ", "Tên", Tier.COMMUNE, UnitKind.COMMUNE_COMMITTEE, parent, 1, false),
                    "error.unit.codeRequired");
            assertRejected(new UnitDraft(DemoUsers.SNV_CODE.toLowerCase(), "Trùng mã", Tier.COMMUNE,
                    UnitKind.COMMUNE_COMMITTEE, parent, 1, false), "error.unit.codeTaken");
            assertRejected(new UnitDraft("A B", "Tên", Tier.COMMUNE, UnitKind.COMMUNE_COMMITTEE, parent, 1, false),
                    "error.unit.codeFormat");
            assertRejected(new UnitDraft("X1", "", Tier.COMMUNE, UnitKind.COMMUNE_COMMITTEE, parent, 1, false),
                    "error.unit.nameRequired");
            assertRejected(new UnitDraft("X2", "Tên", Tier.COMMUNE, UnitKind.COMMUNE_COMMITTEE, null, 1, false),
                    "error.unit.parentRequired");
            assertRejected(new UnitDraft("X3", "Tên", Tier.COMMUNE, UnitKind.COMMUNE_COMMITTEE, parent, -1, false),
                    "error.unit.headcountRange");
            assertRejected(new UnitDraft("X4", "Tên", Tier.PROVINCE, UnitKind.DEPARTMENT, parent, 1, false),
                    "error.unit.tierAboveParent");
            assertThat(units.listVisible()).hasSize(before);
        });
    }

    @Test
    void parentCycleIsRejected() {
        ADMIN.run(() -> {
            UnitSummary district = units.findByCode(DemoUsers.VINH_YEN_CODE).orElseThrow();
            UnitSummary ward = units.findByCode(DemoUsers.NGO_QUYEN_CODE).orElseThrow();
            var draft = new UnitDraft(district.code(), district.name(), district.tier(), district.kind(), ward.id(),
                    district.headcount(), district.hasItOfficer());
            assertThatThrownBy(() -> units.update(district.id(), district.version(), draft))
                    .isInstanceOf(BusinessException.class).hasMessage("error.unit.parentCycle");
        });
    }

    @Test
    void mergeMovesChildrenAndUsersAndKeepsHistory() {
        ADMIN.run(() -> {
            UnitSummary province = units.listActive().stream().filter(u -> u.parentId() == null).findFirst().orElseThrow();
            UnitSummary a = units.create(new UnitDraft("MERGE.A", "Huyện Sáp Nhập A", Tier.DISTRICT,
                    UnitKind.DISTRICT_COMMITTEE, province.id(), 100, true));
            UnitSummary b = units.create(new UnitDraft("MERGE.B", "Huyện Sáp Nhập B", Tier.DISTRICT,
                    UnitKind.DISTRICT_COMMITTEE, province.id(), 120, true));
            UnitSummary child = units.create(new UnitDraft("MERGE.A.1", "Xã Con A", Tier.COMMUNE,
                    UnitKind.COMMUNE_COMMITTEE, a.id(), 20, false));
            var user = users.create(new vn.egov.console.security.NewUser("test.merge", "Người Thử", null,
                    vn.egov.console.security.Role.UNIT_OFFICER, a.id(), "matkhau-an-toan-42"));

            assertThatThrownBy(() -> units.merge(a.id(), a.id(), "lý do"))
                    .isInstanceOf(BusinessException.class).hasMessage("error.unit.mergeIntoSelf");
            assertThatThrownBy(() -> units.merge(a.id(), child.id(), "lý do"))
                    .isInstanceOf(BusinessException.class).hasMessage("error.unit.mergeIntoDescendant");
            assertThatThrownBy(() -> units.merge(a.id(), b.id(), " "))
                    .isInstanceOf(BusinessException.class).hasMessage("error.reasonRequired");
            assertThat(units.get(a.id()).status()).as("nothing half-done").isEqualTo(UnitStatus.ACTIVE);

            UnitSummary merged = units.merge(a.id(), b.id(), "Nghị quyết 1234/NQ-UBTVQH15");
            assertThat(merged.status()).isEqualTo(UnitStatus.MERGED);
            assertThat(merged.successorId()).isEqualTo(b.id());
            assertThat(units.get(child.id()).parentId()).isEqualTo(b.id());
            assertThat(users.get(user.id()).unitId()).isEqualTo(b.id());
            assertThat(units.history(a.id())).extracting(UnitHistoryRow::event).contains("MERGED");
            assertThat(units.history(b.id())).extracting(UnitHistoryRow::event).contains("RECEIVED");
            assertThatThrownBy(() -> units.merge(b.id(), a.id(), "ngược lại"))
                    .isInstanceOf(BusinessException.class).hasMessage("error.unit.successorInactive");
        });
    }

    @Test
    void dissolveNeedsNoActiveChildrenNorUsers() {
        ADMIN.run(() -> {
            UnitSummary province = units.listActive().stream().filter(u -> u.parentId() == null).findFirst().orElseThrow();
            UnitSummary parent = units.create(new UnitDraft("DISS.P", "Ban Giải Thể", Tier.PROVINCE,
                    UnitKind.OTHER, province.id(), 10, false));
            UnitSummary child = units.create(new UnitDraft("DISS.C", "Tổ Giải Thể", Tier.PROVINCE,
                    UnitKind.OTHER, parent.id(), 3, false));
            assertThatThrownBy(() -> units.dissolve(parent.id(), "hết nhiệm vụ"))
                    .isInstanceOf(BusinessException.class).hasMessage("error.unit.hasActiveChildren");
            var user = users.create(new vn.egov.console.security.NewUser("test.dissolve", "Người Ở Lại", null,
                    vn.egov.console.security.Role.UNIT_HEAD, child.id(), "matkhau-an-toan-43"));
            assertThatThrownBy(() -> units.dissolve(child.id(), "hết nhiệm vụ"))
                    .isInstanceOf(BusinessException.class).hasMessage("error.unit.hasDependents");
            users.setEnabled(user.id(), false);
            assertThat(units.dissolve(child.id(), "hết nhiệm vụ").status()).isEqualTo(UnitStatus.DISSOLVED);
            assertThat(units.dissolve(parent.id(), "hết nhiệm vụ").status()).isEqualTo(UnitStatus.DISSOLVED);
            assertThat(units.listActive()).extracting(UnitSummary::id).doesNotContain(parent.id(), child.id());
            assertThat(units.listVisible()).extracting(UnitSummary::id).contains(parent.id(), child.id());
        });
    }

    private void assertRejected(UnitDraft draft, String key) {
        assertThatThrownBy(() -> units.create(draft)).isInstanceOf(BusinessException.class).hasMessage(key);
    }
}
