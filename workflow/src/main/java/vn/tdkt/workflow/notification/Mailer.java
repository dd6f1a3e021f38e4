package vn.tdkt.workflow.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import vn.tdkt.workflow.config.Settings;

/**
 * Sends notification mails (thư thông báo) through the server's mail session {@code java:jboss/mail/TDKT}, only after the action
 * that caused them has committed (a rolled-back action mails nothing) and on the server's managed executor, so
 * that a slow or failing SMTP server never delays or fails a user's action. A mail that cannot be sent is logged;
 * the notification itself is already stored.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    /** Without timeouts a silent SMTP server would hold an executor thread for ever. */
    private static final String TIMEOUT_MILLIS = "20000";

    static final String MAIL_SESSION = "java:jboss/mail/TDKT";

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;

    private volatile Session session;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailBatch batch) {
        try {
            executor.submit(() -> batch.mails().forEach(this::send));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "Notification mails not sent: the executor refused them", e);
        }
    }

    void send(OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom();
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            message.setSentDate(new Date());
            Optional<String> user = Settings.smtpUser();
            if (user.isPresent()) {
                Transport.send(message, user.get(), Settings.smtpPassword().orElse(""));
            } else {
                Transport.send(message);
            }
        } catch (MessagingException | NamingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Notification mail to " + mail.to() + " not sent: " + e.getMessage(), e);
        }
    }

    /**
     * The server's session settings (host, port, sender) plus timeouts. Looked up at the first mail, not injected:
     * a mail server the application server cannot resolve at start must not stop the application from deploying.
     */
    private Session session() throws NamingException {
        Session current = session;
        if (current == null) {
            Session serverSession = (Session) new InitialContext().lookup(MAIL_SESSION);
            Properties properties = new Properties();
            properties.putAll(serverSession.getProperties());
            for (String timeout : new String[] {"connectiontimeout", "timeout", "writetimeout"}) {
                properties.putIfAbsent("mail.smtp." + timeout, TIMEOUT_MILLIS);
            }
            current = Session.getInstance(properties);
            session = current;
        }
        return current;
    }
}
