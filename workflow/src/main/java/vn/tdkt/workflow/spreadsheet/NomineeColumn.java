package vn.tdkt.workflow.spreadsheet;

/** The columns of the nominee list template (mẫu danh sách đề nghị), in sheet order A to H. */
enum NomineeColumn {
    NUMBER(6), KIND(15), NAME(30), POSITION(36), GENDER(11), BIRTH_DATE(14), TITLE(18), SUMMARY(70);

    /** Width in characters: wide enough for the header and a typical value, so the sheet opens readable. */
    final int width;

    NomineeColumn(int width) {
        this.width = width;
    }

    int index() {
        return ordinal();
    }

    /** The letter Excel shows above the column, which error messages quote. */
    String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }

    String header() {
        return TemplateText.get("header." + name());
    }

    static NomineeColumn at(int index) {
        return values()[index];
    }
}
