package vn.tdkt.it.crash;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.json.Json;
import vn.tdkt.workflow.engine.ProcessKeys;

/**
 * The crash test's load, as the VKSND's people make it: clerks submitting dossiers for Lao động tiên tiến (a title
 * the unit decides itself), the unit head approving each, the council secretary recording the ballot and the unit
 * head signing the decision that writes the award register. Decisions go through the REST API as a client program
 * makes them (tasks listed, then decided); submissions through {@link SubmissionLoad}. Every answer that says
 * "done" is written down here: what the server acknowledged is what it must still hold after a crash.
 */
final class ProcedureLoad {

    /** The start of every nominee's name this load makes (diacritics on purpose). */
    static final String NOMINEE = "Đỗ Thị Thử Tải ";

    /** The steps the load completes, each with the account that completes it. */
    enum Step {
        REVIEW(ProcessKeys.TASK_UNIT_HEAD_REVIEW, "leader"), VOTE(ProcessKeys.TASK_COUNCIL_VOTE, "secretary"),
        DECISION(ProcessKeys.TASK_UNIT_DECISION, "leader");

        final String taskKey;

        final String user;

        Step(String taskKey, String user) {
            this.taskKey = taskKey;
            this.user = user;
        }
    }

    /** A step the server answered 204 for. */
    record Completed(long proposalId, String taskKey) {
    }

    private final CrashServer server;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Set<Long> submitted = ConcurrentHashMap.newKeySet();

    private final Set<Completed> completed = ConcurrentHashMap.newKeySet();

    /** Answers that are neither "done" nor "already done by someone else" (409), while the server was up. */
    private final List<String> unexpected = new CopyOnWriteArrayList<>();

    /** Numbers the nominees of every load of the run, so that no two dossiers propose the same person. */
    private static final AtomicInteger NOMINEES = new AtomicInteger();

    private final AtomicInteger apiTryAgain = new AtomicInteger();

    private final List<Thread> threads = new ArrayList<>();

    private volatile boolean running;

    ProcedureLoad(CrashServer server) {
        this.server = server;
    }

    /** Starts the clerks and one worker per step, each as fast as the server answers. */
    void start(int clerks) {
        running = true;
        for (int i = 0; i < clerks; i++) {
            threads.add(new Thread(() -> {
                while (running) {
                    submitOne();
                }
            }, "clerk-" + i));
        }
        for (Step step : Step.values()) {
            threads.add(new Thread(() -> {
                while (running) {
                    if (completeOpen(step) == 0) {
                        pause();
                    }
                }
            }, step.name()));
        }
        threads.forEach(Thread::start);
    }

    /** Stops every worker; a request the crash cut off ends with an I/O error, which acknowledges nothing. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** Whether the server has acknowledged at least so many submissions and so many of every step. */
    boolean acknowledged(int submissions, int eachStep) {
        return acknowledgedBeyond(new Progress(0, Map.of()), submissions, eachStep);
    }

    /** How far the load has got: what was acknowledged so far. */
    Progress progress() {
        Map<String, Long> steps = new HashMap<>();
        completed.forEach(c -> steps.merge(c.taskKey(), 1L, Long::sum));
        return new Progress(submitted.size(), steps);
    }

    /** Whether the server has acknowledged so many more submissions and steps of each kind than at {@code since}. */
    boolean acknowledgedBeyond(Progress since, int submissions, int eachStep) {
        Progress now = progress();
        if (now.submissions() < since.submissions() + submissions) {
            return false;
        }
        for (Step step : Step.values()) {
            if (now.of(step) < since.of(step) + eachStep) {
                return false;
            }
        }
        return true;
    }

    /** Acknowledged submissions, and steps by task key. */
    record Progress(int submissions, Map<String, Long> steps) {

        long of(Step step) {
            return steps.getOrDefault(step.taskKey, 0L);
        }
    }

    /** How often the REST API answered 503 "try again" (the database out of reach). */
    int apiTryAgain() {
        return apiTryAgain.get();
    }

    Set<Long> submitted() {
        return Set.copyOf(submitted);
    }

    Set<Completed> completed() {
        return Set.copyOf(completed);
    }

    List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    /**
     * One pass over the open tasks of every step for this load's dossiers, after the restart: how many it
     * completed (0 once every dossier the load made is decided).
     */
    int completeEveryOpenStep() {
        int done = 0;
        for (Step step : Step.values()) {
            done += completeOpen(step);
        }
        return done;
    }

