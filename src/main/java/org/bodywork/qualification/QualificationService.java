package org.bodywork.qualification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.notification.PracticeMails;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Evidence;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;

// Over 300 lines, not split yet: its seams (a therapist's own records, the admins' verification
// queue, the directory and bookability, the expiry job's reads) are issue 21's work.

/**
 * Therapists' qualifications and insurance: submitting and changing them (therapists, their own
 * only), verifying or rejecting them (admins), expiring them, and the public directory of who may
 * be booked today.
 */
@Stateless
public class QualificationService {

    static final String QUALIFICATION = "qualification";
    static final String INSURANCE = "insurance";
    static final int MAX_EVIDENCE = 10 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    Practice practice;

    @Inject
    AuditLog audit;

    @Inject
    org.bodywork.notification.Notifications notifications;

    @Inject
    org.bodywork.shared.Database database;

    /** A bookable therapist as the public directory shows them, with what was verified and when. */
    public record Listing(long id, String name, Set<Technique> techniques, List<String> verified) {}

    /** A therapist's own records. */
    public record Records(List<Qualification> qualifications, List<Insurance> insurance) {}

    // The public

    /** Therapists bookable today, for one technique or any. */
    @PermitAll
    public List<Listing> directory(Optional<Technique> technique) {
        LocalDate today = practice.today();
        List<Qualification> qualifications = em.createNamedQuery("Qualification.byStatus", Qualification.class)
                .setParameter("status", RecordStatus.VERIFIED)
                .getResultList();
        List<Insurance> insurance = em.createNamedQuery("Insurance.byStatus", Insurance.class)
                .setParameter("status", RecordStatus.VERIFIED)
                .getResultList();
        Map<String, java.time.Instant> verifiedAt = new java.util.HashMap<>();
        for (Object[] row : em.createNamedQuery("VerificationDecision.lastVerified", Object[].class)
                .getResultList()) {
            // The latest decision counts; MAX() in JPQL would bypass the Instant converter.
            verifiedAt.merge(row[0] + "#" + row[1], (java.time.Instant) row[2], (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<Long, List<Qualification>> qualificationsOf =
                qualifications.stream().collect(Collectors.groupingBy(VerifiedRecord::getTherapistId));
        Map<Long, List<Insurance>> insuranceOf =
                insurance.stream().collect(Collectors.groupingBy(VerifiedRecord::getTherapistId));
        Map<Long, Account> therapists = accounts.find(qualificationsOf.keySet());
        List<Listing> listings = new ArrayList<>();
        for (var entry : qualificationsOf.entrySet()) {
            Optional<Account> therapist = Optional.ofNullable(therapists.get(entry.getKey()));
            List<Insurance> policies = insuranceOf.getOrDefault(entry.getKey(), List.of());
            if (therapist.isEmpty()) {
                continue;
            }
            Set<Technique> techniques = Bookability.techniquesOn(
                    today,
                    therapist.get().isActive(),
                    entry.getValue().stream().map(VerifiedRecord::credential).toList(),
                    policies.stream().map(VerifiedRecord::credential).toList());
            if (techniques.isEmpty() || !technique.map(techniques::contains).orElse(true)) {
                continue;
            }
            List<String> verified = new ArrayList<>();
            entry.getValue().stream()
                    .filter(q -> q.credential().validOn(today))
                    .forEach(q -> verified.add(q.getTitle() + " (" + q.getLevel() + ", " + q.getAwardingBody() + ")"
                            + when(verifiedAt.get(QUALIFICATION + "#" + q.getId()))));
            policies.stream()
                    .filter(i -> i.credential().validOn(today))
                    .forEach(i -> verified.add(Words.text(
                                    "qualification.insured",
                                    i.getInsurer(),
                                    org.bodywork.shared.Dates.day(i.getValidTo()))
                            + when(verifiedAt.get(INSURANCE + "#" + i.getId()))));
            listings.add(new Listing(therapist.get().getId(), therapist.get().getName(), techniques, verified));
        }
        listings.sort(Comparator.comparing(Listing::name));
        return listings;
    }

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

    /** A therapist's standing for booking; empty when there is no such therapist. */
    @PermitAll
    public Optional<Standing> standing(long therapistId) {
        return accounts.find(therapistId)
                .filter(a -> a.has(Role.THERAPIST))
                .map(a -> new Standing(
                        a.getId(),
                        a.getName(),
                        a.isActive(),
                        em.createNamedQuery("Qualification.byTherapist", Qualification.class)
                                .setParameter("therapist", a.getId())
                                .getResultStream()
                                .map(VerifiedRecord::credential)
                                .toList(),
                        em.createNamedQuery("Insurance.byTherapist", Insurance.class)
                                .setParameter("therapist", a.getId())
                                .getResultStream()
                                .map(VerifiedRecord::credential)
                                .toList()));
    }

    /** The standing of every therapist with a verified qualification: who could be booked at all. */
    @PermitAll
    public List<Standing> standings() {
        Map<Long, List<Credential>> qualificationsOf = em.createNamedQuery(
                        "Qualification.byStatus", Qualification.class)
                .setParameter("status", RecordStatus.VERIFIED)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        VerifiedRecord::getTherapistId,
                        Collectors.mapping(VerifiedRecord::credential, Collectors.toList())));
        Map<Long, List<Credential>> insuranceOf = em.createNamedQuery("Insurance.byStatus", Insurance.class)
                .setParameter("status", RecordStatus.VERIFIED)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        VerifiedRecord::getTherapistId,
                        Collectors.mapping(VerifiedRecord::credential, Collectors.toList())));
        Map<Long, Account> therapists = accounts.find(qualificationsOf.keySet());
        List<Standing> standings = new ArrayList<>();
        qualificationsOf.forEach((id, qualifications) -> Optional.ofNullable(therapists.get(id))
                .ifPresent(a -> standings.add(new Standing(
                        id, a.getName(), a.isActive(), qualifications, insuranceOf.getOrDefault(id, List.of())))));
        standings.sort(Comparator.comparing(Standing::name));
        return standings;
    }

    private String when(java.time.Instant at) {
        return at == null
                ? ""
                : Words.text("qualification.verifiedOn", org.bodywork.shared.Dates.day(at.atZone(practice.zone())));
    }

    // Therapists

    @RolesAllowed(Role.THERAPIST_NAME)
    public Records mine() {
        long me = caller.account().getId();
        return new Records(
                em.createNamedQuery("Qualification.byTherapist", Qualification.class)
                        .setParameter("therapist", me)
                        .getResultList(),
                em.createNamedQuery("Insurance.byTherapist", Insurance.class)
                        .setParameter("therapist", me)
                        .getResultList());
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public Qualification addQualification(NewQualification request) {
        request.validate(practice.today());
        Qualification q = new Qualification(caller.account().getId(), request);
        em.persist(q);
        return q;
    }

    /** The therapist's change to their own record; a verified one needs verifying again. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public Qualification changeQualification(long id, NewQualification request) {
        request.validate(practice.today());
        Qualification q = own(Qualification.class, id);
        q.change(request);
        return q;
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public Insurance addInsurance(NewInsurance request) {
        request.validate();
        Insurance i = new Insurance(caller.account().getId(), request);
        em.persist(i);
        return i;
    }

    /** Attaches a file to one of the therapist's own records. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public EvidenceFile attach(String recordType, long recordId, String name, byte[] bytes) {
        own(type(recordType), recordId);
        EvidenceFile file = new EvidenceFile(recordType, recordId, Evidence.of(name, bytes, MAX_EVIDENCE));
        em.persist(file);
        return file;
    }

    /** A file, for the therapist whose record it proves or for an admin. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public EvidenceFile evidence(long fileId) {
        EvidenceFile file = em.find(EvidenceFile.class, fileId);
        VerifiedRecord record = file == null ? null : em.find(type(file.getOwnerType()), file.getOwnerId());
        boolean admin = session.isCallerInRole(Role.ADMIN_NAME);
        if (record == null
                || (!admin && record.getTherapistId() != caller.account().getId())) {
            audit.refused("evidence", fileId, record == null ? null : record.getTherapistId());
            throw notFound();
        }
        audit.record(AuditEvent.Action.READ, "evidence", fileId, record.getTherapistId());
        file.bytes(); // loads the lazy bytes inside the transaction
        return file;
    }

    @RolesAllowed({Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public List<EvidenceFile.Listed> filesOf(String recordType, long recordId) {
        return em.createNamedQuery("EvidenceFile.of", EvidenceFile.Listed.class)
                .setParameter("type", recordType)
                .setParameter("owner", recordId)
                .getResultList();
    }

    /** The signed-in therapist's profile, created with their account name on first use. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public TherapistProfile myProfile() {
        Account me = caller.account();
        TherapistProfile profile = em.find(TherapistProfile.class, me.getId());
        if (profile == null) {
            profile = new TherapistProfile(me.getId());
            profile.update(new ProfileForm(me.getName(), null, Set.of(), List.of(), null, null, null, null));
            em.persist(profile);
        }
        return profile;
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public TherapistProfile saveProfile(ProfileForm form) {
        form.validate(practice.today());
        TherapistProfile profile = myProfile();
        profile.update(form);
        return profile;
    }

    /** A photo for the public profile: JPEG or PNG, at most 2 MB. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void savePhoto(String name, byte[] bytes) {
        Evidence image = Evidence.of(name, bytes, 2 * 1024 * 1024);
        if (image.type() == Evidence.Type.PDF) {
            throw BusinessException.invalid("photo", Words.text("qualification.a-photo-must-be-a"));
        }
        long me = caller.account().getId();
        ProfilePhoto photo = em.find(ProfilePhoto.class, me);
        if (photo == null) {
            photo = new ProfilePhoto(me);
            photo.replace(image);
            em.persist(photo);
        } else {
            photo.replace(image);
        }
    }

    /** Which of these therapists have a photo. */
    @PermitAll
    public Set<Long> withPhotos(java.util.Collection<Long> therapistIds) {
        if (therapistIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(
                em.createQuery("SELECT p.therapistId FROM ProfilePhoto p WHERE p.therapistId IN :ids", Long.class)
                        .setParameter("ids", therapistIds)
                        .getResultList());
    }

    /** The public profiles of listed therapists, by id; private details are not read by the page. */
    @PermitAll
    public Map<Long, TherapistProfile> profiles(java.util.Collection<Long> therapistIds) {
        if (therapistIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p FROM TherapistProfile p WHERE p.therapistId IN :ids", TherapistProfile.class)
                .setParameter("ids", therapistIds)
                .getResultStream()
                .collect(Collectors.toMap(TherapistProfile::getTherapistId, p -> p));
    }

    /** A listed therapist's photo; empty for anyone not in today's directory. */
    @PermitAll
    public Optional<Photo> photo(long therapistId) {
        // Listed means bookable today for some technique: asked of this one therapist, not the whole
        // directory, which a page of photos would otherwise work out once per photo.
        boolean listed = standing(therapistId)
                .filter(st -> !st.techniquesOn(practice.today()).isEmpty())
                .isPresent();
        ProfilePhoto photo = listed ? em.find(ProfilePhoto.class, therapistId) : null;
        return photo == null ? Optional.empty() : Optional.of(new Photo(photo.getMediaType(), photo.bytes()));
    }

    /** A photo's bytes and type. */
    public record Photo(String mediaType, byte[] bytes) {}

    // Admins

    /** Records of one status, oldest first: the admin's queue when PENDING. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Records withStatus(RecordStatus status) {
        return new Records(
                em.createNamedQuery("Qualification.byStatus", Qualification.class)
                        .setParameter("status", status)
                        .getResultList(),
                em.createNamedQuery("Insurance.byStatus", Insurance.class)
                        .setParameter("status", status)
                        .getResultList());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public VerifiedRecord verify(String recordType, long id) {
        VerifiedRecord record = find(type(recordType), id);
        record.verify();
        VerificationDecision decision = new VerificationDecision(
                recordType, record, session.getCallerPrincipal().getName(), null);
        em.persist(decision);
        tell(record, decision, null);
        return record;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public VerifiedRecord reject(String recordType, long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("reason", Words.text("qualification.say-why-so-the-therapist"));
        }
        if (reason.length() > 1000) {
            throw BusinessException.invalid("reason", Words.text("qualification.the-reason-can-be-at"));
        }
        VerifiedRecord record = find(type(recordType), id);
        record.reject();
        VerificationDecision decision = new VerificationDecision(
                recordType, record, session.getCallerPrincipal().getName(), reason.trim());
        em.persist(decision);
        tell(record, decision, reason.trim());
        return record;
    }

    /** The reason of the last rejection of a record, for its therapist to read. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public Optional<String> rejectionReason(String recordType, long recordId) {
        return em.createNamedQuery("VerificationDecision.reasons", String.class)
                .setParameter("type", recordType)
                .setParameter("record", recordId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The signed-in therapist's verified records whose last day falls in the next 30 days. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public Records myExpiringSoon() {
        return soon(mine());
    }

    /** Every verified record whose last day falls in the next 30 days, for admins. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Records expiringSoon() {
        return soon(withStatus(RecordStatus.VERIFIED));
    }

    private Records soon(Records all) {
        LocalDate today = practice.today();
        java.util.function.Predicate<VerifiedRecord> soon = r -> r.getStatus() == RecordStatus.VERIFIED
                && r.lastDay() != null
                && !r.lastDay().isBefore(today)
                && !r.lastDay().isAfter(today.plusDays(30));
        return new Records(
                all.qualifications().stream().filter(soon).toList(),
                all.insurance().stream().filter(soon).toList());
    }

    // Demo data

    /** A demo therapist's records in the given states; demo database only. */
    @PermitAll
    public void seedDemo(
            long therapistId,
            NewQualification qualification,
            RecordStatus qualificationStatus,
            NewInsurance insurance) {
        database.requireDemo("Demo records");
        boolean seeded = !em.createNamedQuery("Qualification.byTherapist", Qualification.class)
                .setParameter("therapist", therapistId)
                .getResultList()
                .isEmpty();
        if (seeded) {
            return;
        }
        Qualification q = new Qualification(therapistId, qualification);
        if (qualificationStatus == RecordStatus.VERIFIED) {
            q.verify();
        }
        em.persist(q);
        Insurance i = new Insurance(therapistId, insurance);
        i.verify();
        em.persist(i);
        em.flush();
        if (q.getStatus() == RecordStatus.VERIFIED) {
            em.persist(new VerificationDecision(QUALIFICATION, q, "demo", null));
        }
        em.persist(new VerificationDecision(INSURANCE, i, "demo", null));
    }

    // The expiry job

    /** Marks every record whose last day has passed as EXPIRED; returns how many changed. */
    @PermitAll
    public int expire(LocalDate today) {
        int changed = 0;
        for (Class<? extends VerifiedRecord> type : List.of(Qualification.class, Insurance.class)) {
            for (RecordStatus status : List.of(RecordStatus.PENDING, RecordStatus.VERIFIED)) {
                String query = type.getSimpleName() + ".byStatus";
                for (VerifiedRecord record : em.createNamedQuery(query, type)
                        .setParameter("status", status)
                        .getResultList()) {
                    if (record.expireOn(today)) {
                        changed++;
                    }
                }
            }
        }
        return changed;
    }

    /**
     * Warns each therapist, once per record and last day, of verified records ending within 30 days.
     * The job runs on every server; should two write the same warning at once, the outbox's unique
     * key refuses the second copy, which is dropped, and both runs go on (the cluster test races them).
     */
    @PermitAll
    public int warnExpiring(LocalDate today) {
        int warned = 0;
        for (Class<? extends VerifiedRecord> type : List.of(Qualification.class, Insurance.class)) {
            for (VerifiedRecord r : em.createNamedQuery(type.getSimpleName() + ".byStatus", type)
                    .setParameter("status", RecordStatus.VERIFIED)
                    .getResultList()) {
                if (r.lastDay() != null
                        && !r.lastDay().isBefore(today)
                        && !r.lastDay().isAfter(today.plusDays(30))) {
                    Account therapist = accounts.find(r.getTherapistId()).orElseThrow();
                    notifications.expiring(
                            type.getSimpleName().toLowerCase() + ":" + r.getId() + ":" + r.lastDay(),
                            therapist.getEmail(),
                            therapist.getName(),
                            what(r),
                            r.lastDay());
                    warned++;
                }
            }
        }
        return warned;
    }

    /** An admin's "warn now", without waiting for the night. */
    @RolesAllowed(Role.ADMIN_NAME)
    public int warnExpiringNow() {
        return warnExpiring(practice.today());
    }

    /**
     * Writes the day's digest of records waiting to be checked to every admin, when any wait. Keyed by
     * day and admin, so the nightly run, a restart and a second server write it once between them.
     * Answers the number of records waiting.
     */
    @PermitAll
    public int digest(LocalDate today) {
        List<VerifiedRecord> waiting = new ArrayList<>();
        for (Class<? extends VerifiedRecord> type : List.of(Qualification.class, Insurance.class)) {
            waiting.addAll(em.createNamedQuery(type.getSimpleName() + ".byStatus", type)
                    .setParameter("status", RecordStatus.PENDING)
                    .getResultList());
        }
        if (waiting.isEmpty()) {
            return 0;
        }
        waiting.sort(Comparator.comparing(VerifiedRecord::getCreatedAt).thenComparing(VerifiedRecord::getId));
        Map<Long, String> names = new HashMap<>();
        List<PracticeMails.Waiting> lines = waiting.stream()
                .map(r -> new PracticeMails.Waiting(
                        names.computeIfAbsent(
                                r.getTherapistId(),
                                id -> accounts.find(id).map(Account::getName).orElse("therapist " + id)),
                        what(r),
                        LocalDate.ofInstant(r.getCreatedAt(), practice.zone())))
                .toList();
        for (Account admin : em.createNamedQuery("Account.withRole", Account.class)
                .setParameter("role", Role.ADMIN)
                .getResultList()) {
            if (admin.isActive()) {
                notifications.digest(today, admin.getId(), admin.getEmail(), admin.getName(), lines);
            }
        }
        return waiting.size();
    }

    /** An admin's "send today's digest now" (it is still written once a day). */
    @RolesAllowed(Role.ADMIN_NAME)
    public int digestNow() {
        return digest(practice.today());
    }

    // The rest

    private static String what(VerifiedRecord record) {
        return record instanceof Qualification q
                ? Words.text("qualification.named", q.getTitle())
                : Words.text("qualification.insuranceWith", ((Insurance) record).getInsurer());
    }

    /** The therapist hears of the decision by e-mail, written with it. */
    private void tell(VerifiedRecord record, VerificationDecision decision, String rejection) {
        em.flush();
        Account therapist = accounts.find(record.getTherapistId()).orElseThrow();
        notifications.decision(decision.getId(), therapist.getEmail(), therapist.getName(), what(record), rejection);
    }

    private static Class<? extends VerifiedRecord> type(String recordType) {
        return switch (recordType) {
            case QUALIFICATION -> Qualification.class;
            case INSURANCE -> Insurance.class;
            default -> throw notFound();
        };
    }

    private <T extends VerifiedRecord> T own(Class<T> type, long id) {
        T record = em.find(type, id);
        if (record == null || record.getTherapistId() != caller.account().getId()) {
            throw notFound();
        }
        return record;
    }

    private <T extends VerifiedRecord> T find(Class<T> type, long id) {
        T record = em.find(type, id);
        if (record == null) {
            throw notFound();
        }
        return record;
    }

    private static BusinessException notFound() {
        return BusinessException.notFound("not_found", Words.text("qualification.there-is-no-such-record"));
    }
}
