package com.servicedesk.application;

import java.util.List;

/** An application type with its checklist, for pickers and clients. */
public record ApplicationTypeView(String code, String name, String nameEn, List<Document> requiredDocuments) implements java.io.Serializable {

    /** One required document. */
    public record Document(String code, String name, String nameEn) implements java.io.Serializable {
    }
}
