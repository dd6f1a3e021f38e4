package vn.tdkt.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.workflow.signin.SignIn;
import vn.tdkt.workflow.signin.SignInResult;

/**
 * Form sign-in with our own Faces login page, as the standard custom-form mechanism does it: an unauthenticated
 * request to a protected page is redirected to {@code /login.xhtml} and continues to the page it asked for once
 * {@code LoginView} has called {@code SecurityContext.authenticate} with the user's credential; the session keeps
 * the user signed in.
 *
 * <p>Typed as itself only, so that it is not a second authentication mechanism of the application (Jakarta
 * Security allows one): {@link ApplicationAuthentication} is that one and hands it every request outside the
 * REST API. The standard interceptors still apply, because they bind to the annotations and to
 * {@code validateRequest}, not to the bean's types.
 */
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = "")
@Typed(FormSignIn.class)
@ApplicationScoped
public class FormSignIn implements HttpAuthenticationMechanism {

    /** The request attribute holding the {@link SignInResult} of the attempt made in this request. */
    static final String RESULT = SignInResult.class.getName();

    @Inject
    SignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (!(context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential)) {
            return context.doNothing();
        }
        SignInResult result = signIn.withPassword(credential.getCaller(), credential.getPassword().getValue(),
                ClientAddress.of(request));
        request.setAttribute(RESULT, result);
        if (!result.signedIn()) {
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        if (request.getSession(false) != null) {
            // Session fixation: an id handed out before sign-in (or planted by someone else) must not carry the
            // signed-in session. The session's attributes, such as the page asked for, move with it.
            request.changeSessionId();
        }
        Actor actor = result.actor();
        return context.notifyContainerAboutLogin(actor.username(),
                actor.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
