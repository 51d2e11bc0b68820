package org.taxonomist.dashboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;

/** A field's filling rate on one day: the dashboard's curve. One per field and day; the day's latest value wins. */
@Entity
@Table(name = "tx_filling_snapshot", uniqueConstraints = @UniqueConstraint(columnNames = {"field_name", "taken_on"}))
public class FillingSnapshot {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "field_name", nullable = false)
    private String field;

    // Not "day": a reserved word in H2.
    @Column(name = "taken_on", nullable = false)
    private LocalDate day;

    private long assets;
    private long filled;

    @Column(nullable = false)
    private Instant takenAt;

    protected FillingSnapshot() {}

    FillingSnapshot(LocalDate day, FillingRate rate) {
        this.field = rate.field();
        this.day = day;
        update(rate);
    }

    void update(FillingRate rate) {
        this.assets = rate.assets();
        this.filled = rate.filled();
        this.takenAt = Instant.now();
    }

    public FillingRate rate() {
        return new FillingRate(field, assets, filled);
    }

    public String getField() {
        return field;
    }

    public LocalDate getDay() {
        return day;
    }
}
