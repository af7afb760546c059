package com.servicedesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One time a course was held. */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_code", nullable = false, length = 32)
    private String courseCode;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 100)
    private String trainer;

    @Column(nullable = false, length = 100)
    private String location;

    protected TrainingSession() {
    }

    public TrainingSession(String courseCode, LocalDate heldOn, String trainer, String location) {
        this.courseCode = courseCode;
        this.heldOn = heldOn;
        this.trainer = trainer;
        this.location = location;
    }

    public Long id() {
        return id;
    }

    public String courseCode() {
        return courseCode;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String trainer() {
        return trainer;
    }

    public String location() {
        return location;
    }
}
