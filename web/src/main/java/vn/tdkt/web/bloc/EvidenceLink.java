package vn.tdkt.web.bloc;

import java.io.Serializable;
import vn.tdkt.domain.blocreview.Evidence;

/** One file of a member's evidence as the review page lists it: a link to download it, and whose it is. */
public class EvidenceLink implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String unitCode;
    private final String unitName;
    private final int criterion;
    private final String fileName;
    private final long size;

    EvidenceLink(Evidence evidence) {
        this.id = evidence.getId();
        this.unitCode = evidence.getUnit().getCode();
        this.unitName = evidence.getUnit().getName();
        this.criterion = evidence.getCriterion();
        this.fileName = evidence.getFile().getFileName();
        this.size = evidence.getFile().getSize();
    }

    boolean isFor(String unit, int position) {
        return unitCode.equals(unit) && criterion == position;
    }

    public long getId() {
        return id;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public int getCriterion() {
        return criterion;
    }

    public String getFileName() {
        return fileName;
    }

    /** The size in whole kilobytes, at least 1, as people read it next to a file's name. */
    public long getSizeKb() {
        return Math.max(1, (size + 1023) / 1024);
    }
}
