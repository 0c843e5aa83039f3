package org.bodywork.shared;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, at {@code /api/v1}; its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Bodywork API",
                        version = "1",
                        description = "Practice management for massage and bodywork therapists. Sign in with"
                                + " HTTP Basic: your e-mail address and password. Errors are JSON:"
                                + " {\"error\": code, \"message\": text}."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // No WADL: the OpenAPI document is the one description of the API.
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
