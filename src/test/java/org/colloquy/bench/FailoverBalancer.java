package org.colloquy.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * The part of a load balancer a failover drill needs, at the level of TCP: one address in front of several nodes.
 * Each connection goes to the first node that takes it, so the browsers behind it stay on that node while it lives
 * (what sticky sessions do) and reach the next node once it refuses (what HAProxy's {@code option redispatch} does
 * when a browser's node is down). Bytes pass through untouched, the push WebSocket included, and the browser keeps
 * one origin throughout: its cookies and its {@code localStorage} are the ones it had before the node died.
 */
final class FailoverBalancer implements AutoCloseable {

    private final ServerSocket server;
    private final List<URI> nodes;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    FailoverBalancer(List<URI> nodes) throws IOException {
        this.nodes = List.copyOf(nodes);
        this.server = new ServerSocket(0);
        threads.submit(this::accept);
    }

    /** The address the browsers behind the balancer open. */
    URI base() {
        return URI.create("http://localhost:" + server.getLocalPort() + "/");
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket browser = server.accept();
                open.add(browser);
                threads.submit(() -> relay(browser));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket browser) {
        Socket node = firstNodeThatAnswers();
        if (node == null) {
            quietlyClose(browser);
            return;
        }
        threads.submit(() -> copy(browser, node));
        copy(node, browser);
    }

    private @Nullable Socket firstNodeThatAnswers() {
        for (URI address : nodes) {
            try {
                Socket node = new Socket(address.getHost(), address.getPort());
                open.add(node);
                return node;
            } catch (IOException refused) {
                // down: the next node takes the browser
            }
        }
        return null;
    }

    /** One direction of a connection; when either side ends, both sockets close, as a balancer closes both. */
    private void copy(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[16 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // the other side went away
        } finally {
            quietlyClose(from);
            quietlyClose(to);
        }
    }

    private void quietlyClose(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException alreadyClosed) {
            // nothing left to do
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(this::quietlyClose);
        threads.shutdownNow();
    }
}
