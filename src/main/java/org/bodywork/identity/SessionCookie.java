package org.bodywork.identity;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is {@code Secure} whenever the practice's address ({@code bodywork.public-url})
 * is {@code https://}: behind a proxy that ends TLS, Payara sees plain HTTP and its "dynamic" rule
 * would leave the flag off. Decided from configuration, not from a header, so nothing a request
 * carries can turn it off.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String address = ConfigProvider.getConfig()
                .getOptionalValue("bodywork.public-url", String.class)
                .orElse("");
        if (secure(address)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    static boolean secure(String publicUrl) {
        return publicUrl.strip().regionMatches(true, 0, "https://", 0, 8);
    }
}
