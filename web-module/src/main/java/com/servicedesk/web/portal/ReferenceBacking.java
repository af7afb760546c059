package com.servicedesk.web.portal;

import com.servicedesk.reference.CodeNode;
import com.servicedesk.reference.ReferenceDataService;
import com.servicedesk.reference.ReferenceDataService.Dimension;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** The JR/T 0169 classification trees, for reading and for checking provisional codes. */
@Named
@ViewScoped
public class ReferenceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReferenceDataService reference;

    private final Map<Dimension, TreeNode<CodeNode>> trees = new EnumMap<>(Dimension.class);

    @PostConstruct
    void load() {
        for (Dimension d : Dimension.values()) {
            TreeNode<CodeNode> root = new DefaultTreeNode<>(null, null);
            add(root, reference.complaintCodeTree(d));
            trees.put(d, root);
        }
    }

    private static void add(TreeNode<CodeNode> parent, List<CodeNode> nodes) {
        for (CodeNode node : nodes) {
            TreeNode<CodeNode> child = new DefaultTreeNode<>(node, parent);
            child.setExpanded(node.children().size() > 0 && parent.getData() == null);
            add(child, node.children());
        }
    }

    public TreeNode<CodeNode> tree(String dimension) {
        return trees.get(Dimension.valueOf(dimension));
    }
}
