package com.carato.data;

import com.carato.domain.FileProblem;
import com.carato.domain.Message;

import java.nio.file.Path;

/**
 * A problem with a whole file (missing, empty, unreadable, wrong header or delimiter): a
 * {@link FileProblem} naming the file, so that the app says it in the user's language
 * ({@link #problem()}); the exception's message is its English text. Row-level problems never
 * throw, they are reported.
 */
public final class DataFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient Message problem;

    /** {@code args} are the problem's arguments after the source, which is always {0}. */
    public DataFileException(String source, FileProblem code, Object... args) {
        this(source, null, code, args);
    }

    public DataFileException(String source, Throwable cause, FileProblem code, Object... args) {
        this(source, withSource(code, source, args), cause);
    }

    private DataFileException(String source, Message problem, Throwable cause) {
        super(problem.english(), cause);
        this.source = source;
        this.problem = problem;
    }

    public static DataFileException of(Path file, FileProblem code, Object... args) {
        return new DataFileException(file.toString(), code, args);
    }

    private static Message withSource(FileProblem code, String source, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = source;
        System.arraycopy(args, 0, all, 1, args.length);
        return code.with(all);
    }

    /** The file (or other source) the problem is in. */
    public String source() {
        return source;
    }

    /** What is wrong, as a code with its arguments (the file first). */
    public Message problem() {
        return problem;
    }
}
