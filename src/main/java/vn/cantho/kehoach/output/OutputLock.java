package vn.cantho.kehoach.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Lets one build at a time write an output folder, across processes and threads. Between processes: an
 * operating-system lock on {@code <output>.lock} beside the folder, which the system drops when its
 * process ends in any way ({@code kill -9} included), so a killed build leaves no lock to clean up. Inside
 * one JVM (file locks belong to the whole process): a plain lock per lock file. A build that must wait
 * says so once, with the process id of the build it waits for, written into the lock file by the holder.
 */
final class OutputLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of an output folder. */
    static Path fileFor(Path output) {
        return output.resolveSibling(output.getFileName() + ".lock");
    }

    /** Waits until no other build holds the output, telling {@code notices} once if it has to wait. */
    static OutputLock acquire(Path output, Consumer<String> notices) throws IOException {
        Path file = fileFor(output);
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(file, f -> new ReentrantLock());
        if (local.isHeldByCurrentThread()) {
            throw new IllegalStateException("this thread is already building " + output);
        }
        boolean told = false;
        if (!local.tryLock()) {
            notices.accept(waiting(Long.toString(ProcessHandle.current().pid())));
            told = true;
            local.lock();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                if (!told) {
                    notices.accept(waiting(holder(channel)));
                }
                lock = channel.lock();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            return new OutputLock(local, channel, lock);
        } catch (IOException | RuntimeException | Error e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            local.unlock();
            throw e;
        }
    }

    static String waiting(String pid) {
        return "Đang có một lần dựng khác (pid " + pid + "); chờ…";
    }

    /** The holder's pid; it writes it right after locking, so an empty file is read again briefly. */
    private static String holder(FileChannel channel) throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            ByteBuffer buf = ByteBuffer.allocate(32);
            channel.read(buf, 0);
            String pid = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
            if (!pid.isEmpty()) {
                return pid;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "?";
    }

    @Override
    public void close() throws IOException {
        try {
            // the pid stays in the file: a waiter only reads it while a live holder has rewritten it
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
