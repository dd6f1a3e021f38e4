package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.catalog.CommendationType;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.AttachmentKind;
import vn.tdkt.it.DoorTable.Answer;
import vn.tdkt.it.DoorTable.Door;
import vn.tdkt.it.support.SignedInClient;
import vn.tdkt.workflow.board.Appraisals;
import vn.tdkt.workflow.board.BoardReception;
import vn.tdkt.workflow.board.CouncilVotes;
import vn.tdkt.workflow.board.Decisions;
import vn.tdkt.workflow.demo.DemoDocuments;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.DossierAttachments;
import vn.tdkt.workflow.proposal.NomineeInput;
import vn.tdkt.workflow.proposal.ProposalInput;
import vn.tdkt.workflow.proposal.UnitHeadReview;

/**
 * Walks the authorization table ({@code docs/authorization.md}) against the running server: every door, asked by
 * every account of the table — signed in through the sign-in page for pages and files, with HTTP Basic for the
 * REST API, or not at all — must answer as the table says. The subjects the doors name are made here, through the
 * use cases, all in the VKSND unit: {@code clerk}, {@code leader} and {@code secretary} are of that unit,
 * {@code clerk2}, {@code leader2} and {@code secretary2} of another (Công an), the others of the provincial board.
 * A page that opens for an account not allowed to see its subject shows an error instead of it, so a subject page
 * counts as open only when it shows the subject's own nominee.
 */
@ExtendWith(ArquillianExtension.class)
class DoorsIT {

    private static final long LDTT = 1L;
    private static final long TTLD_XUAT_SAC = 9L;

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    DossierAttachments attachments;

    @Inject
    UnitHeadReview review;

    @Inject
    CouncilVotes councilVotes;

    @Inject
    BoardReception reception;

    @Inject
    Appraisals appraisals;

    @Inject
    Decisions decisions;

    @Inject
    UserDirectory users;

    @Inject
    TaskService tasks;

    @Inject
    RepositoryService repository;

    @Resource(lookup = "java:jboss/datasources/AppDS")
    DataSource dataSource;

    /** A placeholder's value in a door's path, and the text its page shows when it shows the subject. */
    private record Subject(String value, String marker) {
    }

    @Test
    void everyDoorAnswersEveryAccountAsTheTableSays() throws Exception {
        DoorTable table = DoorTable.load();
        Map<String, Subject> subjects = subjects();
        Map<String, HttpClient> sessions = new HashMap<>();
        for (String account : table.accounts()) {
            sessions.put(account, account.equals("anonymous") ? SignedInClient.anonymous()
                    : SignedInClient.as(base(), account));
        }
        List<String> wrong = new ArrayList<>();
        int asked = 0;
        for (Door door : table.doors()) {
            String path = door.path();
            Subject subject = null;
            for (Map.Entry<String, Subject> placeholder : subjects.entrySet()) {
                if (path.contains(placeholder.getKey())) {
                    path = path.replace(placeholder.getKey(), placeholder.getValue().value());
                    subject = placeholder.getValue().marker() == null ? subject : placeholder.getValue();
                }
            }
            for (String account : table.accounts()) {
                Answer answer = ask(sessions.get(account), account, door.method(), path, subject);
                asked++;
                if (answer != door.answers().get(account)) {
                    wrong.add(door.name() + " as " + account + ": table says " + door.answers().get(account).mark()
                            + ", server answered " + answer.mark());
                }
            }
        }
        System.out.println("Authorization table: " + table.doors().size() + " doors x " + table.accounts().size()
                + " accounts = " + asked + " requests, " + wrong.size() + " differ from the table.");
        assertThat(wrong).as("doors that answer otherwise than docs/authorization.md says").isEmpty();
    }

