package org.bodywork.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.bodywork.shared.BaseEntity;

/** A therapist looks after a client, and so may read the client's health records. */
@Entity
@Table(name = "care_assignment")
@NamedQuery(
        name = "CareAssignment.exists",
        query = "SELECT COUNT(a) FROM CareAssignment a WHERE a.therapistId = :therapist AND a.clientId = :client")
@NamedQuery(
        name = "CareAssignment.clientsOf",
        query = "SELECT a.clientId FROM CareAssignment a WHERE a.therapistId = :therapist")
@NamedQuery(
        name = "CareAssignment.byName",
        query = "SELECT a.clientId FROM CareAssignment a, Account c WHERE c.id = a.clientId"
                + " AND a.therapistId = :therapist ORDER BY c.name, c.id")
public class CareAssignment extends BaseEntity {

    @Column(name = "therapist_id", nullable = false, updatable = false)
    private long therapistId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;

    protected CareAssignment() {}

    public CareAssignment(long therapistId, long clientId, String assignedBy) {
        this.therapistId = therapistId;
        this.clientId = clientId;
        this.assignedBy = assignedBy;
    }
}
