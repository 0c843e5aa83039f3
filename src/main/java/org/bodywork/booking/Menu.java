package org.bodywork.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bodywork.identity.Role;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/** The practice's menu of services and its booking rules: read by anyone, changed by admins. */
@Stateless
public class Menu {

    @PersistenceContext
    EntityManager em;

    @PermitAll
    public List<Service> services() {
        return em.createNamedQuery("Service.active", Service.class).getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<Service> allServices() {
        return em.createNamedQuery("Service.all", Service.class).getResultList();
    }

    /** Adds a service (no id) or changes one. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Service saveService(Long id, NewService request) {
        request.validate();
        Optional<Service> sameName = em.createNamedQuery("Service.byName", Service.class)
                .setParameter("name", request.name())
                .getResultStream()
                .findFirst();
        if (sameName.isPresent() && !sameName.get().getId().equals(id)) {
            throw BusinessException.conflict(
                    "service_exists",
                    "name",
                    Words.text("booking.there-is-already-a-service", String.valueOf(request.name())));
        }
        if (id == null) {
            Service service = new Service(request);
            em.persist(service);
            return service;
        }
        Service service = em.find(Service.class, id);
        if (service == null) {
            throw noService();
        }
        service.change(request);
        return service;
    }

    /** Any service, on the menu or taken off it (an old appointment's). */
    @PermitAll
    public Service service(long id) {
        return Optional.ofNullable(em.find(Service.class, id)).orElseThrow(Menu::noService);
    }

    /** A service on the menu; asked for in a path it is not found, in a booking's body it is invalid input. */
    @PermitAll
    public Optional<Service> onMenu(long id) {
        return Optional.ofNullable(em.find(Service.class, id)).filter(Service::isActive);
    }

    @PermitAll
    public BookingRules rules() {
        return em.find(BookingRules.class, BookingRules.ID);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public BookingRules saveRules(int noticeHours, int horizonDays, int stepMinutes, int cutoffHours) {
        BookingRules rules = rules();
        rules.change(noticeHours, horizonDays, stepMinutes, cutoffHours);
        return rules;
    }

    static BusinessException noService() {
        return BusinessException.notFound("no_service", Words.text("booking.there-is-no-service-with-2"));
    }
}
