package org.bodywork.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * Membership of a register or professional body, e.g. CNHC or FHT, with its number. A class, not a
 * record: JPA 3.1 (EclipseLink 4) cannot map records as embeddables.
 */
@Embeddable
public class Membership implements Serializable {

    @Column(name = "register", nullable = false)
    private String register;

    @Column(name = "number", nullable = false)
    private String number;

    protected Membership() {}

    public Membership(String register, String number) {
        this.register = register;
        this.number = number;
    }

    public String register() {
        return register;
    }

    public String number() {
        return number;
    }
}
