package org.bodywork.qualification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Role;
import org.bodywork.screening.Technique;
import org.bodywork.shared.Dates;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;

/**
 * Who may be booked, for what, on which day: the public directory with its profiles and photos, and
 * each therapist's standing, which every booking path asks.
 */
@Stateless
@PermitAll
public class Directory {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Practice practice;

    /** A bookable therapist as the public directory shows them, with what was verified and when. */
    public record Listing(long id, String name, Set<Technique> techniques, List<String> verified)
            implements java.io.Serializable {}

    /** What decides whether a therapist can be booked, to ask about any day. */
    public record Standing(
            long therapistId,
            String name,
            boolean active,
            List<Credential> qualifications,
            List<Credential> insurance) {

        public Set<Technique> techniquesOn(LocalDate day) {
            return Bookability.techniquesOn(day, active, qualifications, insurance);
        }

        public boolean bookable(Technique technique, LocalDate day) {
            return techniquesOn(day).contains(technique);
        }
    }

    /** A photo's bytes and type. */
    public record Photo(String mediaType, byte[] bytes) {}

    /** Therapists bookable today, for one technique or any. */
    public List<Listing> directory(Optional<Technique> technique) {
        LocalDate today = practice.today();
        Map<Long, List<Qualification>> qualificationsOf =
                verified(Qualification.class).stream().collect(Collectors.groupingBy(VerifiedRecord::getTherapistId));
        Map<Long, List<Insurance>> insuranceOf =
                verified(Insurance.class).stream().collect(Collectors.groupingBy(VerifiedRecord::getTherapistId));
        Map<String, Instant> verifiedAt = verifiedAt();
        Map<Long, Account> therapists = accounts.find(qualificationsOf.keySet());
        List<Listing> listings = new ArrayList<>();
        qualificationsOf.forEach((id, qualifications) -> {
            Account therapist = therapists.get(id);
            List<Insurance> policies = insuranceOf.getOrDefault(id, List.of());
            if (therapist == null) {
                return;
            }
            Set<Technique> techniques = Bookability.techniquesOn(
                    today,
                    therapist.isActive(),
                    qualifications.stream().map(VerifiedRecord::credential).toList(),
                    policies.stream().map(VerifiedRecord::credential).toList());
            if (techniques.isEmpty() || !technique.map(techniques::contains).orElse(true)) {
                return;
            }
            List<String> verified = new ArrayList<>();
            qualifications.stream()
                    .filter(q -> q.credential().validOn(today))
                    .forEach(q -> verified.add(q.getTitle() + " (" + q.getLevel() + ", " + q.getAwardingBody() + ")"
                            + when(verifiedAt.get(VerifiedRecord.QUALIFICATION + "#" + q.getId()))));
            policies.stream()
                    .filter(i -> i.credential().validOn(today))
                    .forEach(i ->
                            verified.add(Words.text("qualification.insured", i.getInsurer(), Dates.day(i.getValidTo()))
                                    + when(verifiedAt.get(VerifiedRecord.INSURANCE + "#" + i.getId()))));
            listings.add(new Listing(id, therapist.getName(), techniques, verified));
        });
        listings.sort(Comparator.comparing(Listing::name));
        return listings;
    }

    /** When each record ("kind#id") was last verified. */
    private Map<String, Instant> verifiedAt() {
        Map<String, Instant> at = new HashMap<>();
        for (Object[] row : em.createNamedQuery("VerificationDecision.lastVerified", Object[].class)
                .getResultList()) {
            // The latest decision counts; MAX() in JPQL would bypass the Instant converter.
            at.merge(row[0] + "#" + row[1], (Instant) row[2], (a, b) -> a.isAfter(b) ? a : b);
        }
        return at;
    }

    private <T extends VerifiedRecord> List<T> verified(Class<T> type) {
        return em.createNamedQuery(type.getSimpleName() + ".byStatus", type)
                .setParameter("status", RecordStatus.VERIFIED)
                .getResultList();
    }

    private <T extends VerifiedRecord> List<Credential> credentialsOf(Class<T> type, long therapistId) {
        return em.createNamedQuery(type.getSimpleName() + ".byTherapist", type)
                .setParameter("therapist", therapistId)
                .getResultStream()
                .map(VerifiedRecord::credential)
                .toList();
    }

    /** A therapist's standing for booking; empty when there is no such therapist. */
    public Optional<Standing> standing(long therapistId) {
        return accounts.find(therapistId)
                .filter(a -> a.has(Role.THERAPIST))
                .map(a -> new Standing(
                        a.getId(),
                        a.getName(),
                        a.isActive(),
                        credentialsOf(Qualification.class, a.getId()),
                        credentialsOf(Insurance.class, a.getId())));
    }

    /** The standing of every therapist with a verified qualification: who could be booked at all. */
    public List<Standing> standings() {
        Map<Long, List<Credential>> qualificationsOf = credentialsByTherapist(verified(Qualification.class));
        Map<Long, List<Credential>> insuranceOf = credentialsByTherapist(verified(Insurance.class));
        Map<Long, Account> therapists = accounts.find(qualificationsOf.keySet());
        List<Standing> standings = new ArrayList<>();
        qualificationsOf.forEach((id, qualifications) -> Optional.ofNullable(therapists.get(id))
                .ifPresent(a -> standings.add(new Standing(
                        id, a.getName(), a.isActive(), qualifications, insuranceOf.getOrDefault(id, List.of())))));
        standings.sort(Comparator.comparing(Standing::name));
        return standings;
    }

    private static Map<Long, List<Credential>> credentialsByTherapist(List<? extends VerifiedRecord> records) {
        return records.stream()
                .collect(Collectors.groupingBy(
                        VerifiedRecord::getTherapistId,
                        Collectors.mapping(VerifiedRecord::credential, Collectors.toList())));
    }

    private String when(Instant at) {
        return at == null ? "" : Words.text("qualification.verifiedOn", Dates.day(at.atZone(practice.zone())));
    }

    /** Which of these therapists have a photo. */
    public Set<Long> withPhotos(Collection<Long> therapistIds) {
        if (therapistIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(
                em.createQuery("SELECT p.therapistId FROM ProfilePhoto p WHERE p.therapistId IN :ids", Long.class)
                        .setParameter("ids", therapistIds)
                        .getResultList());
    }

    /** The public profiles of listed therapists, by id; private details are not read by the page. */
    public Map<Long, TherapistProfile> profiles(Collection<Long> therapistIds) {
        if (therapistIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p FROM TherapistProfile p WHERE p.therapistId IN :ids", TherapistProfile.class)
                .setParameter("ids", therapistIds)
                .getResultStream()
                .collect(Collectors.toMap(TherapistProfile::getTherapistId, p -> p));
    }

    /** A listed therapist's photo; empty for anyone not in today's directory. */
    public Optional<Photo> photo(long therapistId) {
        // Listed means bookable today for some technique: asked of this one therapist, not the whole
        // directory, which a page of photos would otherwise work out once per photo.
        boolean listed = standing(therapistId)
                .filter(st -> !st.techniquesOn(practice.today()).isEmpty())
                .isPresent();
        ProfilePhoto photo = listed ? em.find(ProfilePhoto.class, therapistId) : null;
        return photo == null ? Optional.empty() : Optional.of(new Photo(photo.getMediaType(), photo.bytes()));
    }
}
