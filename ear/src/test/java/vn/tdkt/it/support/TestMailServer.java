package vn.tdkt.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server (GreenMail) in the test JVM, started before the test server boots so that the server's
 * notification mails (mail session on {@code tdkt.smtp.port}) land here. Active only in the integration-test
 * run, which names the port ({@code tdkt.test.smtp.port}). Runs on the client side: tests that read it are
 * {@code @RunAsClient}.
 */
public class TestMailServer implements LauncherSessionListener {

    private static GreenMail greenMail;

    /** One received mail, in plain strings (the subject decoded from its MIME encoding). */
    public record Received(List<String> to, String subject, String body) {
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("tdkt.test.smtp.port");
        if (port == null || greenMail != null) {
            return;
        }
        greenMail = new GreenMail(new ServerSetup(Integer.parseInt(port), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Every mail received so far. */
    public static List<Received> received() {
        if (greenMail == null) {
            throw new IllegalStateException("The test mail server runs only in the integration-test run");
        }
        List<Received> all = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                List<String> to = new ArrayList<>();
                for (Address address : message.getAllRecipients()) {
                    to.add(address.toString());
                }
                all.add(new Received(to, message.getSubject(), String.valueOf(message.getContent())));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("Unreadable mail", e);
            }
        }
        return all;
    }

    /**
     * Waits (mails leave after commit, on another thread) until a mail to {@code recipient} mentions
     * {@code text} in its subject or body, and returns it; fails after {@code timeout}. Tests see only strings:
     * an in-container test class must not name this class's types, which the server cannot load.
     */
    public static Received await(String recipient, String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Received mail : received()) {
                if (mail.to().contains(recipient) && (mail.subject().contains(text) || mail.body().contains(text))) {
                    return mail;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No mail to " + recipient + " about " + text + " within " + timeout
                        + "; received: " + received());
            }
            Thread.sleep(200);
        }
    }

    /** The subject of the mail to {@code recipient} about {@code text}, waiting for it to arrive. */
    public static String awaitSubject(String recipient, String text) throws InterruptedException {
        return await(recipient, text, Duration.ofSeconds(30)).subject();
    }

    /** The body of the mail to {@code recipient} about {@code text}, waiting for it to arrive. */
    public static String awaitBody(String recipient, String text) throws InterruptedException {
        return await(recipient, text, Duration.ofSeconds(30)).body();
    }

    /** The recipients of the mail to {@code recipient} about {@code text}: shows nobody else was copied. */
    public static List<String> awaitRecipients(String recipient, String text) throws InterruptedException {
        return await(recipient, text, Duration.ofSeconds(30)).to();
    }

    /** Whether any mail received so far mentions the text. */
    public static boolean anyMentions(String text) {
        return received().stream().anyMatch(mail -> mail.subject().contains(text) || mail.body().contains(text));
    }
}
