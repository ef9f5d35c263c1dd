package se.samverka.app;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import se.samverka.core.usecase.FollowUp;
import se.samverka.core.usecase.OutboxSender;

/**
 * The scheduler (db-scheduler, on the bot's own SQLite file; cluster-safe, so two bots on one PostgreSQL would not
 * both run a task): every minute it plans what is due (digests) into the outbox, every ten seconds it sends what the
 * outbox holds. Its connections wait for SQLite's one writer rather than fail.
 */
final class FollowUpScheduler implements AutoCloseable {
    static final Duration PLAN_EVERY = Duration.ofMinutes(1);
    static final Duration SEND_EVERY = Duration.ofSeconds(10);
    private static final System.Logger LOG = System.getLogger(FollowUpScheduler.class.getName());

    private final Scheduler scheduler;

    FollowUpScheduler(Path database, FollowUp followUp, OutboxSender sender, Duration planEvery, Duration sendEvery) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + database.toAbsolutePath());
        RecurringTask<Void> plan = Tasks.recurring("follow-up-plan", Schedules.fixedDelay(planEvery))
                .execute((instance, context) -> guarded("plan", followUp::plan));
        RecurringTask<Void> send = Tasks.recurring("outbox-send", Schedules.fixedDelay(sendEvery))
                .execute((instance, context) -> guarded("send", sender::sendDue));
        this.scheduler = Scheduler.create(source).startTasks(List.of(plan, send)).threads(1)
                .pollingInterval(sendEvery.compareTo(Duration.ofSeconds(5)) < 0 ? sendEvery : Duration.ofSeconds(5)).build();
    }

    void start() {
        scheduler.start();
    }

    private static void guarded(String what, java.util.function.IntSupplier work) {
        try {
            int n = work.getAsInt();
            if (n > 0) LOG.log(System.Logger.Level.INFO, "follow-up " + what + ": " + n);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "follow-up " + what + " failed", e);
        }
    }

    @Override
    public void close() {
        scheduler.stop();
    }
}
