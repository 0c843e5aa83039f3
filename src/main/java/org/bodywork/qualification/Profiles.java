package org.bodywork.qualification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.bodywork.identity.Account;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Evidence;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;

/** A therapist's own public profile and photo; the directory shows them ({@link Directory}). */
@Stateless
@RolesAllowed(Role.THERAPIST_NAME)
public class Profiles {

    static final int MAX_PHOTO = 2 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Practice practice;

    /** The signed-in therapist's profile, created with their account name on first use. */
    public TherapistProfile mine() {
        Account me = caller.account();
        TherapistProfile profile = em.find(TherapistProfile.class, me.getId());
        if (profile == null) {
            profile = new TherapistProfile(me.getId());
            profile.update(new ProfileForm(me.getName(), null, Set.of(), List.of(), null, null, null, null));
            em.persist(profile);
        }
        return profile;
    }

    public TherapistProfile save(ProfileForm form) {
        form.validate(practice.today());
        TherapistProfile profile = mine();
        profile.update(form);
        return profile;
    }

    /** A photo for the public profile: JPEG or PNG, at most 2 MB, kept without its metadata. */
    public void savePhoto(String name, byte[] bytes) {
        Evidence sent = Evidence.of(name, bytes, MAX_PHOTO);
        if (sent.type() == Evidence.Type.PDF) {
            throw BusinessException.invalid("photo", Words.text("qualification.a-photo-must-be-a"));
        }
        Evidence image = PhotoPixels.of(sent)
                .orElseThrow(() ->
                        BusinessException.invalid("photo", Words.text("qualification.that-photo-cannot-be-read")));
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
}
