package vn.egov.console.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A stored framework (bộ chỉ số) with its tree, nodes in tree order (group, its indicators, their children...). */
public record Framework(long id, String code, String name, String issuer, String decisionNo, LocalDate decisionDate,
                        int fromYear, Integer toYear, Set<Category> categories, List<Node> nodes) {

    public List<Node> groups() {
        return nodes.stream().filter(Node::isGroup).toList();
    }

    public List<Node> children(long nodeId) {
        return nodes.stream().filter(n -> n.parentId() != null && n.parentId() == nodeId).toList();
    }

    public List<Node> leaves() {
        return nodes.stream().filter(n -> children(n.id()).isEmpty() && !n.isGroup()).toList();
    }

    /** The group a node belongs to. */
    public Node groupOf(Node node) {
        Node n = node;
        while (n.parentId() != null) {
            long parent = n.parentId();
            n = nodes.stream().filter(x -> x.id() == parent).findFirst().orElseThrow();
        }
        return n;
    }

    /** Maximum points of the whole framework (scored groups only). */
    public double totalPoints() {
        return groups().stream().filter(Node::scored).mapToDouble(Node::maxPoints).sum();
    }
}
