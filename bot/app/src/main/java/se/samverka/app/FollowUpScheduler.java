package se.samverka.app;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import se.samverka.core.followup.FollowUp;
import se.samverka.core.followup.OutboxSender;

/**
 * The scheduler (db-scheduler, on the bot's own database; cluster-safe: of several instances on one PostgreSQL, one
 * runs each due task, claiming it by its row's version): every minute it plans what is due (digests) into the
 * outbox, every ten seconds it sends what the outbox holds. On SQLite its connections wait for the one writer rather
 * than fail.
 *
 * <p>A task a process was running when it died stays "picked" until its heartbeats are missed: with db-scheduler's
 * defaults (5 minutes × 6) the outbox stood still for half an hour after a crash mid-send. Here a heartbeat every
 * ten seconds and six missed ones make a dead run's task due again within about a minute and a half
 * ({@link Heartbeat#revivalBound}).
 */
final class FollowUpScheduler implements AutoCloseable {
    static final Duration PLAN_EVERY = Duration.ofMinutes(1);
    static final Duration SEND_EVERY = Duration.ofSeconds(10);
    static final Heartbeat HEARTBEAT = new Heartbeat(Duration.ofSeconds(10), 6);
    private static final System.Logger LOG = System.getLogger(FollowUpScheduler.class.getName());

    private final Scheduler scheduler;

    /**
     * How a dead run is noticed: a running task's heartbeat is written every {@code interval}; after
     * {@code missedLimit} missed ones (db-scheduler allows no fewer than 4) it counts as dead and is run again.
     */
    record Heartbeat(Duration interval, int missedLimit) {
        Heartbeat {
            if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("interval must be positive");
            if (missedLimit < 4) throw new IllegalArgumentException("missedLimit must be at least 4");
        }

        /**
         * The longest a task stays picked by a dead process: dead after {@code interval × missedLimit}, seen by the
         * check for dead runs (every {@code 2 × interval}), then due at the next poll.
         */
        Duration revivalBound(Duration polling) {
            return interval.multipliedBy(missedLimit + 2L).plus(polling);
        }
    }

    FollowUpScheduler(DataSource database, FollowUp followUp, OutboxSender sender, Duration planEvery, Duration sendEvery) {
        this(database, followUp, sender, planEvery, sendEvery, HEARTBEAT);
    }

    FollowUpScheduler(DataSource source, FollowUp followUp, OutboxSender sender, Duration planEvery, Duration sendEvery,
                      Heartbeat heartbeat) {
        RecurringTask<Void> plan = Tasks.recurring("follow-up-plan", Schedules.fixedDelay(planEvery))
                .execute((instance, context) -> guarded("plan", followUp::plan));
        RecurringTask<Void> send = Tasks.recurring("outbox-send", Schedules.fixedDelay(sendEvery))
                .execute((instance, context) -> guarded("send", sender::sendDue));
        this.scheduler = Scheduler.create(source).startTasks(List.of(plan, send)).threads(1)
                // picked_by names the instance as its inbox claims do (the default, the host name, is the same for two)
                .schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed(
                        se.samverka.integrations.Instance.current().id()))
                .pollingInterval(polling(sendEvery))
                .heartbeatInterval(heartbeat.interval()).missedHeartbeatsLimit(heartbeat.missedLimit()).build();
    }

    /** How often the scheduler looks for due tasks: as often as the outbox is sent, at least every five seconds. */
    static Duration polling(Duration sendEvery) {
        return sendEvery.compareTo(Duration.ofSeconds(5)) < 0 ? sendEvery : Duration.ofSeconds(5);
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
