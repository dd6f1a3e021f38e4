package vn.tdkt.it.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * The attacker of {@code SignInBench}, in a process of its own: {@code threads} clients send HTTP Basic with wrong
 * passwords to the REST API as fast as they can (a new request as soon as the last is answered, over a kept-alive
 * connection) for {@code seconds}, either all from one loopback address at the known user names given, or each from
 * its own address with a made-up name on every attempt — or, for comparison, with no credentials at all (the
 * cheapest refusal the server gives, before any sign-in). Prints how many answers of each status it got. Needs nothing
 * but the JDK, so that the bench can start it with {@code nice}: a remote attacker's CPU is not the server's.
 *
 * <p>Arguments: port, threads, seconds, {@code one-address}, {@code many-addresses} or {@code anonymous}, then the
 * known names.
 */
public final class PasswordGuesser {

    private PasswordGuesser() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        long until = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
        boolean oneAddress = !"many-addresses".equals(args[3]);
        boolean anonymous = "anonymous".equals(args[3]);
        List<String> names = List.of(args).subList(4, args.length);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String shared = "127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String from = oneAddress ? shared
                    : "127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
            int first = t;
            Thread client = new Thread(() -> guess(port, from, oneAddress ? names : null, anonymous, first, until,
                    statuses));
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.sum()));
        System.out.println("GUESSER " + counts);
    }

    private static void guess(int port, String from, List<String> names, boolean anonymous, int first, long until,
            Map<Integer, LongAdder> statuses) {
        Socket socket = null;
        InputStream in = null;
        int attempt = first;
        while (System.nanoTime() < until) {
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
                    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
                    socket.setSoTimeout(30_000);
                    in = new BufferedInputStream(socket.getInputStream());
                }
                String name = names == null ? "doan." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                        : names.get(attempt++ % names.size());
                String credential = Base64.getEncoder().encodeToString((name + ":sai-" + attempt)
                        .getBytes(StandardCharsets.UTF_8));
                OutputStream out = socket.getOutputStream();
                out.write(("GET /tdkt/api/v1/tasks HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                        + (anonymous ? "" : "Authorization: Basic " + credential + "\r\n") + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                int[] answer = readAnswer(in);
                statuses.computeIfAbsent(answer[0], s -> new LongAdder()).increment();
                if (answer[1] != 0) {
                    socket.close();
                    socket = null;
                }
            } catch (IOException e) {
                statuses.computeIfAbsent(-1, s -> new LongAdder()).increment();
                try {
                    if (socket != null) {
                        socket.close();
                    }
                } catch (IOException ignored) {
                    // Closed anyway.
                }
                socket = null;
            }
        }
    }

    /** Reads one answer (headers, then Content-Length bytes): its status, and 1 when the connection must close. */
    private static int[] readAnswer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (c == '\n' && head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        if (c < 0) {
            throw new IOException("closed by the server");
        }
        String[] lines = head.toString().split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        long length = 0;
        boolean close = false;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        in.skipNBytes(length);
        return new int[] {status, close ? 1 : 0};
    }
}
