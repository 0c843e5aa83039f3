package org.bodywork.identity;

/** What an account may do. The names are the security roles of the application. */
public enum Role {
    CLIENT,
    THERAPIST,
    ADMIN;

    public static final String CLIENT_NAME = "CLIENT";
    public static final String THERAPIST_NAME = "THERAPIST";
    public static final String ADMIN_NAME = "ADMIN";
}
