package vn.egov.console.index.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.chart.Chart;
import vn.egov.console.base.ui.chart.ChartSpec;
import vn.egov.console.base.ui.chart.ChartType;
import vn.egov.console.base.ui.chart.Series;
import vn.egov.console.base.ui.chart.ValueFormat;
import vn.egov.console.index.IndexService;
import vn.egov.console.index.Scorecard;
import vn.egov.console.index.UnitScore;
import vn.egov.console.overview.OverviewTile;
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

    IndexScorecardTile(IndexService service) {
        this.service = service;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public boolean visibleTo(Role role) {
        return role == Role.LEADER || role == Role.ADMIN;
    }

    @Override
    public com.vaadin.flow.component.Component render() {
        Div card = new Div();
        card.addClassName("index-scorecard");
        card.setId("index-scorecard");
        Scorecard s = service.scorecard(YEARS);
        Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? vn.egov.console.base.i18n.Formats.VIETNAMESE : com.vaadin.flow.component.UI.getCurrent().getLocale();
        card.add(new H2(card.getTranslation("index.scorecard.title", s.year() == null ? "—" : String.valueOf(s.year()))));
        if (s.year() == null) {
            card.add(new Paragraph(card.getTranslation("index.empty")));
            return card;
        }
        Div columns = new Div();
        columns.addClassName("index-scorecard-columns");
        for (Scorecard.CategoryCard c : s.categories()) {
            Div col = new Div();
            col.addClassName("index-scorecard-category");
            col.add(new H3(new Anchor(rankingLink(s.year(), c.category().name()),
                    card.getTranslation(c.category().translationKey()))));
            col.add(new Paragraph(card.getTranslation("index.scorecard.top")), list(c.top(), c.assessmentId(), locale));
            col.add(new Paragraph(card.getTranslation("index.scorecard.bottom")), list(c.bottom(), c.assessmentId(), locale));
            col.add(new Paragraph(card.getTranslation("index.scorecard.lagging", c.lagging().size())));
            UnorderedList lag = new UnorderedList();
            c.lagging().stream().limit(8).forEach(l -> {
                List<String> groups = l.groupIndexes().stream().map(i -> c.groups().get(i).code()).toList();
                lag.add(new ListItem(new Anchor(unitLink(c.assessmentId(), l.unit().unitId()),
                        l.unit().unitName() + " (" + String.join(", ", groups) + ")")));
            });
            col.add(lag);
            if (c.trend().size() > 1) {
                List<String> years = new ArrayList<>();
                List<Double> shares = new ArrayList<>();
                c.trend().forEach(t -> {
                    years.add(Integer.toString(t.year()));
                    shares.add(t.share());
                });
                col.add(new Chart(new ChartSpec(ChartType.LINE, card.getTranslation("index.scorecard.trend"), years,
                        List.of(Series.of(card.getTranslation(c.category().translationKey()), shares)),
                        ValueFormat.PERCENT, 1.0)));
            }
            col.add(new Paragraph(card.getTranslation("index.scorecard.trendText") + " " + String.join(" · ",
                    c.trend().stream().map(t -> t.year() + ": " + Formats.percent(t.share(), locale)).toList())));
            columns.add(col);
        }
        card.add(columns);
        return card;
    }

    private static UnorderedList list(List<UnitScore> units, long assessmentId, Locale locale) {
        UnorderedList ul = new UnorderedList();
        for (UnitScore u : units) {
            ul.add(new ListItem(new Anchor(unitLink(assessmentId, u.unitId()),
                    u.rank() + ". " + u.unitName() + " — " + Points.of(u.total(), locale))));
        }
        return ul;
    }

    static String unitLink(long assessmentId, long unitId) {
        return "index/unit/" + IndexUnitView.parameter(assessmentId, unitId);
    }

    static String rankingLink(int year, String category) {
        return "index/ranking?year=" + year + "&category=" + category;
    }
}
