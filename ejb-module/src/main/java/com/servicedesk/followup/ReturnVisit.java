package com.servicedesk.followup;

import com.servicedesk.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The return visit (回访) of one follow-up: attempts to reach the customer, then the survey. A
 * customer not reached within the method's attempts is closed as unreachable.
 */
@Entity
@Table(name = "return_visit")
public class ReturnVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "follow_up_id", nullable = false, unique = true)
    private long followUpId;

    @Column(name = "branch_code", nullable = false, length = 16)
    private String branchCode;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    /** Who handled the case being followed up, whose service the survey judges. */
    @Column(name = "handled_by", length = 64)
    private String handledBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReturnVisitStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(length = 16)
    private String channel;

    @Column(name = "score_speed")
    private Integer speed;

    @Column(name = "score_professional")
    private Integer professionalism;

    @Column(name = "score_personal")
    private Integer personalisation;

    @Column(name = "score_overall")
    private Integer overall;

    @Column
    private Integer nps;

    @Column(name = "customer_words", length = 2000)
    private String words;

    @Column(name = "visited_by", length = 64)
    private String visitedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected ReturnVisit() {
    }

    public ReturnVisit(FollowUp followUp) {
        this.followUpId = followUp.id();
        this.branchCode = followUp.branchCode();
        this.customerId = followUp.customerId();
        this.handledBy = followUp.assignee();
        this.status = ReturnVisitStatus.IN_PROGRESS;
    }

    /** An attempt that did not reach the customer; returns true when it was the last one allowed. */
    public boolean notReached(String channel, String by, Instant at, int maxAttempts) {
        requireOpen();
        this.channel = channel;
        this.visitedBy = by;
        attempts++;
        if (attempts >= maxAttempts) {
            status = ReturnVisitStatus.UNREACHABLE;
            completedAt = at;
            return true;
        }
        return false;
    }

    public void reached(String channel, SurveyAnswers answers, String by, Instant at) {
        requireOpen();
        SurveyAnswers a = answers.validated();
        this.channel = channel;
        this.visitedBy = by;
        attempts++;
        speed = a.speed();
        professionalism = a.professionalism();
        personalisation = a.personalisation();
        overall = a.overall();
        nps = a.nps();
        words = a.words() == null || a.words().isBlank() ? null : a.words().strip();
        status = ReturnVisitStatus.COMPLETED;
        completedAt = at;
    }

    private void requireOpen() {
        if (status != ReturnVisitStatus.IN_PROGRESS) {
            throw new ConflictException("visit-closed", "this return visit is already " + status);
        }
    }

    public SurveyAnswers answers() {
        return status == ReturnVisitStatus.COMPLETED
                ? new SurveyAnswers(speed, professionalism, personalisation, overall, nps, words) : null;
    }

    public Long id() {
        return id;
    }

    public long followUpId() {
        return followUpId;
    }

    public String branchCode() {
        return branchCode;
    }

    public long customerId() {
        return customerId;
    }

    public String handledBy() {
        return handledBy;
    }

    public ReturnVisitStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String channel() {
        return channel;
    }

    public String visitedBy() {
        return visitedBy;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public long version() {
        return version;
    }
}
