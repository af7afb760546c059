package com.servicedesk.application;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import com.servicedesk.shared.Validity;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A kind of business application and the documents it needs (data, not code). The checklist changes
 * from a day: an application is checked against the documents required on the day it was created.
 */
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

        @Embedded
        private Validity validity;

        protected RequiredDocument() {
        }

        public RequiredDocument(String code, String nameZh, String nameEn, int sortOrder, LocalDate from) {
            this.code = code;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
            this.sortOrder = sortOrder;
            this.validity = Validity.from(from);
        }

        public Validity validity() {
            return validity;
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
    @CollectionTable(name = "application_document", joinColumns = @JoinColumn(name = "type_code"))
    @OrderBy("sortOrder")
    private List<RequiredDocument> documents = new ArrayList<>();

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected ApplicationType() {
    }

    /** A type built in code with its documents required from a day, for tests and tools. */
    public static ApplicationType of(String code, String nameZh, String nameEn, List<RequiredDocument> documents) {
        ApplicationType t = new ApplicationType();
        t.code = code;
        t.nameZh = nameZh;
        t.nameEn = nameEn;
        t.documents.addAll(documents);
        return t;
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

    ApplicationType placedAt(int position) {
        sortOrder = position;
        return this;
    }

    public long version() {
        return version;
    }

    /** Every checklist row ever entered, with the days it held. */
    public List<RequiredDocument> documentHistory() {
        return Collections.unmodifiableList(documents);
    }

    /** The checklist on a day. */
    public List<RequiredDocument> documents(LocalDate day) {
        return documents.stream().filter(d -> d.validity.holdsOn(day)).toList();
    }

    public List<String> documentCodes(LocalDate day) {
        return documents(day).stream().map(RequiredDocument::code).toList();
    }

    /**
     * The checklist from a day on: what held then ends the day before, a change already scheduled
     * for that day or later is replaced; returns the rows replaced.
     */
    List<RequiredDocument> requireFrom(LocalDate day, List<RequiredDocument> checklist) {
        List<RequiredDocument> replaced = Validity.supersede(documents, RequiredDocument::validity, day);
        documents.removeAll(replaced);
        documents.addAll(checklist);
        return replaced;
    }
}
