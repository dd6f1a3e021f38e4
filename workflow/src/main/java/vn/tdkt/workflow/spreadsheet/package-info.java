/**
 * Excel files: the nominee list template (mẫu danh sách đề nghị) that clerks fill and upload, its reader with
 * row-by-row checks, and the export of any list to .xlsx. Pure Java on Apache POI, testable without a server.
 */
package vn.tdkt.workflow.spreadsheet;