    private void submitOne() {
        String nominee = NOMINEE + NOMINEES.incrementAndGet();
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.loadUrl(
                    SubmissionLoad.SUBMIT))).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("nominee=" + URLEncoder.encode(nominee,
                            StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() == 200) {
                submitted.add(Long.parseLong(answer.body().strip()));
            } else if (answer.statusCode() == 503) {
                pause();
            } else {
                unexpected.add("submit " + nominee + ": " + answer.statusCode() + " " + answer.body());
            }
        } catch (IOException e) {
            pause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Completes every open task of the step that belongs to this load's dossiers; how many it completed. */
    private int completeOpen(Step step) {
        int done = 0;
        try {
            for (Map<String, Object> task : openTasks(step)) {
                long proposalId = ((Number) task.get("proposalId")).longValue();
                String decision = decision(step, proposalId);
                if (decision == null) {
                    return done;
                }
                HttpResponse<String> answer = send(step.user, "/tasks/" + task.get("taskId") + "/decision",
                        decision);
                if (answer.statusCode() == 204) {
                    completed.add(new Completed(proposalId, step.taskKey));
                    done++;
                } else if (tryAgain(answer)) {
                    return done;
                } else if (answer.statusCode() != 409) {
                    unexpected.add(step + " " + proposalId + ": " + answer.statusCode() + " " + answer.body());
                }
            }
        } catch (IOException e) {
            pause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return done;
    }

    private List<Map<String, Object>> openTasks(Step step) throws IOException, InterruptedException {
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int page = 0;; page++) {
            HttpResponse<String> answer = send(step.user, "/tasks?size=100&page=" + page, null);
            if (tryAgain(answer)) {
                return tasks;
            }
            if (answer.statusCode() != 200) {
                unexpected.add("tasks of " + step.user + ": " + answer.statusCode() + " " + answer.body());
                return tasks;
            }
            List<Map<String, Object>> items = list(object(answer.body()).get("items"));
            if (items.isEmpty()) {
                return tasks;
            }
            items.stream().filter(t -> step.taskKey.equals(t.get("taskKey")))
                    .filter(t -> String.valueOf(t.get("nomineeName")).startsWith(NOMINEE)).forEach(tasks::add);
        }
    }

    /** The request body of the step's decision; null when the dossier cannot be read now. */
    private String decision(Step step, long proposalId) throws IOException, InterruptedException {
        return switch (step) {
            case REVIEW -> "{\"decision\":\"APPROVE\",\"comment\":\"Đồng ý đề nghị.\"}";
            case VOTE -> "{\"decision\":\"RECORD_VOTE\",\"members\":9,\"present\":9,\"agree\":9,\"disagree\":0,"
                    + "\"abstain\":0}";
            case DECISION -> {
                String nominees = nomineeIds(proposalId);
                yield nominees == null ? null : "{\"decision\":\"DECIDE\",\"decisionDate\":\"" + LocalDate.now()
                        + "\",\"signer\":\"Trần Văn Ký\",\"approvedNominees\":" + nominees + "}";
            }
        };
    }

    /** Every nominee of the dossier, as the dossier's REST view lists them; null when it cannot be read now. */
    private String nomineeIds(long proposalId) throws IOException, InterruptedException {
        HttpResponse<String> dossier = send("leader", "/proposals/" + proposalId, null);
        if (tryAgain(dossier)) {
            return null;
        }
        if (dossier.statusCode() != 200) {
            unexpected.add("dossier " + proposalId + ": " + dossier.statusCode() + " " + dossier.body());
            return null;
        }
        return list(object(dossier.body()).get("nominees")).stream()
                .map(n -> String.valueOf(((Number) n.get("id")).longValue())).toList().toString();
    }

    /**
     * A 503 problem with Retry-After is the API's "the database is out of reach, try again": counted, and the
     * client waits a moment, as a script should. Any other 503 is unexpected.
     */
    private boolean tryAgain(HttpResponse<String> answer) {
        if (answer.statusCode() != 503) {
            return false;
        }
        if (answer.headers().firstValue("Retry-After").isEmpty()
                || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            unexpected.add("503 without a problem and Retry-After: " + answer.body());
        }
        apiTryAgain.incrementAndGet();
        pause();
        return true;
    }

    private HttpResponse<String> send(String user, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url("/tdkt/api/v1" + path)))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String json) {
        return (Map<String, Object>) new Json().toType(json, Json.MAP_TYPE);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
