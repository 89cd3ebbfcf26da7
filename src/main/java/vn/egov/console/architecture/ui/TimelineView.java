package vn.egov.console.architecture.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.egov.console.architecture.ArchComponent;
import vn.egov.console.architecture.ArchitectureService;
import vn.egov.console.architecture.ArchitectureVersion;
import vn.egov.console.architecture.RoadmapFilter;
import vn.egov.console.architecture.TaskRow;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.base.ui.chart.GanttRenderer;
import vn.egov.console.base.ui.chart.GanttSpec;

/**
 * The roadmap's timeline: planned bars over their frozen baselines, a today line, overdue in red, dependency arrows
 * (red where a successor starts before its prerequisite ends), by quarter or year; components fold away.
 */
@Route("architecture/timeline/:versionId([0-9]+)")
@PermitAll
public class TimelineView extends Div implements BeforeEnterObserver {

    private final ArchitectureService service;
    final RadioButtonGroup<GanttSpec.Scale> scale = new RadioButtonGroup<>();
    final CheckboxGroup<ArchComponent> collapsed = new CheckboxGroup<>();
    final Div chart = new Div();
    final Span legend = new Span();
    ArchitectureVersion version;
    String svg = "";

    TimelineView(ArchitectureService service) {
        this.service = service;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        version = service.version(event.getRouteParameters().getLong("versionId").orElseThrow());
        removeAll();
        scale.setLabel(getTranslation("architecture.timeline.scale"));
        scale.setItems(GanttSpec.Scale.values());
        scale.setItemLabelGenerator(s -> getTranslation("architecture.timeline.scale." + s.name()));
        scale.setValue(GanttSpec.Scale.QUARTER);
        collapsed.setLabel(getTranslation("architecture.timeline.collapse"));
        collapsed.setItems(service.components());
        collapsed.setItemLabelGenerator(c -> c.name(getLocale()));
        scale.addValueChangeListener(e -> draw());
        collapsed.addValueChangeListener(e -> draw());
        HorizontalLayout bar = new HorizontalLayout(scale, collapsed);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        bar.setWrap(true);
        legend.setText(getTranslation("architecture.timeline.legend"));
        legend.addClassName("view-subtitle");
        chart.addClassName("gantt-scroll");
        chart.setId("roadmap-timeline");
        add(new ViewHeader(getTranslation("architecture.timeline.title"), Labels.version(version)), bar, legend, chart);
        draw();
    }

    void draw() {
        List<TaskRow> tasks = service.tasks(RoadmapFilter.of(version.id()));
        Set<Long> folded = collapsed.getValue().stream().map(ArchComponent::id).collect(Collectors.toSet());
        GanttSpec spec = TimelineSpecs.spec(service.components(), tasks, service.links(version.id()), folded,
                scale.getValue(), service.today(), getLocale());
        svg = GanttRenderer.render(spec, getLocale());
        chart.getElement().setProperty("innerHTML", svg);
    }
}
