package vn.tdkt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.catalog.CommendationType;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.AttachmentKind;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.it.support.Deployments;
import vn.tdkt.workflow.board.Appraisals;
import vn.tdkt.workflow.board.BoardReception;
import vn.tdkt.workflow.board.CouncilVotes;
import vn.tdkt.workflow.board.Decisions;
import vn.tdkt.workflow.demo.DemoDocuments;
import vn.tdkt.workflow.engine.EngineSettings;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.DossierAttachments;
import vn.tdkt.workflow.proposal.NomineeInput;
import vn.tdkt.workflow.proposal.ProposalInput;
import vn.tdkt.workflow.proposal.UnitHeadReview;

/**
 * Throughput of whole proposal lifecycles (một hồ sơ đề nghị từ khi trình đến khi có quyết định) through the
 * application services, exactly as the role pages call them, beside a bare engine running the same deployed
 * {@code commendation-proposal} diagram on the same database in the same run. Inside WildFly on PostgreSQL.
 *
 * <p>Three variants, measured alternately in rounds so that none profits from a warmer JVM or a fuller database:
 * <ul>
 * <li>{@code bare}: a second engine built here with the application engine's settings but none of the
 * application's hooks (no task-opened notifications, no-op {@link BareProcessActions}); start, then complete
 * each user task with the variables the application would set;</li>
 * <li>{@code app}: submit through the decision via the services (rules on submit, dossier, history lines,
 * notifications, register lines); draft and files prepared beforehand, untimed;</li>
 * <li>{@code app+draft}: the same plus saving the draft and uploading its two PDF files (sniffed and stored).</li>
 * </ul>
 * Each step includes finding its open task by business key and task key. Reports lifecycles per second, the
 * ratio to the bare engine and per-step percentiles; asserts only that every lifecycle ended at its end event and
 * that every application lifecycle wrote its register line. Settings ({@code -Dbench.lifecycles=200},
 * {@code bench.warmup}, {@code bench.threads}, {@code bench.rounds}, {@code bench.paths=board,unit}) travel from
 * the Maven command line to the server in a small properties file of the deployment.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleBench {

    /** Written into the run's deployment by {@code Deployments} from the Maven command line. */
    private static final String CONFIG = Deployments.BENCH_SETTINGS;

    private static final long LDTT = 1L;
    private static final long TTLD_XUAT_SAC = 9L;

    /** Which way through the diagram a lifecycle goes. */
    enum Route {
        /** A collective Tập thể lao động xuất sắc: unit head, council, board reception, appraisal, decision. */
        BOARD("board", "EndEvent_Decided", List.of("draft", "files", "submit", "review", "vote", "reception",
                "appraisal", "decision")),
        /** One Lao động tiên tiến, the unit head's to decide: unit head, council, the unit's decision. */
        UNIT("unit", "EndEvent_DecidedAtUnit", List.of("draft", "files", "submit", "review", "vote", "decision"));

        final String name;
        final String endEvent;
        final List<String> steps;

        Route(String name, String endEvent, List<String> steps) {
            this.name = name;
            this.endEvent = endEvent;
            this.steps = steps;
        }
    }

    enum Variant {
        BARE("bare engine"), APP("app (submit → decision)"), APP_DRAFT("app + draft + 2 files");

        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    /** A saved draft with its files, ready to be submitted. */
    record Draft(long id, String number, long nomineeId) {
    }

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

    @Resource(lookup = "java:jboss/datasources/AppDS")
    DataSource dataSource;

    @Resource(lookup = "java:/TransactionManager")
    TransactionManager transactionManager;

    @Resource
    ManagedExecutorService executor;

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
    private final AtomicInteger sequence = new AtomicInteger();
    /** Step durations in nanoseconds, by variant, thread count and step. */
    private final Map<String, Queue<Long>> stepNanos = new ConcurrentHashMap<>();
    /** Business keys and proposal ids of the measured lifecycles, checked at the end. */
    private final Queue<String> bareKeys = new ConcurrentLinkedQueue<>();
    private final Queue<String> appNumbers = new ConcurrentLinkedQueue<>();
    private final Queue<Long> appDecisions = new ConcurrentLinkedQueue<>();
    private final AtomicInteger busyWorkers = new AtomicInteger();
    private final AtomicInteger mostBusyWorkers = new AtomicInteger();

    private ProcessEngine bare;
    private Actor clerk;
    private long anyProposalId;

    @Test
    void lifecyclesPerSecondThroughTheServicesBesideTheBareEngine() throws Exception {
        Properties settings = settings();
        int lifecycles = Integer.parseInt(settings.getProperty("bench.lifecycles", "200"));
        int warmup = Integer.parseInt(settings.getProperty("bench.warmup", "20"));
        int threads = Integer.parseInt(settings.getProperty("bench.threads", "4"));
        int rounds = Integer.parseInt(settings.getProperty("bench.rounds", "4"));
        List<Route> routes = Arrays.stream(settings.getProperty("bench.paths", "board").split(","))
                .map(name -> Route.valueOf(name.trim().toUpperCase())).toList();
        clerk = users.actorFor("clerk").orElseThrow();
        bare = bareEngine();
        StringBuilder report = new StringBuilder();
        try {
            report.append(header(lifecycles, warmup, threads, rounds));
            for (Route route : routes) {
                stepNanos.clear();
                anyProposalId = prepare(route, 1).get(0).id();
                // Warm-up: every variant, alone and with the worker threads; not measured, not checked.
                for (int t : List.of(1, threads)) {
                    for (Variant variant : Variant.values()) {
                        measure(route, variant, t, warmup, false);
                    }
                }
                stepNanos.clear();
                bareKeys.clear();
                appNumbers.clear();
                appDecisions.clear();
                Map<String, double[]> rates = new LinkedHashMap<>();
                for (int t : List.of(1, threads)) {
                    long[] nanos = new long[Variant.values().length];
                    int[] done = new int[Variant.values().length];
                    for (int round = 0; round < rounds; round++) {
                        int count = lifecycles / rounds + (round < lifecycles % rounds ? 1 : 0);
                        for (int k = 0; k < Variant.values().length; k++) {
                            // Each round starts with another variant: none always runs on the warmest JVM.
                            Variant variant = Variant.values()[(k + round) % Variant.values().length];
                            nanos[variant.ordinal()] += measure(route, variant, t, count, true);
                            done[variant.ordinal()] += count;
                        }
                    }
                    double[] perSecond = new double[Variant.values().length];
                    for (Variant variant : Variant.values()) {
                        perSecond[variant.ordinal()] = done[variant.ordinal()] / (nanos[variant.ordinal()] / 1e9);
                    }
                    rates.put(Integer.toString(t), perSecond);
                }
                report.append(table(route, lifecycles, threads, rates));
                checkEveryLifecycleEnded(route);
            }
        } finally {
            bare.close();
        }
        report.append("most workers seen running at once: ").append(mostBusyWorkers.get()).append('\n');
        System.out.println(report);
        Path file = Path.of(settings.getProperty("bench.report"));
        Files.writeString(file, report.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Runs {@code count} lifecycles of one variant on {@code threads} workers; answers the wall time in ns. */
    private long measure(Route route, Variant variant, int threads, int count, boolean record) throws Exception {
        List<Draft> drafts = variant == Variant.APP ? prepare(route, count) : List.of();
        String statsKey = record ? variant + "/" + threads + "/" : null;
        IntConsumer lifecycle = switch (variant) {
            case BARE -> i -> bareLifecycle(route, statsKey);
            case APP -> i -> appLifecycle(route, drafts.get(i), statsKey);
            case APP_DRAFT -> i -> appLifecycle(route, null, statsKey);
        };
        AtomicInteger next = new AtomicInteger();
        List<Future<Object>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < threads; w++) {
            workers.add(executor.submit(() -> {
                int busy = busyWorkers.incrementAndGet();
                mostBusyWorkers.accumulateAndGet(busy, Math::max);
                try {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        lifecycle.accept(i);
                    }
                } finally {
                    busyWorkers.decrementAndGet();
                }
                return null;
            }));
        }
        for (Future<Object> worker : workers) {
            worker.get();
        }
        return System.nanoTime() - start;
    }

    // ---------------------------------------------------------------- application path

    /** One lifecycle through the services; saves the draft and its files first when {@code prepared} is null. */
    private void appLifecycle(Route route, Draft prepared, String statsKey) {
        Draft draft = prepared != null ? prepared : timed(statsKey, "draft", () -> draft(route));
        if (prepared == null) {
            timed(statsKey, "files", () -> attachFiles(draft.id()));
        }
        String number = draft.number();
        timed(statsKey, "submit", () -> clerkProposals.submit(clerk, draft.id(), true));
        timed(statsKey, "review", () -> review.approve(actor("leader"),
                task(tasks, number, ProcessKeys.TASK_UNIT_HEAD_REVIEW), null));
        boolean carried = timed(statsKey, "vote", () -> councilVotes.record(actor("secretary"),
                task(tasks, number, ProcessKeys.TASK_COUNCIL_VOTE), 9, 9, 9, 0, 0));
        if (!carried) {
            throw new AssertionError("9 of 9 votes did not carry " + number);
        }
        LocalDate today = LocalDate.now();
        long decision;
        if (route == Route.BOARD) {
            timed(statsKey, "reception", () -> reception.accept(actor("appraiser"),
                    task(tasks, number, ProcessKeys.TASK_RECEPTION)));
            timed(statsKey, "appraisal", () -> appraisals.propose(actor("appraiser"),
                    task(tasks, number, ProcessKeys.TASK_APPRAISAL), null));
            decision = timed(statsKey, "decision", () -> decisions.decide(actor("approver"),
                    task(tasks, number, ProcessKeys.TASK_DECISION), today, "Nguyễn Thanh Tùng",
                    Set.of(draft.nomineeId()), null));
        } else {
            decision = timed(statsKey, "decision", () -> decisions.decide(actor("leader"),
                    task(tasks, number, ProcessKeys.TASK_UNIT_DECISION), today, "Nguyễn Văn Minh",
                    Set.of(draft.nomineeId()), null));
        }
        if (statsKey != null) {
            appNumbers.add(number);
            appDecisions.add(decision);
        }
    }

    /** Drafts with their files, saved outside the measured time. */
    private List<Draft> prepare(Route route, int count) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Draft draft = draft(route);
            attachFiles(draft.id());
            drafts.add(draft);
        }
        return drafts;
    }

    /** Saves a new draft as the clerk's form does, and reads back its number and nominee as the page shows them. */
    private Draft draft(Route route) {
        String suffix = run + "-" + sequence.incrementAndGet();
        NomineeInput nominee = route == Route.BOARD
                ? new NomineeInput(NomineeKind.COLLECTIVE, "Phòng Kiểm sát án hình sự " + suffix, "12 người", null,
                        null, TTLD_XUAT_SAC, "Tập thể hoàn thành xuất sắc nhiệm vụ năm 2025.", List.of())
                : NomineeInput.individual("Lâm Quốc Bảo " + suffix, "Kiểm sát viên", LDTT,
                        "Hoàn thành tốt nhiệm vụ năm 2025.");
        long id = clerkProposals.createDraft(clerk,
                new ProposalInput(2025, CommendationType.MERIT, null, List.of(nominee)));
        Proposal saved = clerkProposals.read(clerk, id);
        return new Draft(id, saved.getNumber(), saved.getNominees().get(0).getId());
    }

    private void attachFiles(long proposalId) {
        for (AttachmentKind kind : List.of(AttachmentKind.SUBMISSION_LETTER, AttachmentKind.ACHIEVEMENT_REPORT)) {
            attachments.add(clerk, proposalId, kind, kind.name().toLowerCase() + ".pdf",
                    DemoDocuments.pdf(kind + " " + proposalId));
        }
    }

    // ---------------------------------------------------------------- bare engine path

    /**
     * The engine the application runs, as {@code ProcessEngineBootstrap} and {@code EngineSettings} configure it,
     * on the same datasource and transaction manager, but with none of the application's hooks. Called outside any
     * transaction, each command begins and commits its own JTA transaction (the application's services give the
     * engine theirs). It deploys nothing: it runs the definition the application deployed.
     */
    private ProcessEngine bareEngine() {
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName("tdkt-bench-bare");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        EngineSettings.apply(configuration);
        Map<Object, Object> beans = new HashMap<>();
        beans.put("processActions", new BareProcessActions());
        configuration.setBeans(beans);
        return configuration.buildProcessEngine();
    }

    /** The same way through the diagram with the variables the services set, straight on the engine. */
    private void bareLifecycle(Route route, String statsKey) {
        String key = "BENCH-" + run + "-" + sequence.incrementAndGet();
        TaskService engineTasks = bare.getTaskService();
        timed(statsKey, "submit", () -> bare.getRuntimeService().startProcessInstanceByKey(
                ProcessKeys.COMMENDATION_PROPOSAL, key, Map.of(ProcessKeys.VAR_PROPOSAL_ID, anyProposalId,
                        ProcessKeys.VAR_UNIT_CODE, clerk.unitCode())));
        timed(statsKey, "review", () -> engineTasks.complete(task(engineTasks, key, ProcessKeys.TASK_UNIT_HEAD_REVIEW),
                decision(ProcessKeys.Decision.APPROVE)));
        timed(statsKey, "vote", () -> engineTasks.complete(task(engineTasks, key, ProcessKeys.TASK_COUNCIL_VOTE),
                decision(ProcessKeys.Decision.APPROVE, ProcessKeys.VAR_VOTE_PASSED, true,
                        ProcessKeys.VAR_DECIDED_BY_UNIT, route == Route.UNIT)));
        if (route == Route.BOARD) {
            Instant now = Instant.now();
            timed(statsKey, "reception", () -> engineTasks.complete(task(engineTasks, key, ProcessKeys.TASK_RECEPTION),
                    decision(ProcessKeys.Decision.ACCEPT,
                            ProcessKeys.VAR_APPRAISAL_DUE, Date.from(now.plus(35, ChronoUnit.DAYS)),
                            ProcessKeys.VAR_APPRAISAL_REMINDER, Date.from(now.plus(28, ChronoUnit.DAYS)),
                            ProcessKeys.VAR_STATE_LEVEL, false)));
            timed(statsKey, "appraisal", () -> engineTasks.complete(task(engineTasks, key, ProcessKeys.TASK_APPRAISAL),
                    decision(ProcessKeys.Decision.PROPOSE,
                            ProcessKeys.VAR_PUBLIC_NOTICE_ENDS, Date.from(now.plus(14, ChronoUnit.DAYS)))));
            timed(statsKey, "decision", () -> engineTasks.complete(task(engineTasks, key, ProcessKeys.TASK_DECISION),
                    decision(ProcessKeys.Decision.DECIDE, "approvedNominees", List.of(anyProposalId))));
        } else {
            timed(statsKey, "decision", () -> engineTasks.complete(
                    task(engineTasks, key, ProcessKeys.TASK_UNIT_DECISION),
                    decision(ProcessKeys.Decision.DECIDE, "approvedNominees", List.of(anyProposalId))));
        }
        if (statsKey != null) {
            bareKeys.add(key);
        }
    }

    private static Map<String, Object> decision(ProcessKeys.Decision decision, Object... more) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessKeys.VAR_DECISION, decision.name());
        for (int i = 0; i < more.length; i += 2) {
            variables.put((String) more[i], more[i + 1]);
        }
        return variables;
    }

    // ---------------------------------------------------------------- shared

    /** The open task of that step, as the inbox finds it: by the proposal's number and the step's key. */
    private static String task(TaskService engineTasks, String businessKey, String step) {
        Task task = engineTasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(step)
                .singleResult();
        if (task == null) {
            throw new AssertionError("no open " + step + " for " + businessKey);
        }
        return task.getId();
    }

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }

    private void timed(String statsKey, String step, Runnable work) {
        timed(statsKey, step, () -> {
            work.run();
            return null;
        });
    }

    private <T> T timed(String statsKey, String step, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        if (statsKey != null) {
            stepNanos.computeIfAbsent(statsKey + step, k -> new ConcurrentLinkedQueue<>())
                    .add(System.nanoTime() - start);
        }
        return result;
    }

    /** Every measured lifecycle reached the route's end event; every application lifecycle has its register line. */
    private void checkEveryLifecycleEnded(Route route) throws SQLException {
        List<String> keys = new ArrayList<>(bareKeys);
        keys.addAll(appNumbers);
        Map<String, String> ends = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT business_key_, end_act_id_ FROM act_hi_procinst WHERE business_key_ = ANY (?)")) {
                s.setArray(1, c.createArrayOf("varchar", keys.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ends.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            // By decision, one to each lifecycle.
            Map<Long, Integer> awards = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT decision_id, count(*) FROM award"
                    + " WHERE decision_id = ANY (?) GROUP BY decision_id")) {
                s.setArray(1, c.createArrayOf("bigint", appDecisions.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        awards.put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
            assertThat(ends).hasSize(keys.size());
            assertThat(ends.values()).as("end events of route " + route.name).containsOnly(route.endEvent);
            assertThat(awards).hasSize(appDecisions.size());
            assertThat(awards.values()).as("register lines per decision").containsOnly(1);
        }
    }

    // ---------------------------------------------------------------- report

    private String header(int lifecycles, int warmup, int threads, int rounds) throws SQLException, IOException {
        StringBuilder out = new StringBuilder();
        out.append("== Proposal lifecycles (LifecycleBench) ").append(Instant.now()).append('\n');
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().orElse("MemTotal: ?").replaceAll("\\s+", " ");
        out.append("machine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ").append(memory)
                .append("; server heap max ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB; ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append('\n');
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            out.append("database: ").append(scalar(s, "SELECT version()").replaceAll(" on .*", ""))
                    .append("; fsync=").append(scalar(s, "SHOW fsync"))
                    .append(", synchronous_commit=").append(scalar(s, "SHOW synchronous_commit")).append('\n');
        }
        out.append("per variant and thread count: ").append(lifecycles).append(" lifecycles in ").append(rounds)
                .append(" alternating rounds, after ").append(warmup).append(" warm-up lifecycles at 1 and at ")
                .append(threads).append(" threads\n");
        return out.toString();
    }

    private static String scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private String table(Route route, int lifecycles, int threads, Map<String, double[]> rates) {
        StringBuilder out = new StringBuilder();
        out.append("\n-- route ").append(route.name).append(" (").append(route == Route.BOARD
                ? "1 collective TTLD_XUAT_SAC: unit head, council, board reception, appraisal, decision"
                : "1 individual LDTT: unit head, council, unit decision").append(")\n");
        out.append(String.format("%-8s | %12s | %12s | %6s | %14s | %6s%n", "threads", "bare /s", "app /s",
                "ratio", "app+draft /s", "ratio"));
        for (Map.Entry<String, double[]> row : rates.entrySet()) {
            double[] r = row.getValue();
            double bareRate = r[Variant.BARE.ordinal()];
            out.append(String.format("%-8s | %12.1f | %12.1f | %6.2f | %14.1f | %6.2f%n", row.getKey(), bareRate,
                    r[Variant.APP.ordinal()], r[Variant.APP.ordinal()] / bareRate, r[Variant.APP_DRAFT.ordinal()],
                    r[Variant.APP_DRAFT.ordinal()] / bareRate));
        }
        for (int t : List.of(1, threads)) {
            out.append("step times (ms) at ").append(t).append(" thread(s), each with its task lookup:\n");
            out.append(String.format("  %-10s | %8s %8s | %8s %8s | %8s %8s%n", "step", "bare p50", "p95",
                    "app p50", "p95", "+drft p50", "p95"));
            for (String step : route.steps) {
                out.append(String.format("  %-10s |%s |%s |%s%n", step, percentiles(Variant.BARE, t, step),
                        percentiles(Variant.APP, t, step), percentiles(Variant.APP_DRAFT, t, step)));
            }
        }
        return out.toString();
    }

    private String percentiles(Variant variant, int threads, String step) {
        Collection<Long> samples = stepNanos.get(variant + "/" + threads + "/" + step);
        if (samples == null || samples.isEmpty()) {
            return String.format(" %8s %8s", "-", "-");
        }
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(" %8.1f %8.1f", sorted[(int) Math.floor(0.50 * (sorted.length - 1))] / 1e6,
                sorted[(int) Math.ceil(0.95 * (sorted.length - 1))] / 1e6);
    }

    private static Properties settings() {
        Properties settings = new Properties();
        try (InputStream in = LifecycleBench.class.getClassLoader().getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new IllegalStateException(CONFIG + " is missing from the deployment");
            }
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings;
    }
}
