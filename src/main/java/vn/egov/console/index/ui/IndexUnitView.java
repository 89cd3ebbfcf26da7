package vn.egov.console.index.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.index.Assessment;
import vn.egov.console.index.IndexService;

/**
 * A unit's drill-down in one assessment: unit → group → indicator, with the evidence or the records behind each
 * value. Reached from the ranking and the scorecard; the service refuses units outside the reader's scope.
 * Parameter: "assessmentId-unitId".
 */
@Route("index/unit")
@PermitAll
public class IndexUnitView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final IndexService service;
    final IndicatorTable table;
    private String title = "";

    IndexUnitView(IndexService service) {
        this.service = service;
        this.table = new IndicatorTable(service, getLocale());
        addClassName("page");
    }

    public static String parameter(long assessmentId, long unitId) {
        return assessmentId + "-" + unitId;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        String[] parts = parameter.split("-");
        long assessmentId = Long.parseLong(parts[0]);
        long unitId = Long.parseLong(parts[1]);
        Assessment a = service.assessment(assessmentId);
        var values = service.unitValues(assessmentId, unitId);
        String unitName = values.isEmpty() ? "#" + unitId : values.getFirst().unitName();
        title = getTranslation("index.drill.title", unitName, String.valueOf(a.year()));
        removeAll();
        add(new ViewHeader(title, getTranslation("index.drill.subtitle", a.frameworkName(),
                vn.egov.console.base.i18n.Formats.date(a.snapshotDate()),
                getTranslation(a.status().translationKey()))));
        RouterLink back = new RouterLink(getTranslation("nav.index.ranking"), IndexRankingView.class);
        add(new Div(back), new Span());
        table.show(service.framework(a.frameworkId()), values, service.unitNodePoints(assessmentId, unitId));
        add(table);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
