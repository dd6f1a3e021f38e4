package vn.tdkt.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * The CPU time the server process has used so far, in nanoseconds, for benchmarks that load the server from the test
 * JVM and want the server's own cost per request (SignInBench). Deployed with the test module only.
 */
@WebServlet("/server-cpu-time")
public class ServerCpuTime extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print(ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos)
                .orElse(-1L));
    }
}
