package vn.tdkt.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language a user chose for this session; Vietnamese until they pick English. */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Locale locale = VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches language; anything but "en" means Vietnamese. */
    public void setLanguage(String language) {
        this.locale = "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }
}
