package vn.tdkt.web.decision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdkt.workflow.certificate.Certificates;
import vn.tdkt.workflow.certificate.Certificates.VerifiedAward;

/**
 * Backing bean of the public {@code verify.xhtml}: the award a certificate's code names, for anyone holding the
 * certificate; a made-up or malformed code finds nothing, and says so.
 */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    Certificates certificates;

    private String code;
    private VerifiedAward award;

    public void load() {
        award = certificates.verify(code == null ? null : code.strip()).orElse(null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public VerifiedAward getAward() {
        return award;
    }
}
