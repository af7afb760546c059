package com.servicedesk.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How satisfaction is measured, as data: the weights of the dimensions in the satisfaction index
 * (a weighted mean of the 1-5 scores rescaled to 0-100, after ISO 10004), how many attempts reach a
 * customer, and the score at or below which a visit calls for an improvement action.
 */
@Entity
@Table(name = "satisfaction_method")
public class SatisfactionMethod {

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "weight_speed", nullable = false, precision = 5, scale = 4)
    private BigDecimal weightSpeed;

    @Column(name = "weight_professional", nullable = false, precision = 5, scale = 4)
    private BigDecimal weightProfessional;

    @Column(name = "weight_personal", nullable = false, precision = 5, scale = 4)
    private BigDecimal weightPersonal;

    @Column(name = "weight_overall", nullable = false, precision = 5, scale = 4)
    private BigDecimal weightOverall;

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;

    @Column(name = "low_score", nullable = false)
    private int lowScore;

    @Column(nullable = false)
    private boolean active;

    protected SatisfactionMethod() {
    }

    public static SatisfactionMethod of(String code, String speed, String professional, String personal, String overall,
                                        int maxAttempts, int lowScore) {
        SatisfactionMethod m = new SatisfactionMethod();
        m.code = code;
        m.nameZh = code;
        m.weightSpeed = new BigDecimal(speed);
        m.weightProfessional = new BigDecimal(professional);
        m.weightPersonal = new BigDecimal(personal);
        m.weightOverall = new BigDecimal(overall);
        m.maxAttempts = maxAttempts;
        m.lowScore = lowScore;
        m.active = true;
        return m;
    }

    /**
     * One visit's index, 0-100: each score s becomes (s - 1) / 4 x 100, then the weighted mean; four
     * decimals, half-up, so that averages over many visits round once at the end.
     */
    public BigDecimal index(SurveyAnswers a) {
        BigDecimal sum = weightSpeed.multiply(scaled(a.speed()))
                .add(weightProfessional.multiply(scaled(a.professionalism())))
                .add(weightPersonal.multiply(scaled(a.personalisation())))
                .add(weightOverall.multiply(scaled(a.overall())));
        BigDecimal weights = weightSpeed.add(weightProfessional).add(weightPersonal).add(weightOverall);
        return sum.divide(weights, 4, RoundingMode.HALF_UP);
    }

    /** The index of mean scores (each 1-5, possibly fractional), four decimals. */
    public BigDecimal indexOfMeans(BigDecimal speed, BigDecimal professional, BigDecimal personal, BigDecimal overall) {
        BigDecimal sum = weightSpeed.multiply(scaled(speed)).add(weightProfessional.multiply(scaled(professional)))
                .add(weightPersonal.multiply(scaled(personal))).add(weightOverall.multiply(scaled(overall)));
        BigDecimal weights = weightSpeed.add(weightProfessional).add(weightPersonal).add(weightOverall);
        return sum.divide(weights, 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal scaled(int score) {
        return scaled(BigDecimal.valueOf(score));
    }

    private static BigDecimal scaled(BigDecimal score) {
        return score.subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(25));
    }

    public boolean isLow(SurveyAnswers a) {
        return a.lowest() <= lowScore;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public int lowScore() {
        return lowScore;
    }
}
