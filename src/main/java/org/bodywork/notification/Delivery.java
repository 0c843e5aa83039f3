package org.bodywork.notification;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
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

    /**
     * A run's connection to the SMTP server, opened at its first message and reused for the rest:
     * one handshake per run instead of one per message. After a failed message it connects afresh.
     */
    public Batch batch() {
        return new Batch();
    }

    /** Messages sent over one connection; not for more than one thread. */
    public final class Batch implements AutoCloseable {

        private Session session;
        private Transport transport;

        private Batch() {}

        /** Sends, or throws with the server's reason; the caller records the outcome. */
        public void send(OutboxMessage m) throws MessagingException {
            if (isLogOnly()) {
                LOG.info(() -> "E-mail not sent (no SMTP server is set), to " + m.getRecipient() + ": " + m.getSubject()
                        + "\n" + m.getText());
                return;
            }
            if (session == null) {
                session = Session.getInstance(properties());
            }
            MimeMessage message = message(session, m);
            boolean reused = transport != null;
            try {
                connected().sendMessage(message, message.getAllRecipients());
            } catch (SendFailedException refused) {
                // The server answered about this message: no second try, and the next starts afresh.
                close();
                throw refused;
            } catch (MessagingException e) {
                close();
                if (!reused) {
                    throw e;
                }
                // A server may drop a connection it has served for a while: once more, on a new one.
                connected().sendMessage(message, message.getAllRecipients());
            }
        }

        private Transport connected() throws MessagingException {
            if (transport == null) {
                Transport t = session.getTransport("smtp");
                if (authenticated()) {
                    t.connect(host.get(), port, user.get(), password.orElse(""));
                } else {
                    t.connect();
                }
                transport = t;
            }
            return transport;
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.fine(() -> "Closing the SMTP connection: " + e.getMessage());
                }
                transport = null;
            }
        }
    }

    private boolean authenticated() {
        return user.filter(u -> !u.isBlank()).isPresent();
    }

    private Properties properties() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host.get());
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        props.put("mail.smtp.auth", String.valueOf(authenticated()));
        return props;
    }

    private MimeMessage message(Session session, OutboxMessage m) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(m.getRecipient()));
        message.setSubject(m.getSubject(), "UTF-8");
        // A stable id per outbox row: should a crash make us send twice, mail clients can tell.
        message.setHeader("X-Bodywork-Message", m.getDedupeKey());
        message.setContent(body(m));
        message.saveChanges();
        return message;
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
