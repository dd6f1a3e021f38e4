/**
 * Certificates (Bằng khen, Giấy khen, Chiến sĩ thi đua cơ sở) printed on the province's pre-printed blanks (phôi):
 * the blank's layout per issuer and form ({@link vn.tdkt.workflow.certificate.BlankLayout}, edited by administrators
 * as text, {@link vn.tdkt.workflow.certificate.LayoutText}), the print of a batch with only the variable fields and a
 * QR code, the calibration print that shows an operator where each field lands
 * ({@link vn.tdkt.workflow.certificate.CertificateSheets}), and the unguessable code of the public verification page
 * ({@link vn.tdkt.workflow.certificate.VerificationCode}). Pure Java on PDFBox and ZXing, testable without a server.
 */
package vn.tdkt.workflow.certificate;
