package vn.tdkt.web.validation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.ResourceBundle;
import vn.tdkt.domain.shared.Texts;

/**
 * Refuses text made only of spaces (including non-breaking ones): {@code required} lets "   " through, and the
 * domain would refuse it later without pointing at the field.
 */
@FacesValidator("tdkt.notBlank")
public class NotBlankValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof String text && Texts.normalise(text).isEmpty()) {
            String message = ResourceBundle.getBundle("vn.tdkt.web.i18n.messages",
                    context.getViewRoot().getLocale()).getString("validation.blank");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }
}
