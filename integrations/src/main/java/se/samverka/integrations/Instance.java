package se.samverka.integrations;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One run of one Samverka process, as it signs its claims on inbox entries (and its scheduler's picks):
 * {@code host/process/run}. Another instance on the same machine can tell when it has ended (its process no longer
 * runs) and take up its commands at once; one on another machine waits until its claims go stale.
 *
 * @param host the machine's name
 * @param pid  the process id
 * @param run  random, so that a later process with the same id (a container's pid 1) is not taken for this one
 */
public record Instance(String host, long pid, String run) {
    private static final Instance CURRENT = new Instance(hostName(), ProcessHandle.current().pid(),
            Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36));

    /** This process. */
    public static Instance current() {
        return CURRENT;
    }

    /** This process under another run name: a second instance in one JVM (tests). */
    public Instance named(String otherRun) {
        return new Instance(host, pid, otherRun);
    }

    /** How it signs its claims. */
    public String id() {
        return host + "/" + pid + "/" + run;
    }

    /** Of these owners, the ones known to have ended: processes on this machine, not this one, that no longer run. */
    public List<String> gone(List<String> owners) {
        return owners.stream().filter(this::ended).toList();
    }

    private boolean ended(String owner) {
        String[] parts = owner.split("/");
        if (parts.length != 3 || !parts[0].equals(host) || !parts[1].matches("\\d{1,18}")) return false;
        long other = Long.parseLong(parts[1]);
        if (other == pid) return false; // this process (another run in it is alive as long as it is)
        return ProcessHandle.of(other).map(p -> !p.isAlive()).orElse(true);
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName().replace('/', '_');
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
