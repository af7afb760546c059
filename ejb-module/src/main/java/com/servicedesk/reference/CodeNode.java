package com.servicedesk.reference;

import java.util.List;

/** A classification code with its children, as the API and the intake pickers show it. */
public record CodeNode(String code, String name, String nameEn, CodeSource source, List<CodeNode> children) implements java.io.Serializable {
}
