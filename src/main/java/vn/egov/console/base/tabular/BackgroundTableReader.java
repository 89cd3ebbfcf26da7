package vn.egov.console.base.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * Reads a table on a thread of its own and hands the rows over a chunk at a time, already turned into values by a
 * mapper. Parsing the next rows then overlaps with what the caller does with the previous chunk (typically writing
 * it to the database), instead of the two taking turns on one core. Only a few chunks are ever queued, so a large
 * file still never sits in memory.
 */
public final class BackgroundTableReader<T> implements AutoCloseable {

    private static final int QUEUED_CHUNKS = 3;
    private static final Object END = new Object();

    private record Failure(Throwable cause) {
    }

    /** Thrown inside the reading thread when the caller has closed the reader early. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
    private final Thread thread;
    private volatile ReadSummary summary;
    private boolean finished;

    private BackgroundTableReader(Path file, List<Column> columns, long maxBytes, int chunkSize,
                                  Function<TableRow, T> mapper) {
        this.thread = Thread.ofPlatform().name("table-reader-" + file.getFileName()).daemon().unstarted(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                List<T> chunk = new ArrayList<>(chunkSize);
                ReadSummary read = TabularReader.read(in, columns, maxBytes, row -> {
                    chunk.add(mapper.apply(row));
                    if (chunk.size() >= chunkSize) {
                        put(List.copyOf(chunk));
                        chunk.clear();
                    }
                });
                if (!chunk.isEmpty()) put(List.copyOf(chunk));
                summary = read;
                put(END);
            } catch (Stopped e) {
                // the caller gave up; nobody is waiting for more
            } catch (IOException e) {
                offerFailure(new UncheckedIOException(e));
            } catch (RuntimeException | Error e) {
                offerFailure(e);
            }
        });
    }

    /** Starts reading {@code file} at once; see {@link TabularReader#read} for the checks made on the file. */
    public static <T> BackgroundTableReader<T> start(Path file, List<Column> columns, long maxBytes, int chunkSize,
                                                     Function<TableRow, T> mapper) {
        var reader = new BackgroundTableReader<>(file, columns, maxBytes, chunkSize, mapper);
        reader.thread.start();
        return reader;
    }

    /**
     * The next chunk in file order, or null when the file has been read to the end. A problem met while reading or
     * mapping (a {@code BusinessException} for a bad file, say) is thrown here, in the caller's thread.
     */
    @SuppressWarnings("unchecked")
    public List<T> next() {
        if (finished) return null;
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next rows", e);
        }
        if (item == END) {
            finished = true;
            return null;
        }
        if (item instanceof Failure(Throwable cause)) {
            finished = true;
            if (cause instanceof RuntimeException r) throw r;
            throw (Error) cause;
        }
        return (List<T>) item;
    }

    /** What the reader saw (columns, row count, rows rejected before mapping); available once {@link #next()} is null. */
    public ReadSummary summary() {
        if (summary == null) throw new IllegalStateException("the file has not been read to the end");
        return summary;
    }

    /** Stops the reading thread if the caller leaves before the end (an error in a chunk, say). */
    @Override
    public void close() {
        thread.interrupt();
    }

    private void put(Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    private void offerFailure(Throwable cause) {
        try {
            // the caller takes from the queue until it sees END or a failure, so there is room for this one
            put(new Failure(cause));
        } catch (Stopped e) {
            // closed meanwhile: nobody will read it
        }
    }
}
