package vn.tdkt.domain.proposal;

/**
 * What a file in a dossier is (thành phần hồ sơ, Law 2022 art. 84): the unit's submission letter (tờ trình),
 * an achievement report (báo cáo thành tích), the council's minutes with the ballot result (biên bản họp xét),
 * the certificate of an initiative (giấy chứng nhận sáng kiến), or anything else.
 */
public enum AttachmentKind {
    SUBMISSION_LETTER, ACHIEVEMENT_REPORT, MEETING_MINUTES, INITIATIVE_CERTIFICATE, OTHER
}
