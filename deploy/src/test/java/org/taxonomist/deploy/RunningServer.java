package org.taxonomist.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real server, started through the README's launcher as a separate process. */
final class RunningServer implements AutoCloseable {

    static final Path REPO = Path.of(System.getProperty("user.dir")).getParent();
    private final Process process;
    private final URI base;
    private final Path log;

    private RunningServer(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    static RunningServer start(Path home, Map<String, String> environment) {
        try {
            Files.createDirectories(home);
            int port = freePort();
            Path log = home.resolve("server-" + System.nanoTime() + ".log");
            ProcessBuilder builder = new ProcessBuilder(
                            REPO.resolve("deploy/bin/taxonomist").toString(), "serve", "--port", String.valueOf(port))
                    .directory(REPO.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("TAXONOMIST_HOME", home.toString());
            builder.environment().put("TAXONOMIST_JAVA_OPTS", "-Xmx2g");
            builder.environment().putAll(environment);
            RunningServer server =
                    new RunningServer(builder.start(), URI.create("http://localhost:" + port + "/"), log);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Api api(String user, String password) {
        return new Api(base, user, password);
    }

    /** SIGKILL: the server gets no chance to clean up, as in a crash. */
    void crash() {
        process.destroyForcibly();
        waitForExit();
    }

    /** SIGTERM: an ordinary stop. */
    @Override
    public void close() {
        process.destroy();
        waitForExit();
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        Api anonymous = new Api(base, null, null);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The server exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (anonymous.get("/health/ready").status() == 200) {
                    return;
                }
                String output = Files.readString(log);
                if (output.contains("Exception while preparing the app")
                        || output.contains("Exception while loading the app")) {
                    process.destroyForcibly();
                    throw new AssertionError("Payara started but the application did not deploy:\n" + tail());
                }
            } catch (UncheckedIOException notYetListening) {
                // still starting
            }
            Api.sleep(1000);
        }
        process.destroyForcibly();
        throw new AssertionError("The server was not ready within 4 minutes:\n" + tail());
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Everything the server wrote so far. */
    String output() throws IOException {
        return Files.readString(log);
    }

    private String tail() throws IOException {
        String text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 6000));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
