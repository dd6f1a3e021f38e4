package vn.tdkt.web.api;

/**
 * The unit head's decision on a review task as posted: {@code APPROVE} or {@code RETURN}, with a comment (the
 * reason, required for a return). A class with public fields so that JSON-B fills it without a constructor.
 */
public class DecisionRequest {

    public String decision;
    public String comment;
}
