package org.bodywork.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The cluster test's figures, each with the bound it must keep, written as a Markdown table. */
final class Summary {

    private record Row(String what, String figure, String bound, boolean kept) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A figure and whether it keeps its bound. */
    void check(String what, Object figure, String bound, boolean kept) {
        rows.add(new Row(what, String.valueOf(figure), bound, kept));
        System.out.println((kept ? "ok    " : "MISSED") + " " + what + ": " + figure + " (" + bound + ")");
    }

    /** A figure for the record, with no bound. */
    void note(String what, Object figure) {
        rows.add(new Row(what, String.valueOf(figure), "", true));
        System.out.println("      " + what + ": " + figure);
    }

    void remark(String text) {
        notes.add(text);
    }

    List<String> missed() {
        return rows.stream().filter(r -> !r.kept()).map(Row::what).toList();
    }

    String markdown() {
        StringBuilder s = new StringBuilder("| check | figure | must be | |\n|---|---|---|---|\n");
        for (Row r : rows) {
            s.append("| ")
                    .append(r.what())
                    .append(" | ")
                    .append(r.figure())
                    .append(" | ")
                    .append(r.bound())
                    .append(" | ")
                    .append(r.bound().isEmpty() ? "" : r.kept() ? "kept" : "**missed**")
                    .append(" |\n");
        }
        for (String n : notes) {
            s.append("\n").append(n).append("\n");
        }
        return s.toString();
    }

    void write() {
        try {
            Files.writeString(Cluster.dir(".").resolve("summary.md"), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("\n" + markdown());
    }
}
