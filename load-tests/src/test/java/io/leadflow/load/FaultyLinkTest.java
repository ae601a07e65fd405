package io.leadflow.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultyLinkTest {

    private ServerSocket server;
    private Thread echo;
    private FaultyLink link;

    @BeforeEach
    void startAnEchoServerBehindTheLink() throws IOException {
        server = new ServerSocket(0);
        echo = Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Thread.ofVirtual().start(() -> echo(socket));
                } catch (IOException e) {
                    // closed by the test
                }
            }
        });
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        link = FaultyLink.open("echo", port, "localhost", server.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        link.close();
        server.close();
        echo.interrupt();
    }

    @Test
    void a_healthy_link_passes_bytes_both_ways() throws IOException {
        try (Socket client = new Socket("localhost", link.port())) {
            client.setSoTimeout(5_000);

            send(client, "ping");

            assertThat(read(client.getInputStream(), 4)).isEqualTo("ping");
        }
    }

    @Test
    void a_frozen_link_holds_the_bytes_without_closing_and_delivers_them_once_thawed() throws IOException {
        try (Socket client = new Socket("localhost", link.port())) {
            send(client, "one");
            client.setSoTimeout(5_000);
            assertThat(read(client.getInputStream(), 3)).isEqualTo("one");

            link.freeze();
            send(client, "two");
            client.setSoTimeout(500);
            assertThatThrownBy(() -> client.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);

            link.thaw();
            client.setSoTimeout(5_000);
            assertThat(read(client.getInputStream(), 3)).isEqualTo("two");
        }
    }

    @Test
    void a_delayed_link_still_delivers_every_byte_in_order() throws IOException {
        link.delay(Duration.ofMillis(1), Duration.ofMillis(20));
        try (Socket client = new Socket("localhost", link.port())) {
            client.setSoTimeout(10_000);
            StringBuilder sent = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                String chunk = String.format("%03d", i);
                sent.append(chunk);
                send(client, chunk);
            }

            assertThat(read(client.getInputStream(), sent.length())).isEqualTo(sent.toString());
        }
    }

    @Test
    void a_cut_link_closes_its_connections_and_refuses_new_ones_until_restored() throws IOException {
        try (Socket client = new Socket("localhost", link.port())) {
            client.setSoTimeout(5_000);
            send(client, "one");
            assertThat(read(client.getInputStream(), 3)).isEqualTo("one");

            link.cut();

            assertThat(client.getInputStream().read())
                    .as("the open connection is closed")
                    .isEqualTo(-1);
            assertThatThrownBy(() -> new Socket("localhost", link.port()).close())
                    .isInstanceOf(ConnectException.class);
        }

        link.restore();

        try (Socket again = new Socket("localhost", link.port())) {
            again.setSoTimeout(5_000);
            send(again, "two");
            assertThat(read(again.getInputStream(), 3)).isEqualTo("two");
        }
    }

    private static void echo(Socket socket) {
        try (socket) {
            socket.getInputStream().transferTo(socket.getOutputStream());
        } catch (IOException e) {
            // the link closed it
        }
    }

    private static void send(Socket client, String text) throws IOException {
        OutputStream out = client.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String read(InputStream in, int length) throws IOException {
        return new String(in.readNBytes(length), StandardCharsets.US_ASCII);
    }
}
