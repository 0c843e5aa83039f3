package org.bodywork.qualification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.bodywork.screening.Technique;

/** {@code /therapists/}: the public directory of therapists bookable today, by technique. */
@Named
@RequestScoped
public class DirectoryBacking {

    @Inject
    Directory service;

    private String technique;
    private List<Directory.Listing> listings;

    public List<Directory.Listing> getListings() {
        if (listings == null) {
            Optional<Technique> wanted;
            try {
                wanted =
                        Optional.ofNullable(technique).filter(t -> !t.isBlank()).map(Technique::valueOf);
            } catch (IllegalArgumentException unknown) {
                wanted = Optional.empty(); // an unknown filter shows everyone rather than an error page
            }
            listings = service.directory(wanted);
        }
        return listings;
    }

    private java.util.Map<Long, TherapistProfile> profiles;

    /** The public parts of listed therapists' profiles, by therapist id. */
    public java.util.Map<Long, TherapistProfile> getProfiles() {
        if (profiles == null) {
            profiles = service.profiles(
                    getListings().stream().map(Directory.Listing::id).toList());
        }
        return profiles;
    }

    private java.util.Set<Long> photos;

    /** The listed therapists who have a photo. */
    public java.util.Set<Long> getPhotos() {
        if (photos == null) {
            photos = service.withPhotos(
                    getListings().stream().map(Directory.Listing::id).toList());
        }
        return photos;
    }

    public Technique[] getTechniques() {
        return Technique.values();
    }

    public String getTechnique() {
        return technique;
    }

    public void setTechnique(String technique) {
        this.technique = technique;
    }
}
