package org.bodywork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DbSettingsTest {

    @Test
    void aMariaDbUrlReachesConnectorJAsMySql() {
        assertEquals(
                "jdbc:mysql://localhost:3306/bodywork?sslMode=DISABLED",
                DbSettings.forConnectorJ(" jdbc:mariadb://localhost:3306/bodywork?sslMode=DISABLED "));
        assertEquals("jdbc:mysql://db/bodywork", DbSettings.forConnectorJ("jdbc:mysql://db/bodywork"));
    }

    @Test
    void logLinesShowNeitherQueryNorUserInfo() {
        assertEquals(
                "jdbc:mysql://db:3306/bodywork",
                new DbSettings("jdbc:mysql://ann:secret@db:3306/bodywork?password=x", "ann", "secret").safeUrl());
    }
}
