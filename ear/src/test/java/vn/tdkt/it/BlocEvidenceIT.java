package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.blocreview.Evidence;
import vn.tdkt.domain.blocreview.ReviewKind;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.it.support.TestBlocs;
import vn.tdkt.workflow.bloc.BlocEvidence;
import vn.tdkt.workflow.bloc.BlocReviews;
import vn.tdkt.workflow.demo.DemoDocuments;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.DossierAttachments.StoredFile;

/**
 * Evidence of the members' self-scores inside WildFly on PostgreSQL: a member attaches a PDF to a criterion, nobody
 * else can withdraw it, disguised and foreign files are refused without losing what was stored, members of the bloc
 * and the board read it and an outsider cannot, and the consolidation closes it.
 */
@ExtendWith(ArquillianExtension.class)
class BlocEvidenceIT {

    /** A year no other test uses: composed without Cục THADS, whose clerk is then an outsider. */
    private static final int YEAR = 2029;

    private static final Map<String, String> CLERKS = new LinkedHashMap<>();

    static {
        CLERKS.put("VKSND", "clerk");
        CLERKS.put("CONG_AN", "clerk2");
        CLERKS.put("BO_CHQS", "clerk.bochqs");
        CLERKS.put("BDBP", "clerk.bdbp");
        CLERKS.put("TAND", "clerk.tand");
    }

    @Inject
    BlocReviews reviews;

    @Inject
    BlocEvidence evidence;

    @Inject
    UserDirectory users;

    @Inject
    TestBlocs blocs;

    @Test
    void membersGiveEvidenceOfTheirOwnSelfScoresUntilTheConsolidation() throws Exception {
        long id = openReview();
        byte[] report = DemoDocuments.pdf("Bao cao 6 thang Cong an");

        long reportId = evidence.add(actor("clerk2"), id, 1, "Báo cáo sơ kết 6 tháng.pdf", report);

        // Another member's file is its own: VKSND can neither withdraw it nor add to Công an's evidence.
        assertThatThrownBy(() -> evidence.remove(actor("clerk"), id, reportId))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("bloc.error.notOwnEvidence");
                    assertThat(e.arguments()).containsExactly("Công an tỉnh");
                });
        long vksndId = evidence.add(actor("clerk"), id, 1, "Quyết định khen thưởng.pdf",
                DemoDocuments.pdf("Quyet dinh VKSND"));
        assertThat(evidence.of(actor("clerk2"), id))
                .extracting(e -> e.getUnit().getCode(), e -> e.getFile().getFileName())
                .containsExactly(tuple("CONG_AN", "Báo cáo sơ kết 6 tháng.pdf"),
                        tuple("VKSND", "Quyết định khen thưởng.pdf"));

        // A picture renamed .pdf, a program, a file too large: refused with the reason, nothing stored is lost.
        assertThatThrownBy(() -> evidence.add(actor("clerk2"), id, 2, "ảnh hội nghị.pdf", png()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("attachment.error.contentMismatch");
                    assertThat(e.arguments()).containsExactly("ảnh hội nghị.pdf", "PDF", "PNG", ".png");
                });
        assertThatThrownBy(() -> evidence.add(actor("clerk2"), id, 2, "setup.pdf", executable()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attachment.error.unsupported"));
        assertThatThrownBy(() -> evidence.add(actor("clerk2"), id, 2, "big.pdf", new byte[21 * 1024 * 1024]))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attachment.error.tooLarge"));
        assertThat(evidence.of(actor("clerk2"), id)).hasSize(2);

        // Every member and the board read it; a unit outside the bloc that year does not, nor sees the review.
        for (String reader : List.of("clerk.bochqs", "clerk.tand", "leader", "appraiser", "approver", "admin")) {
            StoredFile file = evidence.download(actor(reader), reportId);
            assertThat(file.content()).as(reader).isEqualTo(report);
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(file.fileName()).isEqualTo("Báo cáo sơ kết 6 tháng.pdf");
        }
        for (String outsider : List.of("clerk.thads", "boardhead")) {
            assertThatThrownBy(() -> evidence.download(actor(outsider), reportId)).as(outsider)
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("attachment.error.notFound"));
            assertThatThrownBy(() -> evidence.of(actor(outsider), id)).isInstanceOf(DomainException.class);
            assertThatThrownBy(() -> evidence.add(actor(outsider), id, 1, "x.pdf", report))
                    .isInstanceOf(DomainException.class);
        }

        evidence.remove(actor("clerk"), id, vksndId);
        assertThat(evidence.of(actor("clerk"), id)).extracting(Evidence::getId).containsExactly(reportId);

        scoreEveryMember(id);
        reviews.consolidate(actor("clerk"), id);
        assertThatThrownBy(() -> evidence.add(actor("clerk2"), id, 2, "muộn.pdf", DemoDocuments.pdf("late")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.evidenceClosed"));
        assertThatThrownBy(() -> evidence.remove(actor("clerk2"), id, reportId))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.evidenceClosed"));
        assertThat(evidence.download(actor("clerk.bdbp"), reportId).content()).isEqualTo(report);
    }

    private long openReview() throws Exception {
        blocs.compose(YEAR, List.copyOf(CLERKS.keySet()));
        return reviews.open(actor("clerk"), TestBlocs.BLOC, YEAR, ReviewKind.MID_YEAR,
                blocs.movement("QUYET_THANG_2025"));
    }

    private void scoreEveryMember(long id) {
        Map<Integer, BigDecimal> scores = Map.of(1, BigDecimal.valueOf(45), 2, BigDecimal.valueOf(18),
                3, BigDecimal.valueOf(18), 4, BigDecimal.valueOf(5));
        for (String scorer : CLERKS.keySet()) {
            Map<String, Map<Integer, BigDecimal>> sheet = new LinkedHashMap<>();
            CLERKS.keySet().forEach(unit -> sheet.put(unit, scores));
            reviews.scoreSheet(actor(CLERKS.get(scorer)), id, sheet);
        }
    }

    /** A real 1×1 PNG: signature, IHDR with its CRC, IEND. */
    private static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(1).putInt(1).put((byte) 8).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0).array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** The start of a Windows program with a PDF header slipped in behind it. */
    private static byte[] executable() {
        return ("MZ\u0090\u0000 This program cannot be run in DOS mode.\n%PDF-1.7\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }
}