    @Test
    void everyActionIsPostedOnAPageItsRolesMayOpen() {
        DoorTable table = DoorTable.load();
        Map<String, String> accountOf = Map.of("anonymous", "anonymous", "CLERK", "clerk", "UNIT_LEADER", "leader",
                "COUNCIL_SECRETARY", "secretary", "APPRAISER", "appraiser", "APPROVER", "approver", "ADMIN", "admin");
        List<String> wrong = new ArrayList<>();
        for (DoorTable.Action action : table.actions()) {
            if (!action.page().startsWith("/app/") && !action.page().equals("/login.xhtml")) {
                continue; // the menu of every page, or a part included in several pages
            }
            List<Door> rows = table.doors().stream().filter(d -> d.method().equals("GET")
                    && d.path().replaceAll("\\?.*", "").equals(action.page())).toList();
            if (rows.isEmpty()) {
                wrong.add(action.expression() + ": its page " + action.page() + " is not a door of the table");
                continue;
            }
            Matcher roles = Pattern.compile("\\b(anonymous|[A-Z_]{4,})\\b").matcher(action.allowed());
            while (roles.find()) {
                String account = accountOf.get(roles.group(1));
                if (account != null && rows.stream().noneMatch(row -> row.answers().get(account) == Answer.ALLOWED)) {
                    wrong.add(action.expression() + ": " + roles.group(1) + " may act but cannot open "
                            + action.page());
                }
            }
        }
        assertThat(table.actions()).hasSizeGreaterThan(50);
        assertThat(wrong).isEmpty();
    }

    /** The subjects the table's doors name, made fresh for this run. */
    private Map<String, Subject> subjects() throws SQLException {
        long run = System.nanoTime() % 100_000;
        Map<String, Subject> subjects = new HashMap<>();

        String draftName = "Cửa Nháp " + run;
        long draft = dossier(LDTT, draftName);
        subjects.put("{draft}", new Subject(Long.toString(draft), draftName));
        subjects.put("{draft-file}", new Subject(Long.toString(firstFile(draft)), null));

        String submittedName = "Cửa Trình " + run;
        long submitted = submitted(LDTT, submittedName);
        subjects.put("{submitted}", new Subject(Long.toString(submitted), submittedName));
        subjects.put("{review-task}",
                new Subject(task(submitted, ProcessKeys.TASK_UNIT_HEAD_REVIEW), submittedName));

        String councilName = "Cửa Hội Đồng " + run;
        long council = approvedByHead(LDTT, councilName);
        subjects.put("{at-council}", new Subject(Long.toString(council), councilName));
        subjects.put("{council-task}", new Subject(task(council, ProcessKeys.TASK_COUNCIL_VOTE), councilName));

        String unitName = "Cửa Đơn Vị " + run;
        long atUnit = carriedByCouncil(LDTT, unitName);
        subjects.put("{at-unit}", new Subject(Long.toString(atUnit), unitName));
        subjects.put("{unit-decision-task}",
                new Subject(task(atUnit, ProcessKeys.TASK_UNIT_DECISION), unitName));

        String boardName = "Phòng Cửa Ban " + run;
        long atBoard = carriedByCouncil(TTLD_XUAT_SAC, boardName);
        subjects.put("{at-board}", new Subject(Long.toString(atBoard), boardName));
        subjects.put("{board-file}", new Subject(Long.toString(firstFile(atBoard)), null));
        subjects.put("{reception-task}", new Subject(task(atBoard, ProcessKeys.TASK_RECEPTION), boardName));

        String decidedName = "Cửa Đơn Vị Quyết Định " + run;
        long decided = carriedByCouncil(LDTT, decidedName);
        long nominee = clerkProposals.read(actor("clerk"), decided).getNominees().get(0).getId();
        long unitDecision = decisions.decide(actor("leader"), task(decided, ProcessKeys.TASK_UNIT_DECISION),
                LocalDate.now(), "Nguyễn Văn Minh", Set.of(nominee), null);
        subjects.put("{unit-decided}", new Subject(Long.toString(decided), decidedName));
        subjects.put("{unit-decision}", new Subject(Long.toString(unitDecision), decidedName));
        subjects.put("{certificate}", new Subject(single("SELECT code FROM award_certificate WHERE decision_id = "
                + unitDecision), decidedName));
        subjects.put("{unit-decided-title}", new Subject(Long.toString(LDTT), null));

        String decisionName = "Phòng Cửa Quyết Định " + run;
        long toDecide = carriedByCouncil(TTLD_XUAT_SAC, decisionName);
        reception.accept(actor("appraiser"), task(toDecide, ProcessKeys.TASK_RECEPTION));
        appraisals.propose(actor("appraiser"), task(toDecide, ProcessKeys.TASK_APPRAISAL), null);
        subjects.put("{decision-task}", new Subject(task(toDecide, ProcessKeys.TASK_DECISION), decisionName));

        subjects.put("{movement}", new Subject(single("SELECT min(id) FROM movement"),
                single("SELECT name FROM movement WHERE id = (SELECT min(id) FROM movement)")));
        subjects.put("{definition}", new Subject(repository.createProcessDefinitionQuery()
                .processDefinitionKey("commendation-proposal").latestVersion().singleResult().getId(), null));
        subjects.put("{none}", new Subject("987654321", null));
        return subjects;
    }

