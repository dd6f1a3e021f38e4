package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.it.support.LoopbackHttp;
import vn.tdkt.it.support.PasswordGuesser;

/**
 * Sign-in under attack (issue 14, finding 3). The unit head "leader", signed in, renders the inbox page back to back
 * (a real HTTP request with the session, as the browser sends it): quiet, then while 20 clients send HTTP Basic with
 * wrong passwords as fast as they can for 60 s — all from one address at the demo users' names, then each from its
 * own address with a made-up name on every attempt; for comparison, the same flood without credentials (the
 * cheapest refusal any server gives) — then quiet again. The attackers run in a process of their own
 * at {@code nice} 19 ({@code -Dbench.guesserNice}): a real attacker's CPU is on another machine, while the server
 * handles every request they send at normal priority. Then the server time of a REST call with a personal API token
 * (made on the profile page, as a user makes one) beside the same call with HTTP Basic: latency seen over loopback,
 * and the server process's CPU per call. Reports; asserts no timer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBench {

    private static final int PORT = LoopbackHttp.port();
    private static final String BASE = "http://127.0.0.1:" + PORT;
    private static final int ATTACKERS = 20;
    private static final int ATTACK_SECONDS = Integer.getInteger("bench.attackSeconds", 60);
    private static final int NICE = Integer.getInteger("bench.guesserNice", 19);
    /** The demo's names the one-address attack guesses at (not boardhead, whose Basic calls are measured after). */
    private static final List<String> NAMES = List.of("clerk", "leader", "clerk2", "leader2", "secretary",
            "secretary2", "appraiser", "appraiser2", "approver", "clerk.bochqs", "clerk.bdbp", "clerk.tand",
            "clerk.thads", "admin");
    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\">\\s*(tdkt_[A-Za-z0-9_-]+)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private double idleCpuPerSecond;

    @Test
    void theInboxWhileTwentyClientsGuessPasswordsAndTheServerTimeOfATokenCall() throws Exception {
        String session = LoopbackHttp.from("127.0.0.1").signedInSession("leader", "demo");
        // The REST calls are measured as boardhead, whom the attack leaves alone: with a token and with Basic.
        String token = createToken(LoopbackHttp.from("127.0.0.1").signedInSession("boardhead", "demo"));

        renders("warm-up", session, 20);
        List<Long> quiet = renders("quiet", session, 30);
        List<Long> oneAddress = underAttack("one-address", session);
        renders("settle", session, 10);
        List<Long> manyAddresses = underAttack("many-addresses", session);
        renders("settle", session, 10);
        List<Long> anonymous = underAttack("anonymous", session);
        List<Long> quietAgain = renders("quiet again", session, 30);
        System.out.printf("BENCH signin: inbox p95 under attack / quiet: one address %.2f, many addresses %.2f,"
                + " no credentials %.2f (quiet %.1f ms, quiet again %.1f ms)%n",
                percentile(oneAddress, 95) / percentile(quiet, 95),
                percentile(manyAddresses, 95) / percentile(quiet, 95),
                percentile(anonymous, 95) / percentile(quiet, 95),
                percentile(quiet, 95) / 1000.0, percentile(quietAgain, 95) / 1000.0);

        // What the server spends while nobody calls it (timers, the engine's job executor, garbage collection), to
        // take off the CPU measured per call.
        long idleStart = serverCpuNanos();
        Thread.sleep(10_000);
        idleCpuPerSecond = (serverCpuNanos() - idleStart) / 10.0;
        System.out.printf("BENCH signin: server CPU while idle %.1f ms/s%n", idleCpuPerSecond / 1e6);
        String[][] calls = {
            {"token, GET /api/v1/tasks", "/tdkt/api/v1/tasks", "Bearer " + token},
            {"token, GET /api/v1/openapi.yaml", "/tdkt/api/v1/openapi.yaml", "Bearer " + token},
            {"Basic (verified before), GET /api/v1/tasks", "/tdkt/api/v1/tasks",
                LoopbackHttp.basic("boardhead", "demo")}};
        // Every path compiled by the server's JIT before any is measured, so that none pays for the others.
        for (String[] call : calls) {
            apiCost(call[0] + " (warm-up)", call[1], call[2], 3_000);
        }
        for (String[] call : calls) {
            apiCost(call[0], call[1], call[2], 2_000);
        }
    }

    /** A personal API token of the signed-in user, made on their profile page as they would make it. */
    private static String createToken(String session) {
        LoopbackHttp browser = LoopbackHttp.from("127.0.0.1");
        LoopbackHttp.Answer page = browser.get("/app/profile.xhtml", "Cookie", session);
        LoopbackHttp.Answer created = browser.postForm("/app/profile.xhtml", page, session, "tokens-form",
                "tokens-form:token-name", "SignInBench " + System.currentTimeMillis(), "tokens-form:token-days_input",
                "7", "tokens-form:create-token", "");
        Matcher secret = SECRET.matcher(created.body());
        assertThat(secret.find()).as(created.toString()).isTrue();
        return secret.group(1);
    }

    /** The leader's inbox rendered back to back for this long; the time of each render in microseconds. */
    private List<Long> renders(String label, String session, int seconds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/tdkt/app/inbox.xhtml"))
                .header("Cookie", session).build();
        List<Long> micros = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            HttpResponse<String> page = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            micros.add((System.nanoTime() - start) / 1_000);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Nguyễn Văn Minh");
        }
        Collections.sort(micros);
        System.out.printf("BENCH signin: inbox, %-40s %5d renders in %d s: p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms%n",
                label, micros.size(), seconds, percentile(micros, 50) / 1000.0, percentile(micros, 95) / 1000.0,
                percentile(micros, 99) / 1000.0);
        return micros;
    }

    /** The inbox rendered while the guesser attacks; the guesser's tally of answers is printed. */
    private List<Long> underAttack(String mode, String session) throws Exception {
        List<String> command = new ArrayList<>(List.of("nice", "-n", String.valueOf(NICE),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-Xmx128m", "-cp", Path.of(PasswordGuesser.class.getProtectionDomain().getCodeSource().getLocation()
                        .toURI()).toString(),
                PasswordGuesser.class.getName(), String.valueOf(PORT), String.valueOf(ATTACKERS),
                String.valueOf(ATTACK_SECONDS), mode));
        command.addAll(NAMES);
        Process guesser = new ProcessBuilder(command).redirectErrorStream(true).start();
        long cpuBefore = serverCpuNanos();
        // The attack's first second is its start-up; the render is measured while it runs at full speed.
        Thread.sleep(2_000);
        List<Long> micros = renders("under attack, " + mode + " (nice " + NICE + ")", session, ATTACK_SECONDS - 4);
        String tally = new String(guesser.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        guesser.waitFor();
        System.out.printf("BENCH signin: attack %s: %s; server CPU %.1f s in %d s%n", mode, tally,
                (serverCpuNanos() - cpuBefore) / 1e9, ATTACK_SECONDS);
        return micros;
    }

    /** One REST call's latency over loopback (kept-alive connection) and the server process's CPU per call. */
    private void apiCost(String label, String path, String authorization, int calls) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", authorization)
                .build();
        List<Long> micros = new ArrayList<>();
        long cpuBefore = serverCpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            long callStart = System.nanoTime();
            assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            micros.add((System.nanoTime() - callStart) / 1_000);
        }
        long wall = System.nanoTime() - start;
        double cpuPerCall = (serverCpuNanos() - cpuBefore - idleCpuPerSecond * wall / 1e9) / 1e6 / calls;
        Collections.sort(micros);
        System.out.printf("BENCH signin: %-44s %d calls in %.1f s: p50 %5.2f ms, p95 %5.2f ms, p99 %5.2f ms;"
                + " server CPU %.2f ms per call (less the idle rate)%n", label, calls, wall / 1e9,
                percentile(micros, 50) / 1000.0,
                percentile(micros, 95) / 1000.0, percentile(micros, 99) / 1000.0, cpuPerCall);
    }

    private long serverCpuNanos() throws IOException, InterruptedException {
        return Long.parseLong(http.send(HttpRequest.newBuilder(URI.create(BASE + "/tdkt-tests/server-cpu-time"))
                .build(), HttpResponse.BodyHandlers.ofString()).body().strip());
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
