package vn.egov.console.certificate.ui;

import com.vaadin.flow.component.html.Span;
import vn.egov.console.certificate.CertificateStatus;

/** A certificate's status as a coloured badge: green in use, red when it can no longer sign, grey otherwise. */
class StatusBadge extends Span {

    StatusBadge(CertificateStatus status) {
        setText(getTranslation(status.translationKey()));
        getElement().getThemeList().add(("badge " + theme(status)).strip());
    }

    /** Also the theme of the status column of certificate grids, drawn in the browser (base.ui.Badges). */
    static String theme(CertificateStatus status) {
        return switch (status) {
            case HANDED_OVER, ISSUED -> "success";
            case RENEWAL_REQUESTED, REQUESTED -> "";
            case EXPIRED, REVOKED, TOKEN_LOST -> "error";
            case REPLACED -> "contrast";
        };
    }
}
