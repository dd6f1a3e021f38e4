/**
 * Digital signatures of PDFs: the organisation's own PAdES signature made on the server ({@link
 * vn.tdkt.workflow.signature.OrganisationSigner}), the two-step flow for services that sign a hash ({@link
 * vn.tdkt.workflow.signature.HashSigning}), the check of a file a signer's local signing service uploads back ({@link
 * vn.tdkt.workflow.signature.ReturnedPdfCheck}) and the validation of the signatures any PDF carries ({@link
 * vn.tdkt.workflow.signature.PdfSignatureValidation}). EU DSS does the cryptography; validation runs offline, so an
 * answer never waits on a CA's servers.
 */
package vn.tdkt.workflow.signature;
