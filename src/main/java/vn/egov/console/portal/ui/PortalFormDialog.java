package vn.egov.console.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.portal.AssessmentResult;
import vn.egov.console.portal.Hosting;
import vn.egov.console.portal.Portal;
import vn.egov.console.portal.PortalDraft;
import vn.egov.console.portal.PortalService;
import vn.egov.console.portal.PostingPeriod;
import vn.egov.console.portal.RestoreResult;

/** Create or edit a portal's record. A rejected save keeps everything typed and says what to fix. */
class PortalFormDialog extends Dialog {

    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final TextField name = new TextField();
    final TextField url = new TextField();
    final Select<Hosting> hosting = new Select<>();
    final TextField platform = new TextField();
    final TextField editor = new TextField();
    final IntegerField minPosts = new IntegerField();
    final Select<PostingPeriod> period = new Select<>();
    final DatePicker lastUpdate;
    final Select<Integer> level = new Select<>();
    final TextField decisionNo = new TextField();
    final DatePicker decisionDate;
    final DatePicker assessmentDate;
    final Select<AssessmentResult> assessmentResult = new Select<>();
    final IntegerField findings = new IntegerField();
    final Checkbox backupPlan = new Checkbox();
    final DatePicker restoreDate;
    final Select<RestoreResult> restoreResult = new Select<>();
    final FormError error = new FormError();
    final Button save = new Button();

    PortalFormDialog(PortalService service, Portal existing, Consumer<Portal> saved) {
        setHeaderTitle(getTranslation(existing == null ? "portal.action.create" : "portal.action.edit"));
        setWidth("min(900px, 95vw)");
        lastUpdate = PortalFormat.datePicker(getTranslation("portal.lastContentUpdate"));
        decisionDate = PortalFormat.datePicker(getTranslation("portal.securityDecisionDate"));
        assessmentDate = PortalFormat.datePicker(getTranslation("portal.lastAssessmentDate"));
        restoreDate = PortalFormat.datePicker(getTranslation("portal.lastRestoreTestDate"));

        List<UnitSummary> units = service.writableUnits();
        unit.setLabel(getTranslation("portal.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitSummary::name);
        name.setLabel(getTranslation("portal.name"));
        url.setLabel(getTranslation("portal.url"));
        url.setPlaceholder("https://");
        url.setHelperText(getTranslation("portal.url.help"));
        hosting.setLabel(getTranslation("portal.hosting"));
        hosting.setItems(Hosting.values());
        hosting.setItemLabelGenerator(h -> getTranslation(h.translationKey()));
        platform.setLabel(getTranslation("portal.platform"));
        editor.setLabel(getTranslation("portal.editor"));
        minPosts.setLabel(getTranslation("portal.postingMinPosts"));
        minPosts.setStepButtonsVisible(true);
        period.setLabel(getTranslation("portal.postingPeriod"));
        period.setItems(PostingPeriod.values());
        period.setItemLabelGenerator(p -> getTranslation(p.translationKey()));
        level.setLabel(getTranslation("portal.securityLevel"));
        level.setItems(1, 2, 3, 4, 5);
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("portal.notSet"));
        level.setItemLabelGenerator(l -> l == null ? getTranslation("portal.notSet") : getTranslation("portal.level", l));
        decisionNo.setLabel(getTranslation("portal.securityDecisionNo"));
        assessmentResult.setLabel(getTranslation("portal.lastAssessmentResult"));
        assessmentResult.setItems(AssessmentResult.values());
        assessmentResult.setEmptySelectionAllowed(true);
        assessmentResult.setEmptySelectionCaption(getTranslation("portal.notSet"));
        assessmentResult.setItemLabelGenerator(r -> r == null ? getTranslation("portal.notSet") : getTranslation(r.translationKey()));
        findings.setLabel(getTranslation("portal.openFindings"));
        backupPlan.setLabel(getTranslation("portal.backupPlan"));
        restoreResult.setLabel(getTranslation("portal.lastRestoreTestResult"));
        restoreResult.setItems(RestoreResult.values());
        restoreResult.setEmptySelectionAllowed(true);
        restoreResult.setEmptySelectionCaption(getTranslation("portal.notSet"));
        restoreResult.setItemLabelGenerator(r -> r == null ? getTranslation("portal.notSet") : getTranslation(r.translationKey()));

        if (existing != null) {
            units.stream().filter(u -> u.id() == existing.unitId()).findFirst().ifPresent(unit::setValue);
            PortalDraft d = existing.toDraft();
            name.setValue(d.name());
            url.setValue(d.url());
            hosting.setValue(d.hosting());
            platform.setValue(d.platform() == null ? "" : d.platform());
            editor.setValue(d.editor() == null ? "" : d.editor());
            minPosts.setValue(d.postingMinPosts());
            period.setValue(d.postingPeriod());
            lastUpdate.setValue(d.lastContentUpdate());
            level.setValue(d.securityLevel());
            decisionNo.setValue(d.securityDecisionNo() == null ? "" : d.securityDecisionNo());
            decisionDate.setValue(d.securityDecisionDate());
            assessmentDate.setValue(d.lastAssessmentDate());
            assessmentResult.setValue(d.lastAssessmentResult());
            findings.setValue(d.openFindings());
            backupPlan.setValue(d.backupPlan());
            restoreDate.setValue(d.lastRestoreTestDate());
            restoreResult.setValue(d.lastRestoreTestResult());
        } else {
            if (units.size() == 1) unit.setValue(units.getFirst());
            hosting.setValue(Hosting.CENTRAL);
            minPosts.setValue(1);
            period.setValue(PostingPeriod.WEEK);
            findings.setValue(0);
        }

        FormLayout form = new FormLayout(unit, name, url, hosting, platform, editor, minPosts, period, lastUpdate,
                level, decisionNo, decisionDate, assessmentDate, assessmentResult, findings, backupPlan, restoreDate,
                restoreResult);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        form.setColspan(unit, 2);
        form.setColspan(name, 3);
        form.setColspan(url, 2);
        add(error, form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                Portal result = existing == null ? service.create(draft())
                        : service.update(existing.id(), existing.version(), draft());
                Notifications.success(getTranslation("portal.saved", result.name()));
                close();
                saved.accept(result);
            } catch (BusinessException ex) {
                error.show(ex);
            }
        });
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private PortalDraft draft() {
        return new PortalDraft(unit.getValue() == null ? null : unit.getValue().id(), name.getValue(), url.getValue(),
                hosting.getValue(), platform.getValue(), editor.getValue(), minPosts.getValue(), period.getValue(),
                lastUpdate.getValue(), level.getValue(), decisionNo.getValue(), decisionDate.getValue(),
                assessmentDate.getValue(), assessmentResult.getValue(), findings.getValue(), backupPlan.getValue(),
                restoreDate.getValue(), restoreResult.getValue());
    }
}
