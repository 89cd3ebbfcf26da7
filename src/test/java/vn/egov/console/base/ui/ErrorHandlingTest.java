package vn.egov.console.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.server.ErrorEvent;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/** A browser that leaves mid-answer is routine and must not page the operator; a real failure still must. */
class ErrorHandlingTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(ErrorHandling.class);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level previousLevel;

    @BeforeEach
    void capture() {
        previousLevel = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        captured.start();
        logger.addAppender(captured);
    }

    @AfterEach
    void release() {
        logger.detachAppender(captured);
        logger.setLevel(previousLevel);
    }

    @Test
    void brokenPipeIsLoggedQuietly() {
        new ErrorHandling().handle(new ErrorEvent(new UncheckedIOException(
                new ClientAbortException(new IOException("Broken pipe")))));

        assertThat(captured.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.DEBUG);
    }

    @Test
    void everyKindOfDisconnectIsLoggedQuietly() {
        var handler = new ErrorHandling();
        handler.handle(new ErrorEvent(new AsyncRequestNotUsableException("ServletOutputStream failed to flush")));
        handler.handle(new ErrorEvent(new RuntimeException(new EOFException())));
        handler.handle(new ErrorEvent(new IOException("Connection reset by peer")));

        assertThat(captured.list).extracting(ILoggingEvent::getLevel)
                .containsExactly(Level.DEBUG, Level.DEBUG, Level.DEBUG);
    }

    @Test
    void aRealErrorIsStillAnError() {
        new ErrorHandling().handle(new ErrorEvent(new IllegalStateException("mailbox without a unit")));
        new ErrorHandling().handle(new ErrorEvent(new IOException("No space left on device")));

        assertThat(captured.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR, Level.ERROR);
        assertThat(captured.list.getFirst().getThrowableProxy().getMessage()).isEqualTo("mailbox without a unit");
    }
}
