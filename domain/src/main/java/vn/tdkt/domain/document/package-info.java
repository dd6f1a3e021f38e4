/**
 * Files attached to a dossier (tệp đính kèm hồ sơ) or given as a bloc member's evidence (minh chứng): which kinds of file are accepted, how a file's kind is told
 * from its bytes rather than its name, and the checked, checksummed attachment itself. Pure Java, no server.
 */
package vn.tdkt.domain.document;
