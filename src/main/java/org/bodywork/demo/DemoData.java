package org.bodywork.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.lang.management.ManagementFactory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.bodywork.booking.Appointment;
import org.bodywork.booking.NewService;
import org.bodywork.booking.WeekRange;
import org.bodywork.demo.DemoAccounts.DemoAccount;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Role;
import org.bodywork.intake.IntakeForm;
import org.bodywork.qualification.NewInsurance;
import org.bodywork.qualification.NewQualification;
import org.bodywork.qualification.RecordStatus;
import org.bodywork.screening.Technique;
import org.bodywork.shared.Database;
import org.bodywork.shared.DemoGate;
import org.bodywork.shared.JsonText;
import org.bodywork.shared.Practice;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills the demo's database with a small practice to try every feature with, and says where to
 * browse and who can sign in. Only when {@code bodywork.demo-data} is true (the README's run command,
 * the cluster and load tests), and only while the demo's admin does not exist yet: a demo whose data
 * is kept between runs is seeded once.
 */
@Startup
@Singleton
@DependsOn({"Database", "AdminBootstrap"})
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@example.org", "Alex Admin", Role.ADMIN),
            new DemoAccount("therapist@example.org", "Tess Therapist", Role.THERAPIST),
            new DemoAccount("sam.okafor@example.org", "Sam Okafor", Role.THERAPIST),
            new DemoAccount("priya.shah@example.org", "Priya Shah", Role.THERAPIST),
            new DemoAccount("tom.jones@example.org", "Tom Jones", Role.THERAPIST),
            new DemoAccount("client@example.org", "Chris Client", Role.CLIENT),
            new DemoAccount("amy.brown@example.org", "Amy Brown", Role.CLIENT),
            new DemoAccount("ben.clark@example.org", "Ben Clark", Role.CLIENT),
            new DemoAccount("cara.davies@example.org", "Cara Davies", Role.CLIENT),
            new DemoAccount("dan.evans@example.org", "Dan Evans", Role.CLIENT),
            new DemoAccount("ella.fox@example.org", "Ella Fox", Role.CLIENT));

    @Inject
    DemoNotes notes;

    @Inject
    Database database;

    @Inject
    AccountService accounts;

    @Inject
    DemoAccounts people;

    @Inject
    DemoIntakes intakes;

    @Inject
    Practice practice;

    @Inject
    DemoQualifications qualifications;

    @Inject
    DemoBookings booking;

    /** The README's run command sets one, and listens on loopback alone; otherwise one is made. */
    @Inject
    @ConfigProperty(name = "bodywork.demo-password")
    Optional<String> configuredPassword;

    private String password;

    @Inject
    @ConfigProperty(name = "bodywork.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    /** One demo client per screening outcome; client@example.org screens CLEAR. */
    private static final Map<String, String> INTAKES = Map.of(
            "client@example.org", "'conditions':[]",
            "amy.brown@example.org", "'conditions':[{'code':'OSTEOPOROSIS'}]",
            "ella.fox@example.org", "'conditions':[{'code':'BRUISING','area':'LOWER_BACK'}]",
            "ben.clark@example.org", "'conditions':[{'code':'FEVER'}]",
            "cara.davies@example.org", "'conditions':[{'code':'DVT'}]",
            "dan.evans@example.org",
                    "'backPain':{'areas':['LOWER_BACK'],'startedOn':'%s','diagnosed':false,"
                            + "'redFlags':['SADDLE_NUMBNESS']},'conditions':[]");

    /**
     * therapist@example.org is verified and insured for all five techniques; Tom Jones for some;
     * Sam Okafor's qualification is pending and Priya Shah's insurance has lapsed (neither listed).
     */
    private void seedQualifications(LocalDate today) {
        record Demo(String email, Set<Technique> techniques, RecordStatus status, LocalDate insuredUntil) {}
        List<Demo> demo = List.of(
                new Demo(
                        "therapist@example.org",
                        EnumSet.allOf(Technique.class),
                        RecordStatus.VERIFIED,
                        today.plusMonths(11)),
                new Demo(
                        "tom.jones@example.org",
                        EnumSet.of(Technique.SWEDISH, Technique.REFLEXOLOGY),
                        RecordStatus.VERIFIED,
                        today.plusDays(20)),
                new Demo(
                        "sam.okafor@example.org",
                        EnumSet.of(Technique.DEEP_TISSUE),
                        RecordStatus.PENDING,
                        today.plusMonths(6)),
                new Demo(
                        "priya.shah@example.org",
                        EnumSet.of(Technique.SHIATSU),
                        RecordStatus.VERIFIED,
                        today.minusDays(3)));
        for (Demo d : demo) {
            accounts.findByEmail(d.email())
                    .ifPresent(a -> qualifications.seed(
                            a.getId(),
                            diploma(d.techniques(), today),
                            d.status(),
                            new NewInsurance(
                                    "Balens", "BAL-" + a.getId(), 6_000_000L, today.minusYears(1), d.insuredUntil())));
        }
    }

    /** The level 3 diploma every demo therapist holds, for the techniques given. */
    static NewQualification diploma(Set<Technique> techniques, LocalDate today) {
        return new NewQualification(
                "Diploma in Massage Therapy",
                "ITEC",
                "Level 3 Diploma",
                "603/1234/5",
                today.minusYears(3),
                null,
                techniques);
    }

    /** The practice's menu of services. */
    private static List<NewService> menu() {
        return List.of(
                new NewService("Swedish massage, 30 minutes", Technique.SWEDISH, 30, 3500, 15, true),
                new NewService("Swedish massage, 60 minutes", Technique.SWEDISH, 60, 5500, 15, true),
                new NewService("Swedish massage, 90 minutes", Technique.SWEDISH, 90, 7500, 15, true),
                new NewService("Deep tissue massage, 60 minutes", Technique.DEEP_TISSUE, 60, 6000, 15, true),
                new NewService("Trigger point therapy, 45 minutes", Technique.TRIGGER_POINT, 45, 5000, 15, true),
                new NewService("Shiatsu, 60 minutes", Technique.SHIATSU, 60, 5500, 15, true),
                new NewService("Reflexology, 45 minutes", Technique.REFLEXOLOGY, 45, 4500, 10, true));
    }

    /** Weekdays 09:00 to 17:30 with a lunch hour, and Saturday morning. */
    private static List<WeekRange> week() {
        List<WeekRange> week = new java.util.ArrayList<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.add(WeekRange.of(day, "09:00", "17:30", false));
            week.add(WeekRange.of(day, "12:30", "13:30", true));
        }
        week.add(WeekRange.of(DayOfWeek.SATURDAY, "10:00", "14:00", false));
        return week;
    }

    /** The menu, a working week for every therapist, and appointments over the last and next weeks. */
    private void seedBooking(LocalDate today) {
        Map<Long, List<WeekRange>> weeks = new java.util.HashMap<>();
        List<WeekRange> week = week();
        for (DemoAccount a : ACCOUNTS) {
            if (a.role() == Role.THERAPIST) {
                accounts.findByEmail(a.email()).ifPresent(t -> weeks.put(t.getId(), week));
            }
        }
        long tess = accounts.findByEmail("therapist@example.org").orElseThrow().getId();
        long tom = accounts.findByEmail("tom.jones@example.org").orElseThrow().getId();
        ZoneId zone = practice.zone();
        List<DemoBookings.DemoBooking> bookings = new java.util.ArrayList<>();
        // Weekdays from three weeks back to five weeks ahead; clients who may be booked only.
        List<String> clients = List.of("client@example.org", "amy.brown@example.org", "ella.fox@example.org");
        int n = 0;
        for (LocalDate day = today.minusWeeks(3); day.isBefore(today.plusWeeks(5)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5 || day.equals(today)) {
                continue;
            }
            for (String time : List.of("10:00", "14:00")) {
                String email = clients.get(n % clients.size());
                long client = accounts.findByEmail(email).orElseThrow().getId();
                boolean reflexology = email.startsWith("ella");
                long therapist = n % 4 == 3 ? tom : tess;
                Appointment.Status status = day.isBefore(today) && n % 9 == 4
                        ? Appointment.Status.NO_SHOW
                        : n % 11 == 5 ? Appointment.Status.CANCELLED : Appointment.Status.BOOKED;
                bookings.add(new DemoBookings.DemoBooking(
                        therapist,
                        client,
                        reflexology ? "Reflexology, 45 minutes" : "Swedish massage, 60 minutes",
                        ZonedDateTime.of(day, LocalTime.parse(time), zone).toInstant(),
                        status));
                n++;
            }
        }
        booking.seed(menu(), weeks, bookings);
    }

    @PostConstruct
    void start() {
        if (!database.demo() || !database.ready()) {
            return;
        }
        password = DemoGate.password(configuredPassword);
        if (accounts.findByEmail(ACCOUNTS.get(0).email()).isPresent()) {
            LOG.info("Demo data is in the database already");
            people.repassword(ACCOUNTS, password);
            welcome();
            return;
        }
        people.seed(ACCOUNTS, password);
        seedQualifications(practice.today());
        LocalDate today = practice.today();
        long therapist =
                accounts.findByEmail("therapist@example.org").orElseThrow().getId();
        INTAKES.forEach((email, answers) -> {
            String json = ("{'dateOfBirth':'1985-04-12'," + answers.formatted(today.minusDays(10))
                            + ",'consent':{'treatment':true,'healthData':true},"
                            + "'gp':{'name':'Dr Patel','practice':'Riverside Surgery'},'goals':'Less tension'}")
                    .replace('\'', '"');
            JsonValue body = JsonText.value(json);
            accounts.findByEmail(email)
                    .ifPresent(a -> intakes.seed(a.getId(), IntakeForm.read(body, today), therapist));
        });
        seedBooking(today);
        notes.seed(java.time.Instant.now());
        welcome();
    }

    /** The demo accounts' password for this start (the large practice's too). */
    public String password() {
        return password;
    }

    /** Where to browse, who can sign in, and how long the start has taken so far. */
    private void welcome() {
        String list = ACCOUNTS.stream()
                .map(a -> "  " + a.email() + " (" + a.role().name().toLowerCase() + ")")
                .collect(Collectors.joining("\n"));
        long seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
        LOG.info(() -> "\n\nBodywork demo is starting at " + publicUrl + " (" + seconds
                + " s since Payara Micro started; it is ready when Payara says so below).\n"
                + "Demo accounts, all with the password " + password + ":\n" + list + "\n"
                + "Two-step sign-in is off for the demo; production requires it for staff.\n");
    }
}
