package org.bodywork.shared;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.Set;
import java.util.TreeSet;

/** A response whose named headers a filter has decided: later attempts to set them are ignored. */
class HeldHeaders extends HttpServletResponseWrapper {

    private final Set<String> held = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    HeldHeaders(HttpServletResponse response, String... names) {
        super(response);
        held.addAll(Set.of(names));
    }

    @Override
    public void setHeader(String name, String value) {
        if (!held.contains(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!held.contains(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setDateHeader(String name, long date) {
        if (!held.contains(name)) {
            super.setDateHeader(name, date);
        }
    }

    @Override
    public void addDateHeader(String name, long date) {
        if (!held.contains(name)) {
            super.addDateHeader(name, date);
        }
    }
}
