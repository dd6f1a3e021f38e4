package vn.tdkt.workflow.paper;

import java.util.List;

/** The checks the paper records share, so that a missing field fails where the paper is built, not in a template. */
final class Require {

    private Require() {
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required and must not be blank");
        }
        return value.strip();
    }

    /** An optional line: absent is the empty string, so templates test one thing ({@code ?has_content}). */
    static String optionalText(String value) {
        return value == null ? "" : value.strip();
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** A copied list without null elements; blank strings are refused as well, they would print as empty lines. */
    static <T> List<T> list(List<T> values, String field, boolean nonEmpty) {
        if (values == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (nonEmpty && values.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            if (value == null || value instanceof String s && s.isBlank()) {
                throw new IllegalArgumentException(field + "[" + i + "] must not be blank");
            }
        }
        return List.copyOf(values);
    }

    static int notNegative(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + value);
        }
        return value;
    }

    static Long amount(Long value, String field) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + value);
        }
        return value;
    }

}
