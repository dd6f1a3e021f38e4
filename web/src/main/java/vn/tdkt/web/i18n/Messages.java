package vn.tdkt.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.tdkt.domain.shared.DomainException;

/**
 * Shows bundle messages (by key) to the user, in the language of the current view; views reach it as
 * {@code texts} to render stored keys with their arguments (e.g. acknowledged rule warnings).
 */
@RequestScoped
@Named("texts")
public class Messages {

    public static final String BUNDLE = "vn.tdkt.web.i18n.messages";

    @Inject
    FacesContext faces;

    /** The translated text of a key with its arguments; an unknown key shows the generic error text. */
    public String text(String key, Object... arguments) {
        return format(ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()), key, arguments);
    }

    /** The label of a process step: its own text, or for a step an administrator added, its name in the diagram. */
    public static String step(ResourceBundle bundle, String taskKey, String taskName) {
        String key = "inbox.step." + taskKey;
        return bundle.containsKey(key) ? bundle.getString(key) : taskName == null ? taskKey : taskName;
    }

    /** {@link #step(ResourceBundle, String, String)} in the page's language. */
    public String step(String taskKey, String taskName) {
        return step(ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()), taskKey, taskName);
    }

    /** The text of a key with a list of arguments, for views (EL passes lists, not varargs). */
    public String format(String key, List<?> arguments) {
        return text(key, arguments.toArray());
    }

    /** The text of a key in a bundle with its arguments; an unknown key gives the generic error text. */
    public static String format(ResourceBundle bundle, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException unknown) {
            pattern = bundle.getString("error.unexpected");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** An error beside the component with that client id, or at the top of the page when it is null. */
    public void error(String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /** A confirmation at the top of the page, kept across the redirect that usually follows it. */
    public void info(String key, Object... arguments) {
        infoAt(null, key, arguments);
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * A confirmation in this response only, under a client id or a message key that a {@code p:messages} of the
     * page shows (an ajax update beside what was done, not followed by a redirect).
     */
    public void infoAt(String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /**
     * A broken domain rule, shown beside the input that the view marked with
     * {@code <f:attribute name="field" value="..."/>} for the rule's field, else at the top of the page.
     */
    public void error(DomainException e) {
        if (e.getCause() instanceof DomainException detail) {
            // A line of a list (e.g. the 3rd nominee): say which line, then what is wrong with it.
            String text = text(e.messageKey(), e.arguments()) + " " + text(detail.messageKey(), detail.arguments());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
            return;
        }
        error(e.field() == null ? null : clientIdOfField(e.field()), e.messageKey(), e.arguments());
    }

    private String clientIdOfField(String field) {
        String[] found = new String[1];
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (field.equals(component.getAttributes().get("field"))) {
                found[0] = component.getClientId(faces);
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }
}
