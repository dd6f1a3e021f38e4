package vn.tdkt.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.tdkt.domain.shared.DomainException;

/**
 * A broken domain rule as a problem answer, with the same text the pages show for it. A proposal the caller may
 * not see answers exactly like a missing one (404), so that an id reveals nothing.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(DomainException e) {
        DomainException shown = e.getCause() instanceof DomainException line ? line : e;
        Problem problem = Problems.problem(typeOf(e), Problems.language(headers.getAcceptableLanguages()),
                request.getRequestURI(), e.field() != null ? e.field() : shown.field(), e.messageKey(),
                e.arguments());
        if (shown != e) {
            // A line of a list (e.g. the 3rd nominee): say which line, then what is wrong with it.
            problem = new Problem(problem.type(), problem.title(), problem.status(), problem.detail() + " "
                    + Problems.text(Problems.language(headers.getAcceptableLanguages()), shown.messageKey(),
                            shown.arguments()),
                    problem.instance(), problem.field());
        }
        return Problems.response(problem).build();
    }

    static ProblemType typeOf(DomainException e) {
        return switch (e.messageKey()) {
            case "proposal.error.notFound", "attachment.error.notFound", "decision.error.notFound" ->
                ProblemType.NOT_FOUND;
            case "error.forbidden" -> ProblemType.FORBIDDEN;
            // The rest are input errors (a field) or an action the state of the dossier or task refuses now.
            default -> e.field() != null ? ProblemType.INVALID_INPUT : ProblemType.CONFLICT;
        };
    }
}
