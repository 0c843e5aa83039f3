package org.bodywork.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * With {@code bodywork.sql-count=true} (the tests and the load suite, never a practice), every
 * response says in {@code X-Sql-Statements} how many SQL statements it took, so that a test can hold
 * each page to a budget and a regression shows in CI without timing anything.
 */
@WebFilter(urlPatterns = "/*")
public class SqlCount extends HttpFilter {

    static final String HEADER = "X-Sql-Statements";

    // Large enough that no page is sent before it is finished, so the header can still be set.
    private static final int BUFFER = 1 << 20;

    private boolean on;

    @Override
    public void init() {
        on = ConfigProvider.getConfig()
                .getOptionalValue("bodywork.sql-count", Boolean.class)
                .orElse(false);
        SqlStatements.counting(on);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!on) {
            chain.doFilter(request, response);
            return;
        }
        response.setBufferSize(BUFFER);
        chain.doFilter(request, new Unflushed(response));
        if (!response.isCommitted()) {
            response.setHeader(HEADER, String.valueOf(SqlStatements.count()));
            response.setHeader(
                    HEADER + "-Text", String.join(" | ", SqlStatements.sent()).replaceAll("[^ -~]", " "));
        }
    }

    /**
     * Holds a response back until the filter has set its header: JAX-RS and Faces flush, or write
     * a length, when they are done, which would send the headers before the count is known.
     */
    private static final class Unflushed extends HeldHeaders {

        private ServletOutputStream out;
        private PrintWriter writer;

        // A response is complete, and sent, once as many bytes as its length are written.
        Unflushed(HttpServletResponse response) {
            super(response, "Content-Length");
        }

        @Override
        public void flushBuffer() {
            // Sent when the filter is done.
        }

        @Override
        public void setContentLength(int length) {}

        @Override
        public void setContentLengthLong(long length) {}

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                ServletOutputStream real = super.getOutputStream();
                out = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        real.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        real.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(super.getWriter()) {
                    @Override
                    public void flush() {
                        // Sent when the filter is done.
                    }
                };
            }
            return writer;
        }
    }

    /** Starts the count before sign-in is checked, which happens before any filter, so it counts too. */
    @WebListener
    public static class Start implements ServletRequestListener {

        @Override
        public void requestInitialized(ServletRequestEvent event) {
            SqlStatements.reset();
        }
    }
}
