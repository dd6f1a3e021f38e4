package vn.tdkt.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of a list: which page (from 0), its size, how many items exist in all, and the items. */
@JsonbPropertyOrder({"page", "size", "total", "items"})
public record PageOf<T>(int page, int size, long total, List<T> items) {
}
