package vn.tdkt.workflow.paper;

import java.util.List;
import java.util.function.Function;

/** Sums of optional amounts: a total exists only if some line states an amount, so "no money" never prints as 0. */
final class Amounts {

    private Amounts() {
    }

    static <T> Long total(List<T> items, Function<T, Long> amount) {
        Long total = null;
        for (T item : items) {
            Long value = amount.apply(item);
            if (value != null) {
                total = Math.addExact(total == null ? 0L : total, value);
            }
        }
        return total;
    }
}
