package vn.tdkt.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.tdkt.web.Navigation;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.signin.SignInResult;

/**
 * Backing bean of {@code login.xhtml}: signs in through the application's mechanism and, when that fails, says why
 * in words the user can act on — wrong name or password (never which), or when to try again after too many
 * failures, or that the server is busy signing others in.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    private String username;
    private String password;

    public void login() {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                new Password(password == null ? "" : password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> navigation.redirect("/app/home.xhtml");
            default -> refused(request.getAttribute(FormSignIn.RESULT));
        }
    }

    private void refused(Object attempt) {
        SignInResult result = attempt instanceof SignInResult given ? given : null;
        if (result != null && result.outcome() == SignInResult.Outcome.REFUSED) {
            RefusalText text = new RefusalText(result.refusal(), BusinessClock.now());
            messages.error(null, text.key(), text.arguments());
        } else if (result != null && result.outcome() == SignInResult.Outcome.BUSY) {
            messages.error(null, "login.busy");
        } else {
            messages.error(null, "login.failed");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
