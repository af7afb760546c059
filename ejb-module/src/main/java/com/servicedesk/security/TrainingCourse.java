package com.servicedesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An information security training course (信息安全培训): its pass mark and how long a pass stays valid. */
@Entity
@Table(name = "training_course")
public class TrainingCourse {

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(name = "validity_months", nullable = false)
    private int validityMonths;

    @Column(nullable = false)
    private boolean mandatory;

    protected TrainingCourse() {
    }

    public String code() {
        return code;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    public int passMark() {
        return passMark;
    }

    public int validityMonths() {
        return validityMonths;
    }

    public boolean mandatory() {
        return mandatory;
    }
}
