package org.bodywork.booking;

import static org.bodywork.it.BookingSetup.at;
import static org.bodywork.it.BookingSetup.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bodywork.it.BookingSetup;
import org.bodywork.it.Concurrently;
import org.bodywork.it.Db;
import org.bodywork.it.Deployments;
import org.bodywork.it.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Double booking cannot happen: many clients asking for the same or overlapping time at the same
 * moment, over real HTTP into Payara Micro and MariaDB, leave exactly one appointment per stretch of
 * a therapist's time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient // everything through HTTP; the in-container tests are in AccountsIT and QualificationIT
class BookingConcurrencyIT {

    private static final int CLIENTS = 50;

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL url;

    /** Clients with a clear health form, signed in once each so the slow password check is behind us. */
    private static List<String> clients(BookingSetup setup, int n) throws Exception {
        List<Callable<String>> make = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            make.add(() -> setup.client("crowd" + k, ""));
        }
        return Concurrently.onThreads(4, make);
    }

    @Test
    void fiftyClientsAskingForTheSameSlotAtOnceGetOneAppointmentAndFortyNineConflicts() throws Exception {
        Http http = new Http(url);
        BookingSetup setup = new BookingSetup(http);
        long therapist = id(setup.therapist("popular", "'SWEDISH'"));
        long service = setup.service("SWEDISH", 60, 15);
        Instant start = at(LocalDate.now(BookingSetup.LONDON).plusDays(5), "10:00");
        List<String> clients = clients(setup, CLIENTS);

        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        clients.forEach(c -> calls.add(() -> setup.book(c, therapist, service, start)));
        List<HttpResponse<String>> answers = Concurrently.together(calls);

        Map<Integer, Long> statuses =
                answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertEquals(
                Map.of(201, 1L, 409, (long) CLIENTS - 1),
                statuses,
                answers.stream()
                        .filter(r -> r.statusCode() != 201 && r.statusCode() != 409)
                        .map(HttpResponse::body)
                        .findFirst()
                        .orElse(""));
        assertTrue(answers.stream()
                .filter(r -> r.statusCode() == 409)
                .allMatch(r -> Http.json(r).getString("error").equals("slot_taken")));
        assertEquals("1", Db.one("SELECT COUNT(*) FROM appointment WHERE therapist_id = ?", therapist));
        assertEquals("0", Db.one(BookingSetup.OVERLAPS));
    }

    @Test
    void clientsAskingForOverlappingSlotsAtOnceNeverShareTheTherapistsTime() throws Exception {
        Http http = new Http(url);
        BookingSetup setup = new BookingSetup(http);
        long therapist = id(setup.therapist("busy", "'SWEDISH'"));
        long service = setup.service("SWEDISH", 60, 15);
        LocalDate day = LocalDate.now(BookingSetup.LONDON).plusDays(6);
        List<String> clients = clients(setup, 24);
        // Starts every 15 minutes from 09:00 to 14:45: each overlaps its neighbours (60 minutes + 15).
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            Instant start = at(day, "09:00").plusSeconds(15L * 60 * i);
            starts.add(start);
            String client = clients.get(i);
            calls.add(() -> setup.book(client, therapist, service, start));
        }
        List<HttpResponse<String>> answers = Concurrently.together(calls);

        assertTrue(
                answers.stream().allMatch(r -> r.statusCode() == 201 || r.statusCode() == 409),
                answers.stream().map(HttpResponse::body).collect(Collectors.joining("\n")));
        List<Instant> booked = answers.stream()
                .filter(r -> r.statusCode() == 201)
                .map(r -> Instant.parse(Http.json(r).getString("start")))
                .sorted()
                .toList();
        // Whatever order they arrive in, at least three fit, and every refused start overlaps a booked one.
        assertTrue(booked.size() >= 3, "some of the 24 requests succeed: " + booked);
        for (Instant s : starts) {
            assertTrue(
                    booked.stream()
                            .anyMatch(b -> s.isBefore(b.plusSeconds(75 * 60)) && b.isBefore(s.plusSeconds(75 * 60))),
                    s + " was refused though it overlaps nothing booked");
        }
        for (int i = 1; i < booked.size(); i++) {
            assertTrue(
                    !booked.get(i).isBefore(booked.get(i - 1).plusSeconds(75 * 60)),
                    "appointments at " + booked.get(i - 1) + " and " + booked.get(i) + " overlap");
        }
        assertEquals(
                String.valueOf(booked.size()),
                Db.one("SELECT COUNT(*) FROM appointment WHERE therapist_id = ?", therapist));
        assertEquals("0", Db.one(BookingSetup.OVERLAPS));
        Function<Instant, Boolean> free =
                s -> setup.slots(therapist, service, day).contains(s);
        assertTrue(booked.stream().noneMatch(free::apply));
    }
}
