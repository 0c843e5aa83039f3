package org.bodywork.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads of the tests' MariaDB, to check what the app stored (never to set data up). */
public final class Db {

    private Db() {}

    /** The first column of the first row, as text; null when there is no row. */
    public static String one(String sql, Object... params) {
        String url = "jdbc:mysql://localhost:" + System.getProperty("mariadb.port") + "/bodywork?sslMode=DISABLED";
        try (Connection c = DriverManager.getConnection(url, "root", "");
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A change the API reaches only over time (a start that has passed, a form grown old). */
    public static int update(String sql, Object... params) {
        String url = "jdbc:mysql://localhost:" + System.getProperty("mariadb.port") + "/bodywork?sslMode=DISABLED";
        try (Connection c = DriverManager.getConnection(url, "root", "");
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
