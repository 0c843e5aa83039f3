package org.bodywork.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.bodywork.booking.Appointment;
import org.bodywork.booking.WeekRange;
import org.bodywork.demo.DemoAccounts.DemoAccount;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Role;
import org.bodywork.intake.IntakeForm;
import org.bodywork.qualification.NewInsurance;
import org.bodywork.qualification.RecordStatus;
import org.bodywork.screening.Technique;
import org.bodywork.shared.Database;
import org.bodywork.shared.JsonText;
import org.bodywork.shared.Practice;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The load test's practice, on top of the demo: 50 therapists, 5,000 clients with health forms,
 * 20,000 appointments (most in the past 14 weeks, some in the next two) and about 10,000 signed
 * notes. Only when {@code bodywork.demo-data} is {@code large}, once. Written through the services'
 * demo methods in chunks, each its own transaction, so it takes a minute or two, not hours.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class LargePractice {

    public static final int THERAPISTS = 50;
    public static final int CLIENTS = 5_000;
    public static final int APPOINTMENTS = 20_000;
    /** Appointments per therapist already past; the rest are in the days to come. */
    private static final int PAST = 340;

    private static final int PER_THERAPIST = APPOINTMENTS / THERAPISTS;
    /** Five sessions a working day, an hour each with 15 minutes' turnover. */
    private static final List<String> TIMES = List.of("09:00", "10:30", "12:00", "14:00", "15:30");

    private static final Logger LOG = Logger.getLogger(LargePractice.class.getName());

    @Inject
    DemoData demo;

    @Inject
    Database database;

    @Inject
    AccountService accounts;

    @Inject
    DemoAccounts people;

    @Inject
    DemoQualifications qualifications;

    @Inject
    DemoIntakes intakes;

    @Inject
    DemoBookings booking;

    @Inject
    DemoNotes notes;

    @Inject
    Practice practice;

    @Inject
    @ConfigProperty(name = "bodywork.demo-data", defaultValue = "false")
    String demoData;

    public static String therapist(int i) {
        return "therapist" + i + "@load.example.org";
    }

    public static String client(int i) {
        return "client" + i + "@load.example.org";
    }

    @PostConstruct
    // A singleton's start-up callback takes its transaction from its own annotation, not the class's.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        if (!"large".equalsIgnoreCase(demoData) || !database.ready()) {
            return;
        }
        if (accounts.findByEmail(therapist(THERAPISTS - 1)).isPresent()) {
            LOG.info("The load test's practice is in the database already");
            return;
        }
        long began = System.currentTimeMillis();
        LocalDate today = practice.today();
        List<Long> therapists = people(THERAPISTS, LargePractice::therapist, Role.THERAPIST, "Therapist");
        List<Long> clients = people(CLIENTS, LargePractice::client, Role.CLIENT, "Client");
        records(therapists, clients, today);
        LOG.info(() -> "Load practice: accounts, records and health forms in "
                + (System.currentTimeMillis() - began) / 1000 + " s");
        bookings(therapists, clients, today);
        LOG.info(() -> "Load practice: appointments in " + (System.currentTimeMillis() - began) / 1000 + " s");
        Instant now = Instant.now();
        for (int from = 0; from < clients.size(); from += 250) {
            notes.seed(now, clients.get(from), clients.get(Math.min(from + 250, clients.size()) - 1));
        }
        LOG.info(() -> "The load test's practice is ready: " + THERAPISTS + " therapists, " + CLIENTS + " clients, "
                + APPOINTMENTS + " appointments and their notes, in " + (System.currentTimeMillis() - began) / 1000
                + " s");
    }

    /** Every therapist verified for every technique; every client a health form, some with conditions. */
    private void records(List<Long> therapists, List<Long> clients, LocalDate today) {
        for (long t : therapists) {
            qualifications.seed(
                    t,
                    DemoData.diploma(EnumSet.allOf(Technique.class), today),
                    RecordStatus.VERIFIED,
                    new NewInsurance("Balens", "BAL-L" + t, 6_000_000L, today.minusMonths(6), today.plusMonths(6)));
        }
        for (int i = 0; i < clients.size(); i++) {
            String conditions = i % 20 == 0
                    ? "{'code':'OSTEOPOROSIS'}"
                    : i % 20 == 1 ? "{'code':'BRUISING','area':'LOWER_BACK'}" : i % 50 == 2 ? "{'code':'FEVER'}" : "";
            String json = ("{'dateOfBirth':'" + (1950 + i % 50) + "-04-12','conditions':[" + conditions + "],"
                            + "'consent':{'treatment':true,'healthData':true},"
                            + "'gp':{'name':'Dr Patel','practice':'Riverside Surgery'},'goals':'Less tension'}")
                    .replace('\'', '"');
            intakes.seed(clients.get(i), IntakeForm.read(JsonText.value(json), today), therapists.get(i % THERAPISTS));
        }
    }

    /** The working days (not Sundays) of the sessions, {@link #PAST} of them before today. */
    private static List<LocalDate> workingDays(LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        int pastDays = PAST / TIMES.size();
        for (LocalDate d = today.minusDays(1); days.size() < pastDays; d = d.minusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(0, d);
            }
        }
        for (LocalDate d = today.plusDays(1); days.size() < PER_THERAPIST / TIMES.size(); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }

    /** Accounts in chunks (each chunk hashes the one password once); their ids in order. */
    private List<Long> people(int n, java.util.function.IntFunction<String> email, Role role, String name) {
        for (int from = 0; from < n; from += 250) {
            List<DemoAccount> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(from + 250, n); i++) {
                chunk.add(new DemoAccount(email.apply(i), name + " " + (i + 1), role));
            }
            people.seed(chunk, demo.password());
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(accounts.findByEmail(email.apply(i)).orElseThrow().getId());
        }
        return ids;
    }

    /**
     * Every therapist works Monday to Saturday, 08:00 to 20:00, and has {@link #PER_THERAPIST}
     * sessions, five a working day, {@link #PAST} of them past. At any one time the 50 therapists see
     * 50 different clients, and a client comes back about every five weeks.
     */
    private void bookings(List<Long> therapists, List<Long> clients, LocalDate today) {
        List<WeekRange> week = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d != DayOfWeek.SUNDAY) {
                week.add(WeekRange.of(d, "08:00", "20:00", false));
            }
        }
        List<LocalDate> days = workingDays(today);
        List<DemoBookings.DemoBooking> chunk = new ArrayList<>();
        Map<Long, List<WeekRange>> weeks = new HashMap<>();
        therapists.forEach(t -> weeks.put(t, week));
        int k = 0;
        for (LocalDate day : days) {
            for (String time : TIMES) {
                Instant start = ZonedDateTime.of(day, LocalTime.parse(time), practice.zone())
                        .toInstant();
                boolean past = day.isBefore(today);
                for (long therapist : therapists) {
                    Appointment.Status status = past && k % 17 == 3
                            ? Appointment.Status.NO_SHOW
                            : k % 13 == 5 ? Appointment.Status.CANCELLED : Appointment.Status.BOOKED;
                    chunk.add(new DemoBookings.DemoBooking(
                            therapist,
                            clients.get(k % clients.size()),
                            k % 3 == 1 ? "Reflexology, 45 minutes" : "Swedish massage, 60 minutes",
                            start,
                            status));
                    k++;
                    if (chunk.size() == 500) {
                        booking.seedBookings(weeks, chunk);
                        weeks.clear();
                        chunk = new ArrayList<>();
                    }
                }
            }
        }
        if (!chunk.isEmpty()) {
            booking.seedBookings(weeks, chunk);
        }
    }
}
