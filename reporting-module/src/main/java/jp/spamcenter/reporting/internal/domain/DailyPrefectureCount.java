package jp.spamcenter.reporting.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** Complaints received on one day (Japan time) from one prefecture. */
@Entity
@Table(name = "rep_daily_prefecture")
@IdClass(DailyPrefectureCount.Key.class)
public class DailyPrefectureCount {

    /** Primary key: the day and the prefecture (a class, as JPA builds it field by field). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate day;
        private String prefectureCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(day, k.day) && Objects.equals(prefectureCode, k.prefectureCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(day, prefectureCode);
        }
    }

    @Id
    @Column(nullable = false)
    private LocalDate day;

    @Id
    @Column(name = "prefecture_code", nullable = false, length = 2)
    private String prefectureCode;

    @Column(nullable = false)
    private long complaints;

    protected DailyPrefectureCount() {}

    public LocalDate day() {
        return day;
    }

    public String prefectureCode() {
        return prefectureCode;
    }

    public long complaints() {
        return complaints;
    }
}
