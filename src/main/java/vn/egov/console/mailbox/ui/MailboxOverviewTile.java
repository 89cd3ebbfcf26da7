package vn.egov.console.mailbox.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.KpiTile;
import vn.egov.console.mailbox.CoverageTotals;
import vn.egov.console.mailbox.MailboxCoverageService;
import vn.egov.console.overview.OverviewTile;
import vn.egov.console.overview.SharedFigures;
import vn.egov.console.security.Role;

/** The leadership overview's mailbox figure: mailboxes in use, coverage of the headcount, units without any. */
@org.springframework.stereotype.Component
class MailboxOverviewTile implements OverviewTile {

    private final MailboxCoverageService coverage;
    private final SharedFigures shared;

    MailboxOverviewTile(MailboxCoverageService coverage, SharedFigures shared) {
        this.coverage = coverage;
        this.shared = shared;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public boolean visibleTo(Role role) {
        return role == Role.ADMIN || role == Role.LEADER;
    }

    @Override
    public com.vaadin.flow.component.Component render() {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        CoverageTotals province = shared.get("mailbox", () -> coverage.totals().getLast());
        String hint = ui.getTranslation("mailbox.tile.hint", Formats.percent(province.coverage(), locale),
                Formats.number(province.unitsWithNone(), locale), Formats.number(province.inactive(), locale));
        KpiTile tile = new KpiTile(ui.getTranslation("mailbox.tile.label"), Formats.number(province.mailboxes(), locale),
                hint);
        tile.setId("mailbox-tile");
        RouterLink link = new RouterLink(ui.getTranslation("mailbox.tile.link"), MailboxCoverageView.class);
        tile.add(link);
        return tile;
    }
}
