package vn.egov.console.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.text.TextRule;

/** Checks a framework as a whole before anything of it is stored; returns it with its texts cleaned. */
final class FrameworkValidation {

    private FrameworkValidation() {
    }

    static FrameworkDraft check(FrameworkDraft d, TextRule code, TextRule name, TextRule issuer, TextRule nodeName) {
        if (d.categories() == null || d.categories().isEmpty()) throw new BusinessException("error.index.noCategory");
        if (d.toYear() != null && d.toYear() < d.fromYear()) throw new BusinessException("error.index.yearOrder");
        if (d.nodes() == null || d.nodes().isEmpty()) throw new BusinessException("error.index.noNodes");
        List<NodeDraft> nodes = new ArrayList<>();
        Map<String, NodeDraft> byCode = new HashMap<>();
        Set<String> parents = new HashSet<>();
        for (NodeDraft n : d.nodes()) {
            String c = code.clean(n.code());
            if (byCode.containsKey(c)) throw new BusinessException("error.index.duplicateCode", c);
            if (n.parentCode() != null && !byCode.containsKey(n.parentCode())) {
                throw new BusinessException("error.index.parentUnknown", c, n.parentCode());
            }
            if (Double.isNaN(n.maxPoints()) || n.maxPoints() < 0) throw new BusinessException("error.index.valueNegative", c);
            NodeDraft clean = new NodeDraft(c, n.parentCode(), nodeName.clean(n.nameVi()), nodeName.clean(n.nameEn()),
                    n.maxPoints(), n.scored(), n.rule(), n.steps(), n.source(), n.metric(), n.verifyingUnit());
            byCode.put(c, clean);
            nodes.add(clean);
            if (n.parentCode() != null) parents.add(n.parentCode());
        }
        for (NodeDraft n : nodes) {
            boolean leaf = !parents.contains(n.code());
            if (n.parentCode() == null && leaf) throw new BusinessException("error.index.emptyGroup", n.code());
            if (leaf) checkLeaf(n);
            else if (n.rule() != null || n.source() != null) throw new BusinessException("error.index.ruleOnParent", n.code());
        }
        for (NodeDraft parent : nodes) {
            if (!parents.contains(parent.code())) continue;
            double sum = nodes.stream().filter(n -> parent.code().equals(n.parentCode()) && n.scored())
                    .mapToDouble(NodeDraft::maxPoints).sum();
            if (sum > parent.maxPoints() + 1e-9) {
                throw new BusinessException("error.index.childrenExceedParent", parent.code(), sum, parent.maxPoints());
            }
        }
        return new FrameworkDraft(code.clean(d.code()), name.clean(d.name()), issuer.clean(d.issuer()),
                d.decisionNo() == null || d.decisionNo().isBlank() ? null : d.decisionNo().strip(), d.decisionDate(),
                d.fromYear(), d.toYear(), Set.copyOf(d.categories()), List.copyOf(nodes));
    }

    private static void checkLeaf(NodeDraft n) {
        if (n.rule() == null || n.source() == null) throw new BusinessException("error.index.ruleRequired", n.code());
        if (n.source() == Source.METRIC && n.metric() == null) throw new BusinessException("error.index.metricRequired", n.code());
        if (n.source() == Source.METRIC && n.rule() == RuleType.MANUAL) {
            throw new BusinessException("error.index.manualComputed", n.code());
        }
        if (n.source() == Source.EVIDENCE && n.metric() != null) throw new BusinessException("error.index.metricOnEvidence", n.code());
        if (n.rule() == RuleType.TIERED) {
            var steps = Scoring.parseSteps(n.steps());
            if (steps.isEmpty()) throw new BusinessException("error.index.badSteps", String.valueOf(n.steps()));
            for (var s : steps) {
                if (s.points() > n.maxPoints() || s.points() < 0) {
                    throw new BusinessException("error.index.pointsAboveMax", n.code(), s.points(), n.maxPoints());
                }
            }
        }
    }
}