    private long submitted(long titleId, String name) {
        long id = dossier(titleId, name);
        clerkProposals.submit(actor("clerk"), id, true);
        return id;
    }

    private long approvedByHead(long titleId, String name) {
        long id = submitted(titleId, name);
        review.approve(actor("leader"), task(id, ProcessKeys.TASK_UNIT_HEAD_REVIEW), null);
        return id;
    }

    /** Carried by the council: to the unit's own decision (Lao động tiên tiến) or to the board (the others). */
    private long carriedByCouncil(long titleId, String name) {
        long id = approvedByHead(titleId, name);
        councilVotes.record(actor("secretary"), task(id, ProcessKeys.TASK_COUNCIL_VOTE), 9, 9, 9, 0, 0);
        return id;
    }

    private long dossier(long titleId, String name) {
        NomineeInput nominee = titleId == TTLD_XUAT_SAC
                ? new NomineeInput(NomineeKind.COLLECTIVE, name, "12 người", null, null, titleId,
                        "Tập thể hoàn thành xuất sắc nhiệm vụ năm 2025.", List.of())
                : NomineeInput.individual(name, "Kiểm sát viên", titleId, "Hoàn thành tốt nhiệm vụ năm 2025.");
        long id = clerkProposals.createDraft(actor("clerk"),
                new ProposalInput(2025, CommendationType.MERIT, null, List.of(nominee)));
        for (AttachmentKind kind : List.of(AttachmentKind.SUBMISSION_LETTER, AttachmentKind.ACHIEVEMENT_REPORT)) {
            attachments.add(actor("clerk"), id, kind, kind.name().toLowerCase() + ".pdf",
                    DemoDocuments.pdf(kind + " " + id));
        }
        return id;
    }

    private long firstFile(long proposalId) throws SQLException {
        return Long.parseLong(single("SELECT min(id) FROM attachment WHERE proposal_id = " + proposalId));
    }

    private String task(long proposalId, String step) {
        String number = clerkProposals.read(actor("clerk"), proposalId).getNumber();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(step)
                .singleResult();
        return task.getId();
    }

    private String single(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    private static String base() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/tdkt";
    }

    /** Asks one door as one account and classifies the answer as the table does. */
    private static Answer ask(HttpClient session, String account, String method, String path, Subject subject)
            throws Exception {
        boolean api = path.startsWith("/api/");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (api && !account.equals("anonymous")) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((account + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (method.equals("POST")) {
            // A decision no step offers: past who-may, the request is refused for its content.
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"NO_SUCH_DECISION\"}"));
        }
        // The REST API is asked without the session: a browser session never stands in for its credentials.
        HttpClient client = api ? HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                : session;
        HttpResponse<String> response = client.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        if (status == 401 || (status == 302 || status == 303)
                && response.headers().firstValue("Location").orElse("").contains("/login.xhtml")) {
            return Answer.SIGN_IN;
        }
        if (status == 403 || status == 404 || method.equals("POST") && status == 409) {
            return Answer.REFUSED; // 409: the task is not open to the caller, as for one already handled
        }
        if (status == 302 || status == 303) {
            return Answer.ALLOWED; // a page that sends the user on, e.g. the start page to the inbox
        }
        if (method.equals("POST") && (status == 400 || status == 422)) {
            return Answer.ALLOWED; // past the checks of who may: the decision itself is refused
        }
        if (status == 200 && path.contains(".xhtml") && subject != null) {
            return response.body().contains(subject.marker()) ? Answer.ALLOWED : Answer.REFUSED;
        }
        if (status >= 200 && status < 300) {
            return Answer.ALLOWED;
        }
        throw new AssertionError(method + " " + path + " as " + account + " answered " + status);
    }
}
