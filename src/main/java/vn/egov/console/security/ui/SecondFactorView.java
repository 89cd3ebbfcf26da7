package vn.egov.console.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.ui.Notifications;
import vn.egov.console.security.SecondFactorService;
import vn.egov.console.security.SignInStage;

/**
 * The step after the password for ADMIN accounts: on the first sign-in (or after a reset) set up an authenticator
 * app and write down the recovery codes; afterwards enter a code from the app or a recovery code.
 */
@Route(value = "second-factor", autoLayout = false)
@PermitAll
public class SecondFactorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactorService service;
    private final AuthenticationContext authentication;
    private final Div card = new Div();
    final TextField code = new TextField();
    final Button confirm = new Button();
    private SecondFactorService.Enrolment enrolment;

    SecondFactorView(SecondFactorService service, AuthenticationContext authentication) {
        this.service = service;
        this.authentication = authentication;
        addClassName("login-view");
        card.addClassNames("login-card", "second-factor-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!SignInStage.secondFactorPending(SecurityContextHolder.getContext().getAuthentication())) {
            event.forwardTo("");
            return;
        }
        card.removeAll();
        card.add(new H1(getTranslation("app.title")));
        if (service.needsEnrolment()) {
            showEnrolment();
        } else {
            showCodeEntry();
        }
    }

    private void showCodeEntry() {
        card.add(new H2(getTranslation("secondFactor.verify.title")),
                paragraph(getTranslation("secondFactor.verify.help")));
        codeField(getTranslation("secondFactor.code.any"));
        confirm.addClickListener(e -> verify());
        card.add(code, confirm, signOut());
        code.focus();
    }

    private void showEnrolment() {
        enrolment = service.startEnrolment();
        Image qr = new Image(QrCodeSvg.dataUri(enrolment.otpauthUri()), getTranslation("secondFactor.enrol.qrAlt"));
        qr.setId("second-factor-qr");
        qr.addClassName("second-factor-qr");
        Span secret = new Span(grouped(enrolment.secret()));
        secret.setId("second-factor-secret");
        secret.addClassName("second-factor-secret");
        Span uri = new Span(enrolment.otpauthUri());
        uri.setId("second-factor-uri");
        uri.addClassName("second-factor-uri");
        card.add(new H2(getTranslation("secondFactor.enrol.title")),
                paragraph(getTranslation("secondFactor.enrol.step1")), qr,
                paragraph(getTranslation("secondFactor.enrol.manual")), secret, uri,
                paragraph(getTranslation("secondFactor.enrol.step2")));
        codeField(getTranslation("secondFactor.code.app"));
        confirm.addClickListener(e -> confirmEnrolment());
        card.add(code, confirm, signOut());
    }

    private void codeField(String label) {
        code.setId("second-factor-code");
        code.setLabel(label);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(20);
        code.setRequired(true);
        confirm.setId("second-factor-submit");
        confirm.setText(getTranslation("secondFactor.confirm"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
    }

    private void verify() {
        try {
            var passed = service.verify(code.getValue());
            SignedInSession.save();
            if (passed.withRecoveryCode()) {
                showRecoveryCodeUsed(passed.recoveryCodesLeft());
            } else {
                goHome();
            }
        } catch (BusinessException e) {
            refused(e);
        }
    }

    private void confirmEnrolment() {
        try {
            List<String> recoveryCodes = service.confirmEnrolment(enrolment, code.getValue());
            SignedInSession.save();
            showRecoveryCodes(recoveryCodes);
        } catch (BusinessException e) {
            refused(e);
        }
    }

    private void showRecoveryCodes(List<String> recoveryCodes) {
        card.removeAll();
        UnorderedList list = new UnorderedList();
        list.setId("recovery-codes");
        list.addClassName("recovery-codes");
        recoveryCodes.forEach(c -> list.add(new ListItem(c)));
        Button next = new Button(getTranslation("secondFactor.recovery.done"), e -> goHome());
        next.setId("second-factor-continue");
        next.addThemeVariants(ButtonVariant.PRIMARY);
        card.add(new H1(getTranslation("app.title")), new H2(getTranslation("secondFactor.recovery.title")),
                paragraph(getTranslation("secondFactor.recovery.help")), list, next);
    }

    /** Said before going on, since it is the moment to ask for a reset when the phone is gone. */
    private void showRecoveryCodeUsed(long left) {
        card.removeAll();
        Paragraph text = paragraph(getTranslation("secondFactor.recoveryUsed", left));
        text.setId("recovery-code-used");
        Button next = new Button(getTranslation("secondFactor.recovery.done"), e -> goHome());
        next.setId("second-factor-continue");
        next.addThemeVariants(ButtonVariant.PRIMARY);
        card.add(new H1(getTranslation("app.title")), text, next);
    }

    private void refused(BusinessException e) {
        if ("error.secondFactor.accountLocked".equals(e.messageKey())) {
            authentication.logout();
            return;
        }
        code.setInvalid(true);
        code.setErrorMessage(Notifications.translate(e));
        code.clear();
        code.focus();
    }

    private Button signOut() {
        Button out = new Button(getTranslation("user.logout"), e -> authentication.logout());
        out.setId("second-factor-signout");
        out.addThemeVariants(ButtonVariant.TERTIARY);
        return out;
    }

    /** A full page load, so the console starts with the completed sign-in (menu, language). */
    private void goHome() {
        getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
    }

    private static Paragraph paragraph(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("second-factor-text");
        return p;
    }

    /** Groups of four are easier to type into an app by hand. */
    static String grouped(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("secondFactor.title") + " · " + getTranslation("app.title");
    }
}
