package org.factcheck.twofactor;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A desk-wide setting an admin changes at run time (table app_setting). */
@Entity
@Table(name = "app_setting")
public class AppSetting extends PanacheEntityBase {

    @Id
    public String name;

    public String value;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt = OffsetDateTime.now();

    @Column(name = "changed_by")
    public String changedBy;
}
