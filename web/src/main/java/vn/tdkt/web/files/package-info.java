/**
 * Plain HTTP endpoints for files (dossier attachments, bloc evidence and reports, Excel templates and exports) as
 * JAX-RS resources under {@code /app/}, behind the pages' sign-in rather than the REST API's.
 */
package vn.tdkt.web.files;
