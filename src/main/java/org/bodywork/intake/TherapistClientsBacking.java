package org.bodywork.intake;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * {@code /therapist/clients?page=}: the clients this therapist looks after, a page at a time, with
 * their screening today.
 */
@Named
@RequestScoped
public class TherapistClientsBacking {

    @Inject
    CareRecords intakes;

    private CareRecords.ClientPage page;

    @PostConstruct
    void load() {
        page = intakes.myClients(number(Faces.getRequestParameter("page")));
    }

    /** The page asked for; anything but a number is the first (a link typed by hand, say). */
    static int number(String page) {
        if (page == null || !page.matches("\\d{1,6}")) {
            return 1;
        }
        return Integer.parseInt(page);
    }

    public List<CareRecords.ClientSummary> getClients() {
        return page.clients();
    }

    public int getPage() {
        return page.page();
    }

    public int getPages() {
        return page.pages();
    }
}
