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
    QualificationService service;

    private String technique;
    private List<QualificationService.Listing> listings;

    public List<QualificationService.Listing> getListings() {
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
