package org.taxonomist.batch.schedule;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import org.taxonomist.failure.InvalidRequestException;

/**
 * A standard five-field cron expression — minute, hour, day of month, month, day of week (0 or 7
 * = Sunday) — with {@code *}, numbers, ranges {@code a-b}, steps {@code * /n} and {@code a-b/n},
 * and lists {@code a,b}. As in cron, when both day fields are restricted a day matching either
 * one counts. Names (MON, JAN) and the Quartz extensions are not supported.
 *
 * <pre>{@code
 * CronExpression nightly = CronExpression.parse("30 2 * * *");
 * ZonedDateTime next = nightly.next(ZonedDateTime.now()); // 02:30 today or tomorrow
 * }</pre>
 */
public final class CronExpression {

    private static final String[] FIELDS = {"minute", "hour", "day of month", "month", "day of week"};
    private static final int[] MIN = {0, 0, 1, 1, 0};
    private static final int[] MAX = {59, 23, 31, 12, 7};
    /** Far enough to reach any valid date (29 February included) from any start. */
    private static final int SEARCH_YEARS = 9;

    private final String text;
    private final BitSet[] allowed = new BitSet[5];
    private final boolean anyDayOfMonth;
    private final boolean anyDayOfWeek;

    private CronExpression(String text) {
        this.text = text;
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 5) {
            throw new InvalidRequestException(
                    "A cron expression has five fields (minute hour day-of-month month day-of-week), '" + text
                            + "' has " + parts.length + ".");
        }
        for (int f = 0; f < 5; f++) {
            allowed[f] = field(parts[f], f);
        }
        if (allowed[4].get(7)) {
            allowed[4].set(0);
        }
        anyDayOfMonth = parts[2].equals("*");
        anyDayOfWeek = parts[4].equals("*");
    }

    /** @throws InvalidRequestException naming the field that is wrong */
    public static CronExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("A cron expression is needed, e.g. '30 2 * * *' for 02:30 every day.");
        }
        return new CronExpression(text);
    }

    private static BitSet field(String spec, int f) {
        BitSet bits = new BitSet();
        for (String item : spec.split(",", -1)) {
            String range = item;
            int step = 1;
            int slash = item.indexOf('/');
            if (slash >= 0) {
                range = item.substring(0, slash);
                step = number(item.substring(slash + 1), f, 1, MAX[f]);
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = MIN[f];
                to = MAX[f] == 7 ? 6 : MAX[f];
            } else if (range.contains("-")) {
                from = number(range.substring(0, range.indexOf('-')), f, MIN[f], MAX[f]);
                to = number(range.substring(range.indexOf('-') + 1), f, MIN[f], MAX[f]);
                if (to < from) {
                    throw new InvalidRequestException("The " + FIELDS[f] + " range '" + range + "' runs backwards.");
                }
            } else {
                from = number(range, f, MIN[f], MAX[f]);
                to = slash >= 0 ? (MAX[f] == 7 ? 6 : MAX[f]) : from;
            }
            for (int v = from; v <= to; v += step) {
                bits.set(v);
            }
        }
        return bits;
    }

    private static int number(String value, int f, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidRequestException(
                "'" + value + "' is not a valid " + FIELDS[f] + " (" + min + "–" + max + ").");
    }

    /** The first time strictly after {@code after} (to the minute) that matches. */
    public ZonedDateTime next(ZonedDateTime after) {
        ZonedDateTime t = after.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        ZonedDateTime limit = after.plusYears(SEARCH_YEARS);
        while (t.isBefore(limit)) {
            if (!allowed[3].get(t.getMonthValue())) {
                t = later(t, t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1));
            } else if (!dayMatches(t)) {
                t = later(t, t.truncatedTo(ChronoUnit.DAYS).plusDays(1));
            } else if (!allowed[1].get(t.getHour())) {
                t = later(t, t.truncatedTo(ChronoUnit.HOURS).plusHours(1));
            } else if (!allowed[0].get(t.getMinute())) {
                t = t.plusMinutes(1);
            } else {
                return t;
            }
        }
        throw new InvalidRequestException("'" + text + "' never matches a date.");
    }

    /**
     * The jump to the next month, day or hour, or the next minute where the local time repeats: when
     * clocks go back by half an hour (Lord Howe Island), the start of the hour lies before {@code t}
     * on the timeline and the search went round in circles (found by {@code CronExpressionFuzzTest}).
     */
    private static ZonedDateTime later(ZonedDateTime t, ZonedDateTime jump) {
        return jump.isAfter(t) ? jump : t.plusMinutes(1);
    }

    private boolean dayMatches(ZonedDateTime t) {
        boolean dayOfMonth = allowed[2].get(t.getDayOfMonth());
        boolean dayOfWeek = allowed[4].get(t.getDayOfWeek().getValue() % 7);
        if (anyDayOfMonth || anyDayOfWeek) {
            return dayOfMonth && dayOfWeek;
        }
        return dayOfMonth || dayOfWeek;
    }

    @Override
    public String toString() {
        return text;
    }
}
