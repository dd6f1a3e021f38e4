/** Plain HTTP endpoints for files: dossier attachments, Excel templates and exports. */
package vn.tdkt.web.files;
