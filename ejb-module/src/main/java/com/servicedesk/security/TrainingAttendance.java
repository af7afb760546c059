package com.servicedesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A member of staff's attendance of a session: the score, whether it passed, until when the pass counts. */
@Entity
@Table(name = "training_attendance")
@IdClass(TrainingAttendance.Key.class)
public class TrainingAttendance {

    /** One record per session and person. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long sessionId;
        private String username;

        public Key() {
        }

        Key(Long sessionId, String username) {
            this.sessionId = sessionId;
            this.username = username;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sessionId, k.sessionId) && Objects.equals(username, k.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, username);
        }
    }

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Id
    @Column(length = 64)
    private String username;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected TrainingAttendance() {
    }

    public TrainingAttendance(TrainingSession session, TrainingCourse course, String username, int score, String recordedBy,
                       Instant recordedAt) {
        this.sessionId = session.id();
        this.username = username;
        this.score = score;
        this.passed = score >= course.passMark();
        this.expiresOn = session.heldOn().plusMonths(course.validityMonths());
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String username() {
        return username;
    }

    public int score() {
        return score;
    }

    public boolean passed() {
        return passed;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }
}
