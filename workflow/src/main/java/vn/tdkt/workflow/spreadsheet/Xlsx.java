package vn.tdkt.workflow.spreadsheet;

/** Facts about the Excel workbook format (.xlsx, Office Open XML) shared by downloads and uploads. */
public final class Xlsx {

    /** The media type a browser needs to offer the download as an Excel workbook. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static final String EXTENSION = ".xlsx";

    private Xlsx() {
    }

    /**
     * Whether the bytes start like a zip archive (local file header "PK\3\4"), as every .xlsx does. Checked before
     * POI sees the bytes so that an old .xls, a CSV or a PDF renamed .xlsx is refused for what it is.
     */
    static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
