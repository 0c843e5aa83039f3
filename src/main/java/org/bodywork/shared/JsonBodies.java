package org.bodywork.shared;

import jakarta.json.JsonReader;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON request body whole, up to {@link #LIMIT}, and checks it is well-formed before JSON-B
 * binds it. JSON-B skips an unknown property's array with Parsson's {@code skipArray}, which never
 * returns when the array is unclosed: the request thread waited on the socket until the connection
 * timed out (FuzzIT found it with {@code {"x":[5,"start":"…"}}).
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

    /** Far above any form the API takes; a bigger body is refused before it fills the memory. */
    static final int LIMIT = 1 << 20;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !json(type)) {
            return context.proceed();
        }
        byte[] body = read(context.getInputStream());
        if (body.length > 0) {
            try (JsonReader reader = JsonP.createReader(new ByteArrayInputStream(body))) {
                reader.readValue();
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean json(MediaType type) {
        return MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
                || type.getSubtype().endsWith("+json");
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(LIMIT + 1);
        if (body.length > LIMIT) {
            throw new WebApplicationException(413);
        }
        return body;
    }
}
