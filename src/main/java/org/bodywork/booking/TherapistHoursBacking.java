package org.bodywork.booking;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Refusals;
import org.bodywork.shared.Words;
import org.omnifaces.util.Messages;

/** {@code /therapist/hours}: a therapist's usual week, and their time off and extra hours. */
@Named
@ViewScoped
public class TherapistHoursBacking implements Serializable {

    /** One range of the week as the therapist typed it, so a refused save keeps it for correcting. */
    public static class Row implements Serializable {
        private DayOfWeek day = DayOfWeek.MONDAY;
        private String start = "09:00";
        private String end = "17:00";
        private boolean breakTime;

        public DayOfWeek getDay() {
            return day;
        }

        public void setDay(DayOfWeek v) {
            day = v;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String v) {
            start = v;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String v) {
            end = v;
        }

        public boolean isBreakTime() {
            return breakTime;
        }

        public void setBreakTime(boolean v) {
            breakTime = v;
        }
    }

    @Inject
    TherapistHours hours;

    @Inject
    CalendarFeeds feeds;

    @Inject
    Practice practice;

    private final List<Row> week = new ArrayList<>();
    private List<AvailabilityException> exceptions;

    private LocalDate day;
    private String from;
    private String to;
    private boolean working;
    private String note;

    @PostConstruct
    void load() {
        loadWeek();
        loadExceptions();
    }

    private void loadWeek() {
        week.clear();
        for (WeekRange r : hours.myWeek()) {
            Row row = new Row();
            row.day = r.day();
            row.start = r.hours().start().toString();
            row.end = r.hours().end().toString();
            row.breakTime = r.isBreak();
            week.add(row);
        }
    }

    private void loadExceptions() {
        exceptions = hours.myExceptions(practice.today());
    }

    private String feedUrl;

    public void addRange() {
        week.add(new Row());
    }

    public void removeRange(int index) {
        week.remove(index);
    }

    public void saveWeek() {
        List<WeekRange> ranges = new ArrayList<>();
        boolean refused = false;
        for (Row row : week) {
            try {
                ranges.add(WeekRange.of(row.day, row.start, row.end, row.breakTime));
            } catch (BusinessException e) {
                Messages.addGlobalError(row.day == null ? e.getMessage() : dayName(row.day) + ": " + e.getMessage());
                refused = true;
            }
        }
        if (refused) {
            return;
        }
        try {
            hours.saveMyWeek(ranges);
            Messages.addGlobalInfo("hours.saved");
            loadWeek();
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void addException() {
        try {
            if (day != null && day.isBefore(practice.today())) {
                // The list shows days from today on, so a past day would seem to vanish.
                throw BusinessException.invalid("day", Words.text("booking.choose-today-or-a-later"));
            }
            boolean allDay = blank(from) && blank(to);
            if (!allDay && (blank(from) || blank(to))) {
                throw BusinessException.invalid(
                        blank(from) ? "from" : "to", Words.text("booking.give-both-times-or-leave"));
            }
            // The weekday is irrelevant here: WeekRange only reads and checks the two times.
            Slots.Hours times = allDay
                    ? null
                    : WeekRange.of(DayOfWeek.MONDAY, from, to, false).hours();
            hours.addException(day, times, working, note);
            Messages.addGlobalInfo(working ? "hours.extraAdded" : "hours.offAdded");
            day = null;
            from = to = note = null;
            working = false;
            loadExceptions();
        } catch (BusinessException e) {
            Refusals.show(e, "timeoff", java.util.Map.of("start", "from", "end", "to"));
        }
    }

    /** The therapist's calendar subscription address, for Google, Apple or Outlook calendars. */
    public String getFeedUrl() {
        if (feedUrl == null) {
            feedUrl = feedUrl(feeds.myFeedToken());
        }
        return feedUrl;
    }

    public void renewFeed() {
        feedUrl = feedUrl(feeds.renewFeed());
        Messages.addGlobalInfo("hours.newFeed");
    }

    private static String feedUrl(String token) {
        return org.omnifaces.util.Faces.getRequestBaseURL() + "calendar/" + token + ".ics";
    }

    public void removeException(long id) {
        try {
            hours.removeException(id);
            Messages.addGlobalInfo("hours.removed");
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessage());
        }
        loadExceptions();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String dayName(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public List<Row> getWeek() {
        return week;
    }

    public List<AvailabilityException> getExceptions() {
        return exceptions;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate v) {
        day = v;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String v) {
        from = v;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String v) {
        to = v;
    }

    public boolean isWorking() {
        return working;
    }

    public void setWorking(boolean v) {
        working = v;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String v) {
        note = v;
    }
}
