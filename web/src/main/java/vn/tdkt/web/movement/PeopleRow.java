package vn.tdkt.web.movement;

import java.io.Serializable;

/** One individual title of the registration form and how many of the unit's people aim for it. */
public class PeopleRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long titleId;
    private final String titleName;
    private Integer people;

    PeopleRow(long titleId, String titleName, Integer people) {
        this.titleId = titleId;
        this.titleName = titleName;
        this.people = people;
    }

    public long getTitleId() {
        return titleId;
    }

    public String getTitleName() {
        return titleName;
    }

    public Integer getPeople() {
        return people;
    }

    public void setPeople(Integer people) {
        this.people = people;
    }
}
