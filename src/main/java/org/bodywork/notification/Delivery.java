package org.bodywork.notification;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands a message to the practice's SMTP server ({@code BODYWORK_SMTP_*}). With no server set, as in
 * the demo, it writes the message to the log instead, and the admins' outbox page shows it.
 */
@ApplicationScoped
public class Delivery {

    private static final Logger LOG = Logger.getLogger(Delivery.class.getName());

    @Inject
    @ConfigProperty(name = "bodywork.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "bodywork.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "bodywork.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "bodywork.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "bodywork.smtp.starttls", defaultValue = "true")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "bodywork.smtp.from", defaultValue = "Bodywork <no-reply@bodywork.example>")
    String from;

    /** The bare address mail comes from, e.g. for the invitation's organiser. */
    public String fromAddress() {
        try {
            return new InternetAddress(from).getAddress();
        } catch (jakarta.mail.internet.AddressException e) {
            return "no-reply@bodywork.example";
        }
    }

    public boolean isLogOnly() {
        return host.filter(h -> !h.isBlank()).isEmpty();
    }

    /** Sends, or throws with the server's reason; the caller records the outcome. */
    public void send(OutboxMessage m) throws MessagingException {
        if (isLogOnly()) {
            LOG.info(() -> "E-mail not sent (no SMTP server is set), to " + m.getRecipient() + ": " + m.getSubject()
                    + "\n" + m.getText());
            return;
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", host.get());
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        boolean auth = user.filter(u -> !u.isBlank()).isPresent();
        props.put("mail.smtp.auth", String.valueOf(auth));
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(m.getRecipient()));
        message.setSubject(m.getSubject(), "UTF-8");
        // A stable id per outbox row: should a crash make us send twice, mail clients can tell.
        message.setHeader("X-Bodywork-Message", m.getDedupeKey());
        message.setContent(body(m));
        message.saveChanges();
        if (auth) {
            Transport.send(message, user.get(), password.orElse(""));
        } else {
            Transport.send(message);
        }
    }

    private static MimeMultipart body(OutboxMessage m) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(m.getText(), "UTF-8");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(m.getHtml(), "UTF-8", "html");
        alternative.addBodyPart(html);
        if (m.getIcs() == null) {
            return alternative;
        }
        String method = m.getIcs().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                m.getIcs().getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8; method=" + method)));
        alternative.addBodyPart(calendar);
        MimeBodyPart wrapper = new MimeBodyPart();
        wrapper.setContent(alternative);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(wrapper);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(
                new ByteArrayDataSource(m.getIcs().getBytes(StandardCharsets.UTF_8), "application/ics")));
        attachment.setFileName("appointment.ics");
        mixed.addBodyPart(attachment);
        return mixed;
    }
}
