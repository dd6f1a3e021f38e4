package vn.tdkt.workflow.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import vn.tdkt.domain.notification.NotificationKind;

/**
 * The subjects and bodies of notification mails, in Vietnamese (our users' language; the mail goes out before
 * anyone picks a language), from {@code mail.properties}.
 */
final class MailText {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Properties TEXT = load();

    private MailText() {
    }

    /**
     * The mail of one notification. Arguments: 0 proposal number, 1 lead nominee, 2 unit, 3 recipient's name,
     * 4 link, 5 return reason.
     */
    static OutgoingMail compose(NotificationKind kind, String to, Object... arguments) {
        return new OutgoingMail(to, format(kind + ".subject", arguments), format(kind + ".body", arguments));
    }

    /**
     * The mail of a bloc review's notification, by its message key. Arguments: 0 bloc, 1 year, 2 recipient's name,
     * 3 link.
     */
    static OutgoingMail composeBloc(String messageKey, String to, Object... arguments) {
        return new OutgoingMail(to, format(messageKey + ".subject", arguments), format(messageKey + ".body",
                arguments));
    }

    private static String format(String key, Object... arguments) {
        String pattern = TEXT.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("mail.properties has no " + key);
        }
        return new MessageFormat(pattern, VIETNAMESE).format(arguments);
    }

    private static Properties load() {
        Properties text = new Properties();
        try (InputStream in = MailText.class.getResourceAsStream("mail.properties")) {
            if (in == null) {
                throw new IllegalStateException("mail.properties is missing from the classpath");
            }
            text.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text;
    }
}
