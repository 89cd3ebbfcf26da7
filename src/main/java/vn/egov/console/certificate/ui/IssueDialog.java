package vn.egov.console.certificate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.text.TextInput;
import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.text.TextRule;
import vn.egov.console.base.ui.FormError;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.base.ui.ReasonDialog;
import vn.egov.console.certificate.CertificateKind;
import vn.egov.console.certificate.CertificateRow;
import vn.egov.console.certificate.CertificateService;
import vn.egov.console.certificate.RequestRow;
import vn.egov.console.certificate.RequestType;
import vn.egov.console.certificate.X509Reader;
import vn.egov.console.organization.UnitSummary;

/**
 * Records an issued certificate from its file (.cer/.crt/.pem, PEM or DER). For a request it fulfils that request;
 * without one it matches the open request of the certificate's holder or creates a record in the chosen unit.
 * The file is read in memory only; nothing but the certificate's public data is kept.
 */
class IssueDialog extends Dialog {

    static final List<String> EXTENSIONS = List.of(".cer", ".crt", ".pem", ".der");
    private final CertificateService service;
    private final RequestRow request;
    final Upload upload;
    final Span fileName = new Span();
    final ComboBox<String> tokenType = new ComboBox<>();
    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final Select<CertificateKind> kind = new Select<>();
    final TextArea lateReason = new TextArea();
    final FormError error = new FormError();
    final Button save = new Button();
    private byte[] content;

    IssueDialog(CertificateService service, RequestRow request, Consumer<CertificateRow> onSaved) {
        this.service = service;
        this.request = request;
        setHeaderTitle(request == null ? getTranslation("certificate.action.import")
                : getTranslation("certificate.action.issue") + ": " + request.holderName());
        setWidth("38em");
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> accept(meta.fileName(), bytes))));
        upload.setAcceptedFileTypes(EXTENSIONS.toArray(String[]::new));
        upload.setMaxFileSize(X509Reader.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> error.show(getTranslation("error.certificate.fileTooLarge", 1)));
        tokenType.setLabel(getTranslation("certificate.tokenType"));
        tokenType.setItems("USB Token", getTranslation("certificate.token.smartCard"), "HSM");
        tokenType.setAllowCustomValue(true);
        tokenType.addCustomValueSetListener(e -> tokenType.setValue(e.getDetail()));
        tokenType.setValue("USB Token");
        add(error, new Paragraph(getTranslation("certificate.import.help")), upload, fileName);
        FormLayout form = new FormLayout(tokenType);
        if (request == null) {
            unit.setLabel(getTranslation("certificate.unit"));
            unit.setItems(service.units());
            unit.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
            unit.setHelperText(getTranslation("certificate.import.unitHelp"));
            unit.setClearButtonVisible(true);
            kind.setLabel(getTranslation("certificate.kind"));
            kind.setItems(CertificateKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
            kind.setValue(CertificateKind.AGENCY);
            form.add(kind, unit);
            form.setColspan(unit, 2);
        } else if (request.type() == RequestType.RENEWAL) {
            lateReason.setLabel(getTranslation("certificate.renewal.lateReason"));
            lateReason.setHelperText(getTranslation("certificate.renewal.lateReasonHelp",
                    CertificateService.RENEWAL_MIN_DAYS));
            TextInput.limit(lateReason, TextLimits.NOTE);
            form.add(lateReason);
            form.setColspan(lateReason, 2);
        }
        add(form);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save(onSaved));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /** The uploaded file, kept in memory until saved. */
    void accept(String name, byte[] bytes) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (EXTENSIONS.stream().noneMatch(lower::endsWith)) {
            content = null;
            error.show(getTranslation("error.certificate.extension"));
            return;
        }
        content = bytes;
        fileName.setText(name);
    }

    private void save(Consumer<CertificateRow> onSaved) {
        try {
            saved(onSaved, store(null));
        } catch (BusinessException ex) {
            if (!"error.certificate.untrustedIssuer".equals(ex.messageKey())) {
                error.show(ex);
                return;
            }
            // not from a configured trusted CA: recorded only when the ADMIN confirms why, and then marked
            new ReasonDialog(getTranslation("certificate.untrusted.title"),
                    getTranslation("certificate.untrusted.confirm"), reason -> saved(onSaved, store(TextRule.REASON.clean(reason))))
                    .warning(Notifications.translate(ex) + " " + getTranslation("certificate.untrusted.warning"))
                    .open();
        }
    }

    private CertificateRow store(String untrustedReason) {
        if (content == null) throw new BusinessException("error.certificate.fileRequired");
        CertificateRow saved;
        if (request != null) {
            saved = service.issue(request.id(), request.version(), content, tokenType.getValue(),
                    lateReason.getValue(), untrustedReason);
        } else {
            var outcome = service.importCertificate(content, unit.getValue() == null ? null : unit.getValue().id(),
                    kind.getValue(), tokenType.getValue(), untrustedReason);
            saved = outcome.certificate();
            if (outcome.requestId() != null) {
                Notifications.success(getTranslation("certificate.import.matched", saved.holderName()));
            }
        }
        return saved;
    }

    private void saved(Consumer<CertificateRow> onSaved, CertificateRow saved) {
        close();
        Notifications.success(getTranslation("certificate.issued", saved.serial()));
        onSaved.accept(saved);
    }
}
