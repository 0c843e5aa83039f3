package org.bodywork.booking;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Refusals;
import org.bodywork.shared.Words;
import org.omnifaces.util.Messages;

/** {@code /admin/services}: the practice's services, one form to add or change one, and the booking rules. */
@Named
@ViewScoped
public class AdminServicesBacking implements Serializable {

    @Inject
    Menu menu;

    private List<Service> services;

    private Long editing;
    private String name;
    private Technique technique;
    private Integer minutes;
    private String price;
    private Integer buffer;
    private boolean active;

    private Integer notice;
    private Integer horizon;
    private Integer step;
    private Integer cutoff;

    @PostConstruct
    void load() {
        services = menu.allServices();
        clear();
        BookingRules rules = menu.rules();
        notice = rules.getNoticeHours();
        horizon = rules.getHorizonDays();
        step = rules.getStepMinutes();
        cutoff = rules.getCutoffHours();
    }

    public void edit(long id) {
        Service s = menu.service(id);
        editing = s.getId();
        name = s.getName();
        technique = s.getTechnique();
        minutes = s.getMinutes();
        price = BigDecimal.valueOf(s.getPricePence(), 2).toPlainString();
        buffer = s.getBufferMinutes();
        active = s.isActive();
    }

    public void save() {
        try {
            Service saved =
                    menu.saveService(editing, new NewService(name, technique, minutes, pence(price), buffer, active));
            Messages.addGlobalInfo("services.saved", saved.getName());
            clear();
            services = menu.allServices();
        } catch (BusinessException e) {
            Refusals.show(e, "service", Map.of("pricePence", "price", "bufferMinutes", "buffer"));
        }
    }

    public void saveRules() {
        try {
            menu.saveRules(notice, horizon, step, cutoff);
            Messages.addGlobalInfo("services.rulesSaved");
        } catch (BusinessException e) {
            Refusals.show(e, "rules");
        }
    }

    private void clear() {
        editing = null;
        name = price = null;
        technique = null;
        minutes = null;
        buffer = 0;
        active = true;
    }

    /** Pounds as people type them ("55", "55.00", "£1,000") in pence. */
    private static int pence(String pounds) {
        try {
            BigDecimal amount = new BigDecimal(
                    pounds == null ? "" : pounds.strip().replace("£", "").replace(",", ""));
            if (amount.scale() > 2) {
                throw new NumberFormatException();
            }
            return amount.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw BusinessException.invalid("price", Words.text("booking.write-the-price-in-pounds"));
        }
    }

    public List<Service> getServices() {
        return services;
    }

    public Technique[] getTechniques() {
        return Technique.values();
    }

    public Long getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public Technique getTechnique() {
        return technique;
    }

    public void setTechnique(Technique v) {
        technique = v;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer v) {
        minutes = v;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String v) {
        price = v;
    }

    public Integer getBuffer() {
        return buffer;
    }

    public void setBuffer(Integer v) {
        buffer = v;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean v) {
        active = v;
    }

    public Integer getNotice() {
        return notice;
    }

    public void setNotice(Integer v) {
        notice = v;
    }

    public Integer getHorizon() {
        return horizon;
    }

    public void setHorizon(Integer v) {
        horizon = v;
    }

    public Integer getStep() {
        return step;
    }

    public void setStep(Integer v) {
        step = v;
    }

    public Integer getCutoff() {
        return cutoff;
    }

    public void setCutoff(Integer v) {
        cutoff = v;
    }
}
