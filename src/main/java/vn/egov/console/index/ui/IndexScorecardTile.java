package vn.egov.console.index.ui;

import static vn.egov.console.base.ui.HtmlText.escape;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.chart.ChartSpec;
import vn.egov.console.base.ui.chart.ChartType;
import vn.egov.console.base.ui.chart.Series;
import vn.egov.console.base.ui.chart.SvgChartRenderer;
import vn.egov.console.base.ui.chart.ValueFormat;
import vn.egov.console.index.IndexService;
import vn.egov.console.index.Scorecard;
import vn.egov.console.index.UnitScore;
import vn.egov.console.overview.OverviewTile;
import vn.egov.console.overview.SharedFigures;
import vn.egov.console.security.Role;

/**
 * The leadership scorecard on the LEADER's (and the DIC's) home, ahead of the other features' tiles, which stay
 * below it: per category the top and bottom five of the latest published ranking, the units lagging on two or more
 * groups and the trend of the average score; every name and figure links to the ranking or the unit's drill-down.
 */
@org.springframework.stereotype.Component
class IndexScorecardTile implements OverviewTile {

    static final int YEARS = 5;

    private final IndexService service;
    private final SharedFigures shared;

    IndexScorecardTile(IndexService service, SharedFigures shared) {
        this.service = service;
        this.shared = shared;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public boolean visibleTo(Role role) {
        return role == Role.LEADER || role == Role.ADMIN;
    }

    /**
     * The whole card is markup in one element (links are plain {@code <a href>}, which the Flow client routes): as
     * components its lists, links and charts were some 200 state nodes in every leader's session. Every reader (the
     * tile is for the LEADER and the DIC, who see every unit) gets the same markup, so the node renders it once per
     * language and publication (and again after the home tiles' reuse time, so a unit's new name shows) and the
     * sessions share that one string instead of each holding its own copy and recomputing the rankings on every visit.
     */
    @Override
    public com.vaadin.flow.component.Component render() {
        Div card = new Div();
        card.addClassName("index-scorecard");
        card.setId("index-scorecard");
        Locale locale = UI.getCurrent() == null ? Formats.VIETNAMESE : UI.getCurrent().getLocale();
        String html = shared.get("index-scorecard/" + locale.toLanguageTag() + "/" + service.publicationStamp(),
                () -> markup(card, locale));
        card.getElement().setProperty("innerHTML", html);
        return card;
    }

    private String markup(Div card, Locale locale) {
        Scorecard s = service.scorecard(YEARS);
        StringBuilder html = new StringBuilder(8_192);
        html.append("<h2>").append(escape(card.getTranslation("index.scorecard.title",
                s.year() == null ? "—" : String.valueOf(s.year())))).append("</h2>");
        if (s.year() == null) {
            html.append("<p>").append(escape(card.getTranslation("index.empty"))).append("</p>");
        } else {
            html.append("<div class=\"index-scorecard-columns\">");
            for (Scorecard.CategoryCard c : s.categories()) category(html, card, s.year(), c, locale);
            html.append("</div>");
        }
        return html.toString();
    }

    private static void category(StringBuilder html, Div card, int year, Scorecard.CategoryCard c, Locale locale) {
        String name = card.getTranslation(c.category().translationKey());
        html.append("<div class=\"index-scorecard-category\"><h3>")
                .append(link(rankingLink(year, c.category().name()), name)).append("</h3>");
        html.append("<p>").append(escape(card.getTranslation("index.scorecard.top"))).append("</p>");
        list(html, c.top(), c.assessmentId(), locale);
        html.append("<p>").append(escape(card.getTranslation("index.scorecard.bottom"))).append("</p>");
        list(html, c.bottom(), c.assessmentId(), locale);
        html.append("<p>").append(escape(card.getTranslation("index.scorecard.lagging", c.lagging().size())))
                .append("</p><ul>");
        c.lagging().stream().limit(8).forEach(l -> {
            List<String> groups = l.groupIndexes().stream().map(i -> c.groups().get(i).code()).toList();
            html.append("<li>").append(link(unitLink(c.assessmentId(), l.unit().unitId()),
                    l.unit().unitName() + " (" + String.join(", ", groups) + ")")).append("</li>");
        });
        html.append("</ul>");
        if (c.trend().size() > 1) {
            List<String> years = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            c.trend().forEach(t -> {
                years.add(Integer.toString(t.year()));
                shares.add(t.share());
            });
            html.append("<div class=\"egov-chart\">").append(SvgChartRenderer.render(new ChartSpec(ChartType.LINE,
                    card.getTranslation("index.scorecard.trend"), years, List.of(Series.of(name, shares)),
                    ValueFormat.PERCENT, 1.0), locale)).append("</div>");
        }
        html.append("<p>").append(escape(card.getTranslation("index.scorecard.trendText") + " " + String.join(" · ",
                c.trend().stream().map(t -> t.year() + ": " + Formats.percent(t.share(), locale)).toList())))
                .append("</p></div>");
    }

    private static void list(StringBuilder html, List<UnitScore> units, long assessmentId, Locale locale) {
        html.append("<ul>");
        for (UnitScore u : units) {
            html.append("<li>").append(link(unitLink(assessmentId, u.unitId()),
                    u.rank() + ". " + u.unitName() + " — " + Points.of(u.total(), locale))).append("</li>");
        }
        html.append("</ul>");
    }

    private static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    static String unitLink(long assessmentId, long unitId) {
        return "index/unit/" + IndexUnitView.parameter(assessmentId, unitId);
    }

    static String rankingLink(int year, String category) {
        return "index/ranking?year=" + year + "&category=" + category;
    }
}
