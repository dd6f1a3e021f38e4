package vn.tdkt.web.api;

import vn.tdkt.domain.shared.DomainException;

/**
 * The {@code page} and {@code size} query parameters of a list, read here rather than by JAX-RS, which answers an
 * unconvertible query parameter with 404 where the caller needs 400 naming the parameter. The ranges are checked
 * by the service that reads the page, with the same message.
 */
final class PageParameter {

    private PageParameter() {
    }

    /**
     * @param absent the value when the parameter is not given
     * @param max    the largest page size, quoted in the message
     */
    static int read(String name, String value, int absent, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(name, "validation.page", max);
        }
    }
}
