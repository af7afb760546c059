package com.servicedesk.application;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A kind of business application and the documents it needs (data, not code). */
@Entity
@Table(name = "application_type")
public class ApplicationType {

    /** One document of the checklist. */
    @Embeddable
    public static class RequiredDocument {
        @Column(nullable = false, length = 32)
        private String code;

        @Column(name = "name_zh", nullable = false, length = 100)
        private String nameZh;

        @Column(name = "name_en", nullable = false, length = 100)
        private String nameEn;

        @Column(name = "sort_order", nullable = false)
        private int sortOrder;

        protected RequiredDocument() {
        }

        public String code() {
            return code;
        }

        public String nameZh() {
            return nameZh;
        }

        public String nameEn() {
            return nameEn;
        }
    }

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_type_document", joinColumns = @JoinColumn(name = "type_code"))
    @OrderBy("sortOrder")
    private List<RequiredDocument> documents = new ArrayList<>();

    protected ApplicationType() {
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public List<RequiredDocument> documents() {
        return Collections.unmodifiableList(documents);
    }

    public List<String> documentCodes() {
        return documents.stream().map(RequiredDocument::code).toList();
    }
}
