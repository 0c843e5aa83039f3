package org.bodywork.shared;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the database is, from MicroProfile Config ({@code BODYWORK_DB_URL}, {@code BODYWORK_DB_USER},
 * {@code BODYWORK_DB_PASSWORD}). With no URL configured Bodywork runs on an embedded in-memory H2 in
 * MySQL mode, which is also what switches the demo data on.
 */
public record DbSettings(String url, String user, String password, boolean embedded) {

    static final String EMBEDDED_URL = "jdbc:h2:mem:bodywork;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    public static DbSettings fromConfig() {
        // The application's own class loader: the pool may open connections on a container thread.
        Config config = ConfigProvider.getConfig(DbSettings.class.getClassLoader());
        Optional<String> url = config.getOptionalValue("bodywork.db.url", String.class);
        if (url.isEmpty()) {
            return new DbSettings(EMBEDDED_URL, "bodywork", "bodywork", true);
        }
        return new DbSettings(
                url.get().trim(),
                config.getOptionalValue("bodywork.db.user", String.class).orElse(""),
                config.getOptionalValue("bodywork.db.password", String.class).orElse(""),
                false);
    }

    /** The URL without its query string or user info, either of which may hold credentials, for log lines. */
    public String safeUrl() {
        int query = url.indexOf('?');
        String bare = query < 0 ? url : url.substring(0, query);
        return bare.replaceFirst("//[^/@]*@", "//");
    }
}
