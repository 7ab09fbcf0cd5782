package io.transcheck.job;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps start-up failure reports out of the console, where transcheck prints one line instead:
 * events marked {@link StartupFailure#FILE_ONLY}, and Spring Boot's own report of a failed start.
 */
public class ConsoleLogFilter extends Filter<ILoggingEvent> {
    @Override public FilterReply decide(ILoggingEvent e) {
        if (e.getMarkerList() != null && e.getMarkerList().contains(StartupFailure.FILE_ONLY)) return FilterReply.DENY;
        String logger = e.getLoggerName();
        if (logger.equals("org.springframework.boot.SpringApplication") || logger.startsWith("org.springframework.boot.diagnostics")) {
            return FilterReply.DENY;
        }
        if (e.getMessage() != null && e.getMessage().startsWith("Exception encountered during context initialization")) return FilterReply.DENY;
        return FilterReply.NEUTRAL;
    }
}
